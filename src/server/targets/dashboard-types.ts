// The shape of the overview's data (getDashboard in get-dashboard.ts).
import type { DashboardFilters } from "@/domain/dashboard/filters";
import type { TargetEvaluation } from "@/domain/targets/compute";
import type { YearInputs } from "@/domain/targets/facts";
import type { TargetCode, TargetDefinition } from "@/domain/targets/definitions";
import type { ClosingRule, DossierCount } from "@/domain/targets/closing";
import type { ShareOfWhole } from "@/domain/dashboard/narrowed";
import type { BreakdownLevel } from "@/domain/dashboard/breakdown";
import type { ProgrammeInfo } from "../programmes/get-programme";
import type { ScopeUnit } from "../territory/get-scope-units";
import type { RatingDistributionRow } from "./rating-distribution";
import type { Allocated } from "./dashboard-allocations";

export type { RatingDistributionRow };

export type BreakdownRow = {
  key: string;
  label: string;
  inputs: YearInputs;
  targets: TargetEvaluation[];
  /** The row's yearly dossiers; none (total 0) means "chưa có số liệu", not zeros. */
  dossiers: DossierCount;
};

/** Yearly dossiers not yet approved: what "approved data only" leaves out. */
export type Pending = { submitted: number; notSubmitted: number };

export type AreaOption = { id: number; kind: string; name: string; validTo: string | null; successorId: number | null };

export type Dashboard = {
  filters: DashboardFilters;
  /** The programme whose territory and targets are shown (null: none seeded yet). */
  programme: ProgrammeInfo | null;
  /** Every programme, for the switcher. */
  programmes: ProgrammeInfo[];
  scopeName: string;
  units: ScopeUnit[];
  firstYear: number;
  definitions: TargetDefinition[];
  /** What the breakdown tables show: the programme's definitions plus the district's
   *  defaults for the key figures the programme lacks. */
  keyFigures: TargetDefinition[];
  /** Without the targets the type filter makes meaningless (hiddenNotes says which). */
  targets: TargetEvaluation[];
  hiddenNotes: string[];
  /** Targets judged against their allocation to the one unit the view selects. */
  allocated: Allocated;
  /** A filter narrows the view: targets are not judged, `shares` gives the whole. */
  narrowed: boolean;
  /** Per target shown: the whole programme scope's value and the narrowed share of it. */
  shares: Partial<Record<TargetCode, ShareOfWhole>>;
  /** The closing rule and the closed years (whole programme scope) on `today`. */
  closure: { rule: ClosingRule; today: string; closedYears: number[]; provisional: boolean };
  /** The selection's dossiers of the chosen year ("x/y hồ sơ đã duyệt"). */
  dossiers: DossierCount;
  /** Years of the series with nothing reported in the selection. */
  missingYears: number[];
  /** Rows of the commune breakdown (communes, or districts / provinces) existing in the
   *  chosen year that have no dossier for it, by name. */
  missingUnits: string[];
  current: YearInputs;
  /** The communes the filters select (with the units they took over). */
  scopeUnitIds: number[];
  /** What the area filter offers: the scope's communes, or its districts / provinces. */
  areaOptions: AreaOption[];
  areaOptionsLevel: BreakdownLevel;
  /** The level of byCommune's rows: communes, or districts / provinces for large scopes. */
  breakdownLevel: BreakdownLevel;
  byCommune: (BreakdownRow & { pending: Pending })[];
  pending: Pending;
  bySector: BreakdownRow[];
  byType: BreakdownRow[];
  ratings: RatingDistributionRow[];
};
