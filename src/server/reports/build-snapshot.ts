// Freezes everything a periodic report shows: each target's evaluation and series, the
// breakdowns by commune, type and sector, the rating distribution, support per policy
// area (IV.2) and the data-quality figures, for one set of dashboard filters. The same
// function feeds the live dashboard exports, so a report and an export of the overview
// with the same filters agree.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/domain/dashboard/filters";
import { flagMessage } from "@/domain/targets/labels";
import { evaluateTargets, type TargetEvaluation } from "@/domain/targets/compute";
import { POLICY_AREAS } from "@/domain/labels";
import { FIRST_PROGRAMME_YEAR } from "@/domain/quality/params";
import {
  SNAPSHOT_SCHEMA_VERSION,
  type ReportSnapshot,
  type SnapshotBreakdownRow,
  type SnapshotTarget,
} from "@/domain/reports/snapshot";
import { getDashboard, type BreakdownRow, type Dashboard } from "../targets/get-dashboard";
import { listUnratedCooperatives } from "../quality/list-unrated-cooperatives";
import { getReportingCompleteness } from "../quality/get-reporting-completeness";
import { listImplausibleJumps } from "../quality/list-implausible-jumps";
import { getSupportByPolicyArea } from "./get-support-by-policy-area";
import { unitLabel, type UnitForLabel } from "@/domain/territory/unit-label";
import { vietnamDay } from "@/domain/time/vietnam";

type Db = PrismaClient | Prisma.TransactionClient;

/** The filters of a snapshot; `programme` absent or null: the default programme. */
export type SnapshotRequest = Omit<DashboardFilters, "asOfChosen" | "programme"> & {
  asOfChosen?: boolean;
  programme?: string | null;
};

export async function buildReportSnapshot(db: Db, request: SnapshotRequest, now = new Date()): Promise<ReportSnapshot> {
  const filters: DashboardFilters = {
    ...request,
    programme: request.programme ?? null,
    asOfChosen: request.asOfChosen ?? request.asOf !== `${request.year}-12-31`,
  };
  // Read-only queries; inside an action they run on its transaction (the embedded
  // database has a single connection, a second client would wait for ever).
  const d = await getDashboard(db as PrismaClient, filters, { today: vietnamDay(now) });

  const scopeUnitIds = d.scopeUnitIds;

  const support = await getSupportByPolicyArea(db, {
    year: filters.year,
    firstYear: Math.min(FIRST_PROGRAMME_YEAR, filters.year),
    scopeUnitIds,
    sectors: filters.sectors,
    orgTypes: filters.orgTypes,
    approvedOnly: !filters.includeUnapproved,
  });
  const unrated = await listUnratedCooperatives(db as PrismaClient, {
    year: filters.year,
    asOf: filters.asOf,
    scopeUnitIds,
  });
  const completeness = await getReportingCompleteness(db as PrismaClient, {
    year: filters.year,
    asOf: filters.asOf,
    scopeUnitIds,
  });
  const jumps = await listImplausibleJumps(db as PrismaClient, { year: filters.year, scopeUnitIds });
  const sum = (k: keyof (typeof completeness)[number]) => completeness.reduce((t, r) => t + Number(r[k]), 0);

  // The selection names communes, or the districts / provinces a large scope's filter
  // offers; a dissolved commune says where it counts today.
  const unitById = new Map<number, UnitForLabel>([...d.areaOptions, ...d.units].map((u) => [u.id, u]));
  const label = (id: number) => {
    const u = unitById.get(id);
    return u ? unitLabel(u, unitById) : `#${id}`;
  };
  const scopeLabel = filters.communeIds.length === 0 ? d.scopeName : filters.communeIds.map(label).join(", ");

  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    takenAt: now.toISOString(),
    filters: {
      year: filters.year,
      asOf: filters.asOf,
      communeIds: [...filters.communeIds].sort((a, b) => a - b),
      sectors: [...filters.sectors],
      orgTypes: [...filters.orgTypes],
      includeUnapproved: filters.includeUnapproved,
    },
    ...(d.programme && {
      programme: {
        code: d.programme.code,
        shortTitle: d.programme.shortTitle,
        title: d.programme.title,
        documentNumber: d.programme.documentNumber,
      },
    }),
    scopeName: d.scopeName,
    scopeLabel,
    targets: d.targets.map((t) => toSnapshotTarget(t, d)),
    keyTotals: Object.fromEntries(
      evaluateTargets(d.keyFigures, new Map([[filters.year, d.current]]), filters.year, {
        missingYears: d.dossiers.total === 0 ? new Set([filters.year]) : undefined,
        judge: false,
      }).map((t) => [t.code, t.value]),
    ),
    hiddenNotes: d.hiddenNotes,
    narrowed: d.narrowed,
    closure: { rule: d.closure.rule, closedYears: d.closure.closedYears, provisional: d.closure.provisional },
    dossiers: d.dossiers,
    missingYears: d.missingYears,
    missingUnits: d.missingUnits,
    communesLevel: d.breakdownLevel,
    communes: d.byCommune.map(toBreakdownRow),
    types: d.byType.map(toBreakdownRow),
    sectors: d.bySector.map(toBreakdownRow),
    ratings: d.ratings.map((r) => ({ ...r })),
    support: {
      year: filters.year,
      firstYear: Math.min(FIRST_PROGRAMME_YEAR, filters.year),
      rows: support.rows.map((r) => ({
        area: r.area,
        number: POLICY_AREAS[r.area].number,
        label: POLICY_AREAS[r.area].label,
        organisations: r.organisations,
        amount: r.amount.toString(),
        cumulativeOrganisations: r.cumulativeOrganisations,
        cumulativeAmount: r.cumulativeAmount.toString(),
      })),
      total: {
        organisations: support.total.organisations,
        amount: support.total.amount.toString(),
        cumulativeOrganisations: support.total.cumulativeOrganisations,
        cumulativeAmount: support.total.cumulativeAmount.toString(),
      },
    },
    quality: {
      unratedEligible: unrated.length,
      expectedReports: sum("expected"),
      reported: sum("reported"),
      approved: sum("approved"),
      submitted: sum("submitted"),
      draft: sum("draft"),
      returned: sum("returned"),
      implausibleJumps: jumps.length,
    },
  };
}

