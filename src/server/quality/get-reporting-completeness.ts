// Reporting completeness per commune, as DHIS2 shows reporting rates: the organisations
// expected to report for a year (active at the year end, every type) against the yearly
// reports received, by approval state. One grouped statement.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { col, queryRows } from "../db/typed-sql";

export type CompletenessCounts = {
  /** Active organisations at the year end: the reports expected. */
  expected: number;
  /** Of those, with an AnnualReport for the year (any state). */
  reported: number;
  approved: number;
  submitted: number;
  draft: number;
  returned: number;
};

export type CompletenessRow = CompletenessCounts & { unitId: number };

/**
 * Counts per group of communes. `unitGroup` maps each scope unit to the unit it is shown
 * under (a commune that ceased before `asOf` under its successor); units missing from
 * the map are shown under themselves. Only groups with expected reports are returned.
 */
export async function getReportingCompleteness(
  prisma: PrismaClient,
  options: { year: number; asOf: string; scopeUnitIds: number[]; unitGroup?: ReadonlyMap<number, number> },
): Promise<CompletenessRow[]> {
  const unitIds = [...new Set(options.scopeUnitIds)];
  const groupIds = unitIds.map((id) => options.unitGroup?.get(id) ?? id);
  const rows = await queryRows(
    prisma,
    "reporting completeness",
    z.object({
      unitId: col.int(),
      expected: col.int(),
      reported: col.int(),
      approved: col.int(),
      submitted: col.int(),
      draft: col.int(),
      returned: col.int(),
    }),
    Prisma.sql`
    WITH p AS (SELECT ${options.asOf}::date AS as_of, ${options.year}::int AS yr),
    unit_map AS (SELECT * FROM unnest(${unitIds}::int[], ${groupIds}::int[]) AS u(unit_id, grp)),
    orgs AS (
      SELECT o.id, um.grp
      FROM "Organisation" o JOIN unit_map um ON um.unit_id = o."communeId", p
      WHERE (o."foundedOn" IS NULL OR o."foundedOn" <= p.as_of)
        AND (SELECT s.status FROM "OrgStatusChange" s
             WHERE s."organisationId" = o.id AND s."effectiveFrom" <= p.as_of
             ORDER BY s."effectiveFrom" DESC LIMIT 1) = 'ACTIVE'
    )
    SELECT o.grp AS "unitId",
           count(*) AS expected,
           count(r.id) AS reported,
           count(*) FILTER (WHERE r."approvalStatus" = 'APPROVED') AS approved,
           count(*) FILTER (WHERE r."approvalStatus" = 'SUBMITTED') AS submitted,
           count(*) FILTER (WHERE r."approvalStatus" = 'DRAFT') AS draft,
           count(*) FILTER (WHERE r."approvalStatus" = 'RETURNED') AS returned
    FROM orgs o CROSS JOIN p
    LEFT JOIN "AnnualReport" r ON r."organisationId" = o.id AND r.year = p.yr
    GROUP BY o.grp`,
  );
  return rows;
}
