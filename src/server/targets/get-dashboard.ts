// Everything the overview page shows, from SQL aggregates: the targets for the chosen
// year with their yearly series, breakdowns by commune, sector and type, and the
// rating distribution. Figures come from loadYearInputs* (one statement per year or
// per breakdown), never from rows loaded into JavaScript.
//
// What makes the figures trustworthy (issue 10) is decided here from the yearly
// dossiers (dossier-counts.ts): which years are closed (the admin's rule, over the whole
// programme scope), which years, communes, types and sectors reported nothing (missing,
// never 0), and whether the view is narrowed (no status against the district's targets,
// the share of the whole instead, and targets about an excluded type hidden).
import type { PrismaClient } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/domain/dashboard/filters";
import { evaluateTarget, evaluateTargets, type EvaluateOptions } from "@/domain/targets/compute";
import { effectiveUnits } from "@/domain/targets/areas";
import { chooseBreakdown, isCommuneSelected } from "@/domain/dashboard/breakdown";
import type { AggregateOptions, YearInputs } from "@/domain/targets/facts";
import { DEFAULT_TARGETS, type TargetCode } from "@/domain/targets/definitions";
import { yearClosure, type ClosingRule, type DossierCount } from "@/domain/targets/closing";
import { hiddenByTypeFilter, isNarrowed, shareOfWhole, type ShareOfWhole } from "@/domain/dashboard/narrowed";
import { getTargetDefinitions } from "../programmes/get-target-definitions";
import { getProgramme, listProgrammes } from "../programmes/get-programme";
import { judgeAgainstAllocations } from "./dashboard-allocations";
import {
  loadYearInputsGrouped,
  loadYearSeries,
  statementConcurrency,
  type Grouping,
} from "../targets-sql/load-year-inputs";
import { readySnapshots } from "../read-model/snapshots";
import { getAreaAncestry, getScopeUnits, PROGRAMME_SCOPE_CODE } from "../territory/get-scope-units";
import { countDossierGroups, countDossiersByYear } from "./dossier-counts";
import { getFirstDataYear } from "./year-closure";
import { getClosingRule } from "../settings/closing-rule";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { countPendingByCommune } from "../approval/count-pending-by-commune";
import { compareVietnamese } from "@/domain/format/collate";
import { areaUnitLabel } from "@/domain/labels";
import { unitLabel } from "@/domain/territory/unit-label";
import { mapLimited } from "../map-limited";
import { getRatingDistribution } from "./rating-distribution";
import { SECTOR } from "@/domain/enums";
import type { AreaOption, Dashboard, Pending } from "./dashboard-types";
export type { BreakdownRow, Dashboard, Pending } from "./dashboard-types";

const SECTOR_LABELS: Record<string, string> = SECTOR.label;
const TYPE_LABEL: Record<string, string> = { THT: "Tổ hợp tác", HTX: "Hợp tác xã", LHHTX: "Liên hiệp HTX" };

/** `today` (Vietnam) and the closing rule default to now and the stored setting. */
export type DashboardContext = { today?: string; rule?: ClosingRule };

/** The context with its defaults: what the figures depend on besides the filters. */
export async function fullContext(
  prisma: PrismaClient,
  context: DashboardContext,
): Promise<Required<DashboardContext>> {
  return { today: context.today ?? todayIsoInVietnam(), rule: context.rule ?? (await getClosingRule(prisma)) };
}

