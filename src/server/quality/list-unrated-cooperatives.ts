// Eligible cooperatives without a rating level for the year, by the rules of the
// targets engine (src/domain/targets/aggregate.ts, classifyRating): active HTX at the
// year end; a rating row decides eligibility when there is one (eligible and no level:
// unrated); without a row, a cooperative founded less than 12 months before the year
// end is not eligible, any other (founding date unknown included) is eligible and
// unrated. Unlike the dashboard's default, unapproved reports do not hide a rating:
// the question here is whether the rating was recorded at all.
import { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import type { ApprovalStatus } from "@/domain/targets/facts";
import { APPROVAL_STATUS_LABEL, NOT_RATED_REASON_LABELS } from "@/domain/labels";
import { col, queryRows, type SqlClient } from "../db/typed-sql";

type NotRatedReason = keyof typeof NOT_RATED_REASON_LABELS;

export type UnratedCooperative = {
  id: number;
  code: string;
  name: string;
  communeId: number;
  foundedOn: string | null;
  /** NO_ROW: no rating recorded; NO_LEVEL: a row marked eligible without a level. */
  gap: "NO_ROW" | "NO_LEVEL";
  notRatedReason: NotRatedReason | null;
  reportStatus: ApprovalStatus | null;
};

const Row = z.object({
  id: col.int(),
  code: col.text(),
  name: col.text(),
  communeId: col.int(),
  foundedOn: col.isoDate().nullable(),
  hasRow: col.bool(),
  notRatedReason: col.oneOf(Object.keys(NOT_RATED_REASON_LABELS) as NotRatedReason[]).nullable(),
  reportStatus: col.oneOf(Object.keys(APPROVAL_STATUS_LABEL) as ApprovalStatus[]).nullable(),
});

export async function listUnratedCooperatives(
  prisma: SqlClient,
  options: { year: number; asOf: string; scopeUnitIds: number[] },
): Promise<UnratedCooperative[]> {
  const rows = await queryRows(
    prisma,
    "unrated cooperatives",
    Row,
    Prisma.sql`
    WITH p AS (
      SELECT ${options.asOf}::date AS as_of, ${options.year}::int AS yr,
             (${options.asOf}::date - interval '1 year')::date AS as_of_1y
    )
    SELECT o.id, o.code, o.name, o."communeId", o."foundedOn",
           (rt.id IS NOT NULL) AS "hasRow", rt."notRatedReason"::text AS "notRatedReason",
           ar."approvalStatus"::text AS "reportStatus"
    FROM "Organisation" o CROSS JOIN p
    LEFT JOIN "Rating" rt ON rt."organisationId" = o.id AND rt.year = p.yr
    LEFT JOIN "AnnualReport" ar ON ar."organisationId" = o.id AND ar.year = p.yr
    WHERE o.type = 'HTX'
      AND o."communeId" = ANY(${options.scopeUnitIds}::int[])
      AND (o."foundedOn" IS NULL OR o."foundedOn" <= p.as_of)
      AND (SELECT s.status FROM "OrgStatusChange" s
           WHERE s."organisationId" = o.id AND s."effectiveFrom" <= p.as_of
           ORDER BY s."effectiveFrom" DESC LIMIT 1) = 'ACTIVE'
      AND CASE WHEN rt.id IS NOT NULL THEN rt.eligible AND rt.level IS NULL
               ELSE o."foundedOn" IS NULL OR o."foundedOn" <= p.as_of_1y END
    ORDER BY o.name, o.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    communeId: r.communeId,
    foundedOn: r.foundedOn,
    gap: r.hasRow ? "NO_LEVEL" : "NO_ROW",
    notRatedReason: r.notRatedReason,
    reportStatus: r.reportStatus,
  }));
}
