// The frozen figures of a periodic report. Written once, when the report is created,
// into PeriodicReport.snapshot (JSON): every later view and export reads only this, so
// edits to the data never change a saved report. Money is a string of integer đồng
// (JSON has no BigInt). `schemaVersion` lets a future shape coexist with old reports.
// Fields added later are optional: snapshots frozen before them lack them and read as
// before (a closed year, nothing missing, the whole scope). Missing data stays missing
// here (null, `missing: true`), never 0. Pure module.
import type { Comparator, TargetCode, TargetKind, TargetUnit } from "../targets/definitions";
import type { ClosingRule, DossierCount } from "../targets/closing";
import type { ProgressStatus } from "../targets/progress";
import type { PolicyArea } from "../labels";
import type { OrgType, Sector } from "../targets/facts";
import type { BreakdownLevel } from "../dashboard/breakdown";

export const SNAPSHOT_SCHEMA_VERSION = 1;

export type SnapshotFilters = {
  year: number;
  asOf: string;
  communeIds: number[];
  sectors: Sector[];
  orgTypes: OrgType[];
  includeUnapproved: boolean;
};

export type SnapshotProgramme = { code: string; shortTitle: string; title: string; documentNumber: string };

export type SnapshotSeriesPoint = {
  year: number;
  value: number | null;
  /** null when nothing was reported that year (`missing`). */
  numerator: number | null;
  denominator: number | null;
  provisional?: boolean;
  missing?: boolean;
};

export type SnapshotTarget = {
  code: TargetCode;
  /** What the target measures; absent in snapshots frozen before programmes (issue 12),
   *  whose codes were their kinds. */
  kind?: TargetKind;
  title: string;
  unit: TargetUnit;
  comparator: Comparator;
  target: number;
  horizonYear: number;
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  met: boolean | null;
  percentOfTarget: number | null;
  /** null: not judged (a provisional year, or a narrowed view). */
  status: ProgressStatus | null;
  deteriorating: boolean;
  /** The year was not closed when the figures were frozen. */
  provisional?: boolean;
  /** Nothing was reported in the year ("chưa có số liệu"). */
  missing?: boolean;
  /** Average change per year between closed years (the narrowed view's trend). */
  trend?: { from: { year: number; value: number }; to: { year: number; value: number }; annualChange: number } | null;
  /** Narrowed view: the whole programme scope's value and the share of it (%). */
  wholeValue?: number | null;
  share?: number | null;
  statusExplanation: string;
  formula: string;
  /** Flag sentences, already in Vietnamese with their counts. */
  flags: string[];
  series: SnapshotSeriesPoint[];
  projection: { year: number; value: number } | null;
};

export type SnapshotBreakdownRow = {
  key: string;
  label: string;
  /** Nothing reported by the row in the year: its counts are null, not 0. */
  missing?: boolean;
  activeTht: number | null;
  activeHtx: number | null;
  activeLhhtx: number | null;
  thtMembers: number | null;
  htxMembers: number | null;
  /** Each target's value for this row (count, or percentage), null when not computable. */
  values: Partial<Record<TargetCode, number | null>>;
};

export type SnapshotSupportRow = {
  area: PolicyArea;
  number: string;
  label: string;
  /** Distinct organisations supported in the report's year, and the amount (đồng). */
  organisations: number;
  amount: string;
  /** Since the programme's first year up to the report's year. */
  cumulativeOrganisations: number;
  cumulativeAmount: string;
};

export type SnapshotRatingRow = {
  year: number;
  GOOD: number;
  FAIR: number;
  AVERAGE: number;
  WEAK: number;
  unrated: number;
  ineligible: number;
};

export type SnapshotQuality = {
  unratedEligible: number;
  expectedReports: number;
  reported: number;
  approved: number;
  submitted: number;
  draft: number;
  returned: number;
  implausibleJumps: number;
};