export async function getDashboard(
  prisma: PrismaClient,
  filters: DashboardFilters,
  context: DashboardContext = {},
): Promise<Dashboard> {
  const { today, rule } = await fullContext(prisma, context);
  // The programme decides the territory and the targets; without any programme (a
  // database not seeded yet) the district's scope and no targets.
  const programme = await getProgramme(prisma, filters.programme);
  const { scopeName, units } = await getScopeUnits(prisma, programme ? programme.scopeCode : PROGRAMME_SCOPE_CODE);
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
  // A commune that no longer exists says where it counts today (a 2024 breakdown's rows).
  const unitById = new Map(units.map((u) => [u.id, u] as const));
  const areaLabel = (id: number) => {
    const u = unitById.get(id);
    if (u) return unitLabel(u, unitById);
    const a = areas.get(id);
    return a ? areaUnitLabel(a) : `#${id}`;
  };
  const areaOptions: AreaOption[] =
    scopeLevel.level === "COMMUNE"
      ? units.map((u) => ({ id: u.id, kind: u.kind, name: u.name, validTo: u.validTo, successorId: u.successorId }))
      : [...new Set(scopeLevel.group.values())]
          .map((id) => ({
            id,
            kind: areas.get(id)?.kind ?? "",
            name: areas.get(id)?.name ?? `#${id}`,
            validTo: null,
            successorId: null,
          }))
          .sort((a, b) => compareVietnamese(a.name, b.name));

  const base: Omit<AggregateOptions, "asOf" | "year"> = {
    scopeUnitIds,
    approvedOnly: !filters.includeUnapproved,
    sectors: filters.sectors.length ? filters.sectors : undefined,
    orgTypes: filters.orgTypes.length ? filters.orgTypes : undefined,
  };

  const firstYear = await getFirstDataYear(prisma);
  const asOfFor = (year: number) => (year === filters.year ? filters.asOf : `${year}-12-31`);
  const defs = programme ? await getTargetDefinitions(prisma, programme, filters.asOf) : [];
  // The breakdown tables show the same key figures whatever the programme (counts and
  // shares of the data, never judged): the programme's definition where it has that code,
  // else the district programme's default.
  const keyFigures = [...defs, ...DEFAULT_TARGETS.filter((d) => !defs.some((x) => x.code === d.code))];

  const years: number[] = [];
  for (let year = Math.min(firstYear, filters.year); year <= filters.year; year++) years.push(year);
  // Pre-aggregated years (snapshots.ts), brought up to date with the writes so far.
  const snapshots = await readySnapshots(prisma);
  const series = await loadYearSeries(prisma, base, years, asOfFor, snapshots);

  const allUnitIds = units.map((u) => u.id);
  const selection = { unitIds: scopeUnitIds, sectors: base.sectors, orgTypes: base.orgTypes };
  const dossiersByYear = await countDossiersByYear(prisma, allUnitIds, selection);
  const scopeDossiers = new Map([...dossiersByYear].map(([y, c]) => [y, c.scope] as const));
  const closure = yearClosure(rule, today, years, scopeDossiers);
  const closed = new Set(closure.closedYears);
  const missingIn = (which: "scope" | "selection") =>
    new Set(years.filter((y) => (dossiersByYear.get(y)?.[which].total ?? 0) === 0));
  const missingYears = missingIn("selection");
  const narrowed = isNarrowed(filters);
  const evaluation: EvaluateOptions = { isClosed: (y) => closed.has(y), missingYears, judge: !narrowed };
  const hidden = hiddenByTypeFilter(defs, filters.orgTypes);
  let targets = evaluateTargets(defs, series, filters.year, evaluation).filter((t) => !hidden.codes.has(t.code));

  // "Giao chỉ tiêu": a one-unit view is judged against the unit's allocations.
  const judged = await judgeAgainstAllocations(prisma, {
    programme,
    filters,
    defs,
    targets,
    unitName: areaLabel,
    evaluate: (def) => evaluateTarget(def, series, filters.year, { ...evaluation, judge: true }),
  });
  targets = judged.targets;
  const allocated = judged.allocated;

  // A narrowed figure is read against the whole programme scope of the same year.
  const shares: Partial<Record<TargetCode, ShareOfWhole>> = {};
  if (narrowed) {
    const wholeBase = { scopeUnitIds: allUnitIds, approvedOnly: base.approvedOnly };
    const whole = await loadYearSeries(prisma, wholeBase, [filters.year], asOfFor, snapshots);
    const wholeTargets = evaluateTargets(defs, whole, filters.year, {
      isClosed: evaluation.isClosed,
      missingYears: missingIn("scope"),
    });
    for (const t of targets)
      shares[t.code] = shareOfWhole(
        t,
        wholeTargets.find((w) => w.code === t.code),
      );
  }

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
  const groupDossiers = await countDossierGroups(prisma, filters.year, selection, unitGroup);
  const noDossiers: DossierCount = { total: 0, approved: 0 };
  const rows = (
    groups: Map<string, YearInputs>,
    label: (k: string) => string,
    dossiersOf: ReadonlyMap<string, DossierCount>,
  ) =>
    [...groups.entries()]
      .map(([key, inputs]) => {
        const dossiers = dossiersOf.get(key) ?? noDossiers;
        return {
          key,
          label: label(key),
          inputs,
          // A row is never judged against the district's targets; nothing reported is missing.
          targets: evaluateTargets(keyFigures, new Map([[filters.year, inputs]]), filters.year, {
            isClosed: evaluation.isClosed,
            missingYears: dossiers.total === 0 ? new Set([filters.year]) : undefined,
            judge: false,
          }),
          dossiers,
        };
      })
      // Ties (an old commune and the merged one may share a name) by key, so the order
      // does not depend on the order PostgreSQL returned the groups in.
      .sort((a, b) => compareVietnamese(a.label, b.label) || a.key.localeCompare(b.key));

  // Units of the chosen year (not those created later, nor ceased before it) that sent nothing.
  const existedInYear = (id: number) => {
    const u = unitById.get(id);
    return !u || (u.validFrom <= filters.asOf && (u.validTo === null || u.validTo >= `${filters.year}-01-01`));
  };
  const missingUnits = [...new Set(scopeUnitIds.map((id) => unitGroup.get(id) ?? id))]
    .filter((g) => !groupDossiers.commune.has(String(g)) && existedInYear(g))
    .map(areaLabel)
    .sort(compareVietnamese);

  return {
    filters,
    programme,
    programmes: await listProgrammes(prisma),
    allocated,
    scopeName,
    units,
    firstYear,
    definitions: defs,
    keyFigures,
    targets,
    hiddenNotes: hidden.notes,
    narrowed,
    shares,
    closure: {
      rule,
      today,
      closedYears: closure.closedYears,
      provisional: !closed.has(filters.year),
    },
    dossiers: dossiersByYear.get(filters.year)?.selection ?? noDossiers,
    missingYears: [...missingYears],
    missingUnits,
    current: series.get(filters.year)!,
    scopeUnitIds,
    areaOptions,
    areaOptionsLevel: scopeLevel.level,
    breakdownLevel: breakdown.level,
    // A commune created after the year (the 2025 mergers, seen from 2024) is no row of it.
    byCommune: rows(communes, (k) => areaLabel(Number(k)), groupDossiers.commune)
      .filter((r) => r.dossiers.total > 0 || existedInYear(Number(r.key)))
      .map((r) => ({
        ...r,
        pending: pendingByGroup.get(r.key) ?? { submitted: 0, notSubmitted: 0 },
      })),
    pending,
    bySector: rows(sectors, (k) => SECTOR_LABELS[k] ?? k, groupDossiers.sector),
    byType: rows(types, (k) => TYPE_LABEL[k] ?? k, groupDossiers.type),
    ratings: await getRatingDistribution(prisma, base, series, asOfFor, snapshots),
  };
}
