import { ANNUAL_REPORT_FIGURES, type AnnualReportFigures } from "@/domain/organisations/annual-report";

/** The audited image of an annual report: its key, every figure (in the form's order) and
 *  its approval status. */
export function reportSnapshot(
  r: AnnualReportFigures & { organisationId: number; year: number; approvalStatus: string },
) {
  const figures = Object.fromEntries(ANNUAL_REPORT_FIGURES.map((k) => [k, r[k]])) as AnnualReportFigures;
  return { organisationId: r.organisationId, year: r.year, ...figures, approvalStatus: r.approvalStatus };
}