export type ReportSnapshot = {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  /** When the figures were read (ISO timestamp). */
  takenAt: string;
  filters: SnapshotFilters;
  /** The programme the report is judged against, as it was named when frozen. Absent in
   *  snapshots frozen before programmes: those are the district programme's. */
  programme?: SnapshotProgramme;
  scopeName: string;
  /** The programme's territory (the scope's name) or the names of the chosen communes. */
  scopeLabel: string;
  targets: SnapshotTarget[];
  /** The selection's value of each key figure of the breakdown tables (the total row's
   *  rates), by the default definitions where the programme lacks one: a programme with
   *  other targets (Resolution 20's "tổ chức" good/fair) still gets the columns' totals.
   *  Absent in older snapshots: their programme was the district's, `targets` has them. */
  keyTotals?: Record<TargetCode, number | null>;
  /** Notes on targets left out because the type filter makes them meaningless. */
  hiddenNotes?: string[];
  /** A commune, type or sector filter narrowed the view: nothing is judged. */
  narrowed?: boolean;
  /** The closing rule and whether the report's year was closed when frozen. */
  closure?: { rule: ClosingRule; closedYears: number[]; provisional: boolean };
  /** The selection's dossiers of the year, and the approved ones. */
  dossiers?: DossierCount;
  /** Years of the series with nothing reported; units with no dossier for the year. */
  missingYears?: number[];
  missingUnits?: string[];
  /** Rows of `communes`: communes, or districts / provinces for a large scope.
   *  Absent in snapshots taken before it existed (they were always communes). */
  communesLevel?: BreakdownLevel;
  communes: SnapshotBreakdownRow[];
  types: SnapshotBreakdownRow[];
  sectors: SnapshotBreakdownRow[];
  ratings: SnapshotRatingRow[];
  /** `total` counts an organisation supported under several areas once. */
  support: {
    year: number;
    firstYear: number;
    rows: SnapshotSupportRow[];
    total: Omit<SnapshotSupportRow, "area" | "number" | "label">;
  };
  quality: SnapshotQuality;
};

export type TargetChange = {
  code: TargetCode;
  /** This report's value minus the other's (points for percentages), null if either is missing. */
  change: number | null;
  previous: number | null;
};

/** Per target: value now, value in `previous`, and the difference. */
export function targetChanges(current: ReportSnapshot, previous: ReportSnapshot | null): Map<TargetCode, TargetChange> {
  const out = new Map<TargetCode, TargetChange>();
  for (const t of current.targets) {
    const p = previous?.targets.find((x) => x.code === t.code) ?? null;
    const prevValue = p?.value ?? null;
    out.set(t.code, {
      code: t.code,
      previous: prevValue,
      change: t.value === null || prevValue === null ? null : t.value - prevValue,
    });
  }
  return out;
}

export type ComparisonRow = {
  code: TargetCode;
  title: string;
  unit: TargetUnit;
  a: number | null;
  b: number | null;
  /** b − a, null when either is missing. */
  difference: number | null;
  aPercentOfTarget: number | null;
  bPercentOfTarget: number | null;
};

/** Side-by-side rows for two reports (targets present in either, in A's order first). */
export function compareSnapshots(a: ReportSnapshot, b: ReportSnapshot): ComparisonRow[] {
  const codes = [...a.targets.map((t) => t.code), ...b.targets.map((t) => t.code)];
  return [...new Set(codes)].map((code) => {
    const ta = a.targets.find((t) => t.code === code);
    const tb = b.targets.find((t) => t.code === code);
    const va = ta?.value ?? null;
    const vb = tb?.value ?? null;
    return {
      code,
      title: (ta ?? tb)!.title,
      unit: (ta ?? tb)!.unit,
      a: va,
      b: vb,
      difference: va === null || vb === null ? null : vb - va,
      aPercentOfTarget: ta?.percentOfTarget ?? null,
      bPercentOfTarget: tb?.percentOfTarget ?? null,
    };
  });
}

/** The canonical scope key: reports with equal keys are compared with each other. */
export function scopeKeyOf(f: Pick<SnapshotFilters, "communeIds" | "sectors" | "orgTypes" | "includeUnapproved">) {
  const parts = [f.communeIds.length ? `xa:${[...f.communeIds].sort((x, y) => x - y).join(",")}` : "all"];
  if (f.sectors.length) parts.push(`lv:${[...f.sectors].sort().join(",")}`);
  if (f.orgTypes.length) parts.push(`loai:${[...f.orgTypes].sort().join(",")}`);
  if (f.includeUnapproved) parts.push("chua_duyet");
  return parts.join(";");
}
