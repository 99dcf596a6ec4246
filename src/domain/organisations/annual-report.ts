// The figures of an annual report (the columns of AnnualReport), in the form's order: one
// list for the importer's comparison, the export, the reviewer's checklist and the
// organisation's history, so that a new figure is added in one place. Pure module.
export const ANNUAL_REPORT_FIGURES = [
  "memberCount",
  "officialMemberCount",
  "employeeCount",
  "charterCapital",
  "totalAssets",
  "revenue",
  "profit",
  "avgMemberIncome",
  "effective",
] as const;

export type AnnualReportFigures = {
  memberCount: number | null;
  officialMemberCount: number | null;
  employeeCount: number | null;
  charterCapital: bigint | null;
  totalAssets: bigint | null;
  revenue: bigint | null;
  profit: bigint | null;
  avgMemberIncome: bigint | null;
  effective: boolean | null;
};

/** Every figure, as a Prisma `select`. */
export const ANNUAL_REPORT_SELECT = Object.fromEntries(ANNUAL_REPORT_FIGURES.map((k) => [k, true])) as {
  [K in keyof AnnualReportFigures]: true;
};
