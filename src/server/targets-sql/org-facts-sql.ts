// The SQL that decides which organisations are active at an as-of date and what their
// yearly facts are (report, rating, value-chain link, digital practice, high technology).
// Shared by the live yearly statement (year-inputs-statements.ts) and the snapshot build
// (src/server/read-model/snapshots.ts), so the two cannot disagree.
import { Prisma } from "@/generated/prisma/client";
import type { SourceTables } from "./source-tables";

/** The statement's parameters: as-of date, data year, its first day, one year before as-of. */
export function paramsCte(asOf: string, year: number): Prisma.Sql {
  return Prisma.sql`p AS (
      SELECT ${asOf}::date AS as_of, ${year}::int AS yr, make_date(${year}::int, 1, 1) AS y0,
             (${asOf}::date - interval '1 year')::date AS as_of_1y
    )`;
}

/**
 * Joined to `"Organisation" o` and `p`, with ACTIVE_WHERE: the organisations active at
 * the as-of date (founded by then, and the latest status change on or before it is
 * ACTIVE; index lookup on OrgStatusChange(organisationId, effectiveFrom)). LATERAL
 * rather than a scalar subquery in WHERE: the planner then estimates "status = ACTIVE"
 * from the column's statistics (most rows) instead of a 0.5 % guess, which made it probe
 * Membership per organisation at national scale.
 */
export const statusAtAsOf = (T: SourceTables) => Prisma.sql`CROSS JOIN LATERAL (
        SELECT s.status FROM ${T.OrgStatusChange} s
        WHERE s."organisationId" = o.id AND s."effectiveFrom" <= p.as_of
        ORDER BY s."effectiveFrom" DESC LIMIT 1
      ) st`;
export const ACTIVE_WHERE = Prisma.sql`st.status = 'ACTIVE' AND (o."foundedOn" IS NULL OR o."foundedOn" <= p.as_of)`;

/**
 * CTE "org_facts": for every row of CTE "orgs" (an active organisation with at least
 * id and "foundedOn"), its yearly facts at p.as_of in the state of T: the report, the rating, and whether it had a value-chain link, a digital
 * practice, a high-tech application (with evidence) in force during the year, and a
 * union's member cooperatives at p.as_of. The live
 * statement and the snapshot build (snapshots.ts) both use it, so they cannot disagree.
 */
export const orgFactsCte = (T: SourceTables, perOrg = false) => Prisma.sql`org_facts AS (
      SELECT o.*, r."memberCount" AS reported, r.effective, (r.id IS NOT NULL) AS has_report,
             (rt.id IS NOT NULL) AS has_rating, rt.eligible, rt.level::text AS level,
             (o."foundedOn" IS NOT NULL AND o."foundedOn" > p.as_of_1y) AS founded_recently,
             -- EXISTS: PostgreSQL picks per-organisation index probes for a small scope and
             -- one hashed pass over the table for a large one (the estimate of "orgs" decides)
             EXISTS (
               SELECT 1 FROM ${T.ValueChainLink} l
               WHERE l."organisationId" = o.id AND l."validFrom" <= p.as_of AND (l."validTo" IS NULL OR l."validTo" >= p.y0)
             ) AS chain_any,
             EXISTS (SELECT 1 FROM ${T.DigitalPractice} d WHERE d."organisationId" = o.id AND d.year = p.yr) AS digital_any,
             EXISTS (
               SELECT 1 FROM ${T.HighTechApplication} h
               WHERE h."organisationId" = o.id AND h."validFrom" <= p.as_of AND (h."validTo" IS NULL OR h."validTo" >= p.y0)
             ) AS tech_any,
             EXISTS (
               SELECT 1 FROM ${T.HighTechApplication} h
               WHERE h."organisationId" = o.id AND h."validFrom" <= p.as_of AND (h."validTo" IS NULL OR h."validTo" >= p.y0)
                 AND h.evidence IS NOT NULL AND btrim(h.evidence) <> ''
             ) AS tech_evidence_any,
             -- a union's member cooperatives in force (its register: UnionMembership)
             CASE WHEN o.type = 'LHHTX' THEN (
               SELECT count(*)::int FROM ${T.UnionMembership} u
               WHERE u."unionId" = o.id AND u."joinedOn" <= p.as_of AND (u."leftOn" IS NULL OR u."leftOn" > p.as_of)
             ) ELSE 0 END AS union_members
      FROM orgs o CROSS JOIN p
      ${
        perOrg
          ? Prisma.sql`LEFT JOIN LATERAL (SELECT * FROM ${T.AnnualReport} r WHERE r."organisationId" = o.id AND r.year = p.yr OFFSET 0) r ON true
      LEFT JOIN LATERAL (SELECT * FROM ${T.Rating} rt WHERE rt."organisationId" = o.id AND rt.year = p.yr OFFSET 0) rt ON true`
          : Prisma.sql`LEFT JOIN ${T.AnnualReport} r ON r."organisationId" = o.id AND r.year = p.yr
      LEFT JOIN ${T.Rating} rt ON rt."organisationId" = o.id AND rt.year = p.yr`
      }
    )`;
