// The data-quality page for one year over the programme's scope: eligible cooperatives
// without a rating, reporting completeness per commune, implausible year-on-year jumps.
// Communes that ceased before the year end are shown under their successor, as on the
// overview dashboard.
import type { PrismaClient } from "@/generated/prisma/client";
import { effectiveUnits, unitExistsAt } from "@/domain/targets/areas";
import { getScopeUnits, PROGRAMME_SCOPE_CODE } from "../territory/get-scope-units";
import { listUnratedCooperatives, type UnratedCooperative } from "./list-unrated-cooperatives";
import { getReportingCompleteness, type CompletenessCounts } from "./get-reporting-completeness";
import { listImplausibleJumps, type OrganisationJumps } from "./list-implausible-jumps";
import { compareVietnamese } from "@/domain/format/collate";
import { unitLabel } from "@/domain/territory/unit-label";

export type CommuneLabel = {
  /** "Xã Phú Thành"; a ceased commune is marked as everywhere else:
   *  "Xã Bình Nhì (cũ) – nay thuộc xã Đồng Sơn" */
  label: string;
};

export type DataQuality = {
  scopeName: string;
  year: number;
  /** Status, eligibility and expected reports are read at this date (default: the
   *  year end; the page passes today for the current year, as the dashboard does). ISO. */
  asOf: string;
  unrated: (UnratedCooperative & CommuneLabel)[];
  completeness: { rows: (CompletenessCounts & { unitId: number; label: string })[]; total: CompletenessCounts };
  jumps: (OrganisationJumps & CommuneLabel)[];
};

export async function getDataQuality(
  prisma: PrismaClient,
  options: { year: number; asOf?: string; scopeCode?: string },
): Promise<DataQuality> {
  const { scopeName, units } = await getScopeUnits(prisma, options.scopeCode ?? PROGRAMME_SCOPE_CODE);
  const year = options.year;
  const asOf = options.asOf ?? `${year}-12-31`;
  const scopeUnitIds = units.map((u) => u.id);
  const unitGroup = effectiveUnits(asOf, units);
  const byId = new Map(units.map((u) => [u.id, u]));
  // One label for a unit everywhere: a ceased commune is always marked with where it
  // counts today, so the old and the new "Đồng Sơn" never read alike.
  const communeLabel = (id: number) => {
    const u = byId.get(id);
    return u ? unitLabel(u, byId) : `#${id}`;
  };

  // Sequential on purpose: the embedded database has a single connection.
  const unrated = await listUnratedCooperatives(prisma, { year, asOf, scopeUnitIds });
  const counts = await getReportingCompleteness(prisma, { year, asOf, scopeUnitIds, unitGroup });
  const jumps = await listImplausibleJumps(prisma, { year, scopeUnitIds });

  // Every unit existing at the year end gets a row, with zeros when nothing is expected
  // there, so a commune without organisations is visibly empty rather than missing.
  const groups = new Set(counts.map((c) => c.unitId));
  for (const u of units) if (unitExistsAt(u, asOf)) groups.add(unitGroup.get(u.id) ?? u.id);
  const zero: CompletenessCounts = { expected: 0, reported: 0, approved: 0, submitted: 0, draft: 0, returned: 0 };
  const rows = [...groups]
    .map((unitId) => ({ ...zero, ...counts.find((c) => c.unitId === unitId), unitId, label: communeLabel(unitId) }))
    .sort((a, b) => compareVietnamese(a.label, b.label));
  const total = { ...zero };
  for (const r of rows) for (const k of Object.keys(zero) as (keyof CompletenessCounts)[]) total[k] += r[k];

  return {
    scopeName,
    year,
    asOf,
    unrated: unrated
      .map((u) => ({ ...u, label: communeLabel(u.communeId) }))
      .sort((a, b) => compareVietnamese(a.label, b.label) || compareVietnamese(a.name, b.name)),
    completeness: { rows, total },
    jumps: jumps.map((j) => ({ ...j, label: communeLabel(j.communeId) })),
  };
}
