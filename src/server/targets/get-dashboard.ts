// Everything the overview page shows, from SQL aggregates: the targets for the chosen
// year with their yearly series, breakdowns by commune, sector and type, and the
// rating distribution. Figures come from loadYearInputs* (one statement per year or
// per breakdown), never from rows loaded into JavaScript.
import type { PrismaClient } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/domain/dashboard/filters";
import { evaluateTargets, type TargetEvaluation } from "@/domain/targets/compute";
import { effectiveUnits } from "@/domain/targets/areas";
import { chooseBreakdown, isCommuneSelected, type BreakdownLevel } from "@/domain/dashboard/breakdown";
import type { AggregateOptions, YearInputs } from "@/domain/targets/facts";
import type { TargetDefinition } from "@/domain/targets/definitions";
import { getTargetDefinitions } from "./get-target-definitions";
import {
  loadYearInputsGrouped,
  loadYearSeries,
  statementConcurrency,
  type Grouping,
} from "./load-year-inputs";
import { readySnapshots } from "./snapshots";
import { getAreaAncestry, getScopeUnits, type ScopeUnit } from "./get-scope-units";
import { countPendingByCommune } from "../entry/approval/count-pending-by-commune";
import { compareVietnamese } from "@/domain/format/collate";
import { areaUnitLabel } from "@/domain/labels";
import { mapLimited } from "../map-limited";
import { getRatingDistribution, type RatingDistributionRow } from "./rating-distribution";

export const PROGRAMME_SCOPE_CODE = "GCT-26-CTR";

export type BreakdownRow = { key: string; label: string; inputs: YearInputs; targets: TargetEvaluation[] };

/** Yearly dossiers not yet approved: what "approved data only" leaves out. */
export type Pending = { submitted: number; notSubmitted: number };

export type AreaOption = { id: number; kind: string; name: string; validTo: string | null };

export type { RatingDistributionRow };