function toSnapshotTarget(t: TargetEvaluation, d: Dashboard): SnapshotTarget {
  const share = d.shares[t.code];
  return {
    code: t.code,
    kind: t.kind,
    title: t.title,
    unit: t.unit,
    comparator: t.comparator,
    target: t.target,
    horizonYear: t.horizonYear,
    year: t.year,
    value: t.value,
    numerator: t.numerator,
    denominator: t.denominator,
    met: t.met,
    percentOfTarget: t.percentOfTarget,
    status: t.status,
    deteriorating: t.progress?.deteriorating ?? false,
    provisional: t.provisional,
    missing: t.missing,
    trend: t.trend ? { from: { ...t.trend.from }, to: { ...t.trend.to }, annualChange: t.trend.annualChange } : null,
    ...(share ? { wholeValue: share.wholeValue, share: share.share } : {}),
    statusExplanation: t.statusExplanation,
    formula: t.formula,
    flags: t.flags.map(flagMessage),
    series: t.series.map((p) => ({ ...p })),
    projection: t.projection ? { ...t.projection } : null,
  };
}

function toBreakdownRow(r: BreakdownRow): SnapshotBreakdownRow {
  const missing = r.dossiers.total === 0;
  const n = (v: number) => (missing ? null : v);
  return {
    key: r.key,
    label: r.label,
    missing,
    activeTht: n(r.inputs.activeTht),
    activeHtx: n(r.inputs.activeHtx),
    activeLhhtx: n(r.inputs.activeLhhtx),
    thtMembers: n(r.inputs.thtMembers),
    htxMembers: n(r.inputs.htxMembers),
    values: Object.fromEntries(r.targets.map((t) => [t.code, t.value])),
  };
}
