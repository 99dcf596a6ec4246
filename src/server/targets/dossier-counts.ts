// Yearly dossiers (AnnualReport rows, by approvalStatus) counted in SQL: what decides
// whether a year is closed (whole programme scope), whether a selection reported
// anything in a year ("chưa có số liệu" is not 0), the "x/y hồ sơ đã duyệt" beside a
// provisional figure, and which communes, types and sectors sent nothing. The working
// table is read, whatever the view: a dossier exists from its first draft on.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import type { DossierCount } from "@/domain/targets/closing";
import type { OrgType, Sector } from "@/domain/targets/facts";
import { col, queryRows } from "../db/typed-sql";

type Db = PrismaClient | Prisma.TransactionClient;

/** The organisations a view selects: communes (with the units they took over), sectors, types. */
export type DossierSelection = {
  unitIds: readonly number[];
  sectors?: readonly Sector[];
  orgTypes?: readonly OrgType[];
};

export type DossiersByYear = Map<number, { scope: DossierCount; selection: DossierCount }>;

/**
 * Per year: dossiers over the whole scope, and over the selection (the same when none
 * is given). One statement; years without any dossier are absent.
 */
export async function countDossiersByYear(
  db: Db,
  scopeUnitIds: readonly number[],
  selection?: DossierSelection,
): Promise<DossiersByYear> {
  const sel = selection ?? { unitIds: scopeUnitIds };
  const sectors = sel.sectors?.length ? [...sel.sectors] : null;
  const types = sel.orgTypes?.length ? [...sel.orgTypes] : null;
  const rows = await queryRows(
    db,
    "dossiers by year",
    z.object({ year: col.int(), total: col.int(), approved: col.int(), st: col.int(), sa: col.int() }),
    Prisma.sql`
    SELECT r.year,
           count(*) AS total,
           count(*) FILTER (WHERE r."approvalStatus" = 'APPROVED') AS approved,
           count(*) FILTER (WHERE s.sel) AS st,
           count(*) FILTER (WHERE s.sel AND r."approvalStatus" = 'APPROVED') AS sa
    FROM "AnnualReport" r
    JOIN "Organisation" o ON o.id = r."organisationId"
    CROSS JOIN LATERAL (SELECT o."communeId" = ANY(${[...sel.unitIds]}::int[])
                           AND (${sectors}::text[] IS NULL OR o.sector::text = ANY(${sectors}::text[]))
                           AND (${types}::text[] IS NULL OR o.type::text = ANY(${types}::text[])) AS sel) s
    WHERE o."communeId" = ANY(${[...scopeUnitIds]}::int[])
    GROUP BY r.year`,
  );
  return new Map(
    rows.map((r) => [
      r.year,
      {
        scope: { total: r.total, approved: r.approved },
        selection: { total: r.st, approved: r.sa },
      },
    ]),
  );
}

export type DossierGroups = {
  /** Key: the breakdown row a commune is counted in (unitGroup), as a string. */
  commune: Map<string, DossierCount>;
  sector: Map<string, DossierCount>;
  type: Map<string, DossierCount>;
};

/**
 * One year's dossiers of the selection per commune group, per sector and per type, for
 * the breakdown rows and the list of units that sent nothing. One statement (grouping
 * sets); groups without any dossier are absent.
 */
export async function countDossierGroups(
  db: Db,
  year: number,
  selection: DossierSelection,
  unitGroup: ReadonlyMap<number, number>,
): Promise<DossierGroups> {
  const unitIds = [...new Set(selection.unitIds)];
  const groupIds = unitIds.map((id) => unitGroup.get(id) ?? id);
  const sectors = selection.sectors?.length ? [...selection.sectors] : null;
  const types = selection.orgTypes?.length ? [...selection.orgTypes] : null;
  const rows = await queryRows(
    db,
    "dossier groups",
    z.object({
      grp: col.int().nullable(),
      sector: col.text().nullable(),
      type: col.text().nullable(),
      total: col.int(),
      approved: col.int(),
    }),
    Prisma.sql`
    WITH unit_map AS (SELECT * FROM unnest(${unitIds}::int[], ${groupIds}::int[]) AS u(unit_id, grp))
    SELECT um.grp, o.sector::text AS sector, o.type::text AS type,
           count(*) AS total,
           count(*) FILTER (WHERE r."approvalStatus" = 'APPROVED') AS approved
    FROM "AnnualReport" r
    JOIN "Organisation" o ON o.id = r."organisationId"
    JOIN unit_map um ON um.unit_id = o."communeId"
    WHERE r.year = ${year}
      AND (${sectors}::text[] IS NULL OR o.sector::text = ANY(${sectors}::text[]))
      AND (${types}::text[] IS NULL OR o.type::text = ANY(${types}::text[]))
    GROUP BY GROUPING SETS ((um.grp), (o.sector), (o.type))`,
  );
  const out: DossierGroups = { commune: new Map(), sector: new Map(), type: new Map() };
  for (const r of rows) {
    const count = { total: r.total, approved: r.approved };
    if (r.grp !== null) out.commune.set(String(r.grp), count);
    else if (r.sector !== null) out.sector.set(r.sector, count);
    else if (r.type !== null) out.type.set(r.type, count);
  }
  return out;
}