export type Dashboard = {
  filters: DashboardFilters;
  scopeName: string;
  units: ScopeUnit[];
  firstYear: number;
  definitions: TargetDefinition[];
  targets: TargetEvaluation[];
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

const SECTOR_LABELS: Record<string, string> = {
  AGRICULTURE: "Nông nghiệp",
  NON_AGRICULTURE: "Phi nông nghiệp",
  CREDIT: "Tín dụng",
};
const TYPE_LABEL: Record<string, string> = { THT: "Tổ hợp tác", HTX: "Hợp tác xã", LHHTX: "Liên hiệp HTX" };

export async function getDashboard(prisma: PrismaClient, filters: DashboardFilters): Promise<Dashboard> {
  const { scopeName, units } = await getScopeUnits(prisma, PROGRAMME_SCOPE_CODE);
  const areas = await getAreaAncestry(prisma, units);
  // Each unit -> the unit it is shown under at the as-of date (the merged commune).
  const shownUnder = effectiveUnits(filters.asOf, units);
  // A selected commune also selects the units it took over (its figures for the years
  // before the 2025 merger live on the old communes); a selected district or province
  // selects every commune under it.
  const selected = new Set(filters.communeIds);
  const scopeUnitIds = units
    .filter((u) => isCommuneSelected(u.id, shownUnder.get(u.id)!, selected, areas))
    .map((u) => u.id);
  // The rows of the breakdown: communes, or districts / provinces for large scopes.
  const breakdown = chooseBreakdown(new Map(scopeUnitIds.map((id) => [id, shownUnder.get(id)!])), areas);
  // The filter offers the units of the whole scope's breakdown level (the same
  // breakdown when nothing is selected).
  const scopeLevel = selected.size === 0 ? breakdown : chooseBreakdown(shownUnder, areas);
  const areaLabel = (id: number) => {
    const a = areas.get(id);
    return a ? areaUnitLabel(a) : `#${id}`;
  };
  const areaOptions: AreaOption[] =
    scopeLevel.level === "COMMUNE"
      ? units.map((u) => ({ id: u.id, kind: u.kind, name: u.name, validTo: u.validTo }))
      : [...new Set(scopeLevel.group.values())]
          .map((id) => ({ id, kind: areas.get(id)?.kind ?? "", name: areas.get(id)?.name ?? `#${id}`, validTo: null }))
          .sort((a, b) => compareVietnamese(a.name, b.name));

  const base: Omit<AggregateOptions, "asOf" | "year"> = {
    scopeUnitIds,
    approvedOnly: !filters.includeUnapproved,
    sectors: filters.sectors.length ? filters.sectors : undefined,
    orgTypes: filters.orgTypes.length ? filters.orgTypes : undefined,
  };

  const firstYear = await getFirstDataYear(prisma);
  const asOfFor = (year: number) => (year === filters.year ? filters.asOf : `${year}-12-31`);
  const defs = await getTargetDefinitions(prisma, filters.asOf);

  const years: number[] = [];
  for (let year = Math.min(firstYear, filters.year); year <= filters.year; year++) years.push(year);
  // Pre-aggregated years (snapshots.ts), brought up to date with the writes so far.
  const snapshots = await readySnapshots(prisma);
  const series = await loadYearSeries(prisma, base, years, asOfFor, snapshots);
  const targets = evaluateTargets(defs, series, filters.year);

  const point = { ...base, asOf: filters.asOf, year: filters.year };
  const unitGroup = breakdown.group;
  const groupings: Grouping[] = [{ by: "commune", unitGroup }, { by: "sector" }, { by: "type" }];
  const [communes, sectors, types] = await mapLimited(groupings, statementConcurrency(prisma), (g) =>
    loadYearInputsGrouped(prisma, point, g, snapshots),
  );
  const scopeSet = new Set(scopeUnitIds);
  const pendingByGroup = new Map<string, Pending>();
  const pending: Pending = { submitted: 0, notSubmitted: 0 };
  for (const p of await countPendingByCommune(prisma, filters.year)) {
    if (!scopeSet.has(p.communeId)) continue;
    const key = String(unitGroup.get(p.communeId) ?? p.communeId);
    const g = pendingByGroup.get(key) ?? { submitted: 0, notSubmitted: 0 };
    g.submitted += p.submitted;
    g.notSubmitted += p.notSubmitted;
    pendingByGroup.set(key, g);
    pending.submitted += p.submitted;
    pending.notSubmitted += p.notSubmitted;
  }
  const rows = (groups: Map<string, YearInputs>, label: (k: string) => string) =>
    [...groups.entries()]
      .map(([key, inputs]) => ({
        key,
        label: label(key),
        inputs,
        targets: evaluateTargets(defs, new Map([[filters.year, inputs]]), filters.year),
      }))
      // Ties (an old commune and the merged one may share a name) by key, so the order
      // does not depend on the order PostgreSQL returned the groups in.
      .sort((a, b) => compareVietnamese(a.label, b.label) || a.key.localeCompare(b.key));

  return {
    filters,
    scopeName,
    units,
    firstYear,
    definitions: defs,
    targets,
    current: series.get(filters.year)!,
    scopeUnitIds,
    areaOptions,
    areaOptionsLevel: scopeLevel.level,
    breakdownLevel: breakdown.level,
    byCommune: rows(communes, (k) => areaLabel(Number(k))).map((r) => ({
      ...r,
      pending: pendingByGroup.get(r.key) ?? { submitted: 0, notSubmitted: 0 },
    })),
    pending,
    bySector: rows(sectors, (k) => SECTOR_LABELS[k] ?? k),
    byType: rows(types, (k) => TYPE_LABEL[k] ?? k),
    ratings: await getRatingDistribution(prisma, base, series, asOfFor, snapshots),
  };
}

/** First year with yearly data (reports or ratings); the programme started in 2022. */
export async function getFirstDataYear(prisma: PrismaClient): Promise<number> {
  const [r] = await prisma.$queryRaw<{ y: number | null }[]>`
    SELECT least((SELECT min(year) FROM "AnnualReport"), (SELECT min(year) FROM "Rating")) AS y`;
  return r?.y ?? new Date().getUTCFullYear();
}
