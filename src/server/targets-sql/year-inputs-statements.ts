// The yearly statements behind loadYearInputsGrouped (load-year-inputs.ts): the live one,
// counted from the registers for any as-of date, and the one over the pre-aggregated
// facts of a year-end or today (src/server/read-model/snapshots.ts). Both end in the same
// tail, which classifies, adds population and sums per group: one row per group, with
// the columns of YearInputs (YearInputsRow).
import { ORG_TYPE, SECTOR } from "@/domain/enums";
import { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import type { OrgType, Sector, YearInputsKey } from "@/domain/targets/facts";
import { YEAR_INPUT_KEYS } from "@/domain/targets/facts";
import { col } from "../db/typed-sql";
import { ACTIVE_WHERE, orgFactsCte, paramsCte, statusAtAsOf } from "./org-facts-sql";
import type { SourceTables } from "./source-tables";

// Groups are integers inside the statement (a commune id, a position in one of these
// lists, 0 for the whole selection): sorting 1.9 million membership rows by an integer
// key instead of a text one made the national statement ~1.7 s faster per year.
// Group numbers follow the order of the one source (src/domain/enums.ts).
export const SECTOR_KEYS: readonly string[] = SECTOR.values;
export const TYPE_KEYS: readonly string[] = ORG_TYPE.values;

export type StatementContext = {
  asOf: string;
  year: number;
  by: "none" | "commune" | "sector" | "type";
  unitIds: number[];
  groupIds: number[];
  sectors: Sector[] | null;
  types: OrgType[] | null;
  T: SourceTables;
  perOrg: boolean;
};

/**
 * A row of either statement: the group, every YearInputs figure (counts are int8, sums
 * numeric; NULL where a group has no persons or no population row, read as 0) and
 * whether the snapshot still held the as-of date. load-year-inputs.ts checks the first
 * row with it (why not every row: there).
 */
export const YearInputsRow = z.object({
  grp: col.int(),
  held: col.bool(),
  ...(Object.fromEntries(YEAR_INPUT_KEYS.map((k) => [k, figure()])) as Record<
    YearInputsKey,
    ReturnType<typeof figure>
  >),
});
function figure() {
  return col.int().nullable();
}

/** CTE "unit_map": every scope unit with the group it is shown under. */
function unitMapCte(c: StatementContext): Prisma.Sql {
  return Prisma.sql`unit_map AS (
      SELECT * FROM unnest(${c.unitIds}::int[], ${c.groupIds}::int[]) AS u(unit_id, commune_grp)
    )`;
}

/** The group of organisation `alias` (joined to unit_map um). */
function groupExpr(c: StatementContext, alias: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE ${c.by}::text WHEN 'commune' THEN um.commune_grp
                              WHEN 'sector' THEN array_position(${SECTOR_KEYS}::text[], ${alias}.sector::text)
                              WHEN 'type' THEN array_position(${TYPE_KEYS}::text[], ${alias}.type::text)
                              ELSE 0 END`;
}

/** The sector and type filters on organisation `alias`. */
function filterWhere(c: StatementContext, alias: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${c.sectors}::text[] IS NULL OR ${alias}.sector::text = ANY(${c.sectors}::text[]))
        AND (${c.types}::text[] IS NULL OR ${alias}.type::text = ANY(${c.types}::text[]))`;
}

/** Counted from the registers, for any as-of date. */
export function liveStatement(c: StatementContext): Prisma.Sql {
  return Prisma.sql`
    WITH ${paramsCte(c.asOf, c.year)},
    ${unitMapCte(c)},
    -- Inlined where it is used (NOT MATERIALIZED) so the planner estimates from the
    -- base tables' statistics; "orgs" is its one materialised copy for the per-org rows.
    orgs_def AS NOT MATERIALIZED (
      SELECT o.id, o.type::text AS type, o.type AS type_enum, o."hasMemberRegister" AS reg, o."foundedOn",
             ${groupExpr(c, Prisma.sql`o`)} AS grp
      FROM ${
        c.perOrg
          ? Prisma.sql`unit_map um CROSS JOIN LATERAL (SELECT * FROM ${c.T.Organisation} o WHERE o."communeId" = um.unit_id OFFSET 0) o`
          : Prisma.sql`${c.T.Organisation} o JOIN unit_map um ON um.unit_id = o."communeId"`
      } CROSS JOIN p
      ${statusAtAsOf(c.T)}
      WHERE ${ACTIVE_WHERE} AND ${filterWhere(c, Prisma.sql`o`)}
    ),
    orgs AS MATERIALIZED (SELECT * FROM orgs_def),
    ${orgFactsCte(c.T, c.perOrg)},
    facts AS (SELECT * FROM org_facts),
    -- memberships in force at as_of in active THT/HTX that keep a register
    mem AS (${
      c.perOrg
        ? Prisma.sql`
      SELECT o.id, m."personId" AS pid, (o.type_enum = 'THT') AS tht, o.grp
      FROM orgs_def o CROSS JOIN p
      CROSS JOIN LATERAL (
        SELECT m."personId" FROM ${c.T.Membership} m
        WHERE m."organisationId" = o.id AND m."joinedOn" <= p.as_of AND (m."leftOn" IS NULL OR m."leftOn" > p.as_of)
        OFFSET 0
      ) m
      WHERE o.reg AND o.type_enum IN ('THT', 'HTX')`
        : Prisma.sql`
      SELECT m."organisationId" AS id, m."personId" AS pid, (o.type_enum = 'THT') AS tht, o.grp
      FROM ${c.T.Membership} m
      JOIN orgs_def o ON o.id = m."organisationId" AND o.reg AND o.type_enum IN ('THT', 'HTX')
      CROSS JOIN p
      WHERE m."joinedOn" <= p.as_of AND (m."leftOn" IS NULL OR m."leftOn" > p.as_of)`
    }
    ),
    -- Members of a register organisation = its distinct persons, so the sum over
    -- organisations is the number of distinct (organisation, person) pairs: counted
    -- here per group in one sorted pass, never joined back per organisation (that join
    -- re-aggregated every membership once per organisation: quadratic at national scale).
    -- DISTINCT ON sorts once by (grp, pid, id); both aggregates below then stream over
    -- that order (two hash aggregates of 1.9 million rows were slower, EXPLAIN ANALYZE).
    pairs AS (SELECT DISTINCT ON (grp, pid, id) grp, pid, id, tht FROM mem ORDER BY grp, pid, id),
    person_orgs AS (
      SELECT grp, pid, count(*) FILTER (WHERE tht) AS tht_orgs, count(*) FILTER (WHERE NOT tht) AS htx_orgs
      FROM pairs GROUP BY grp, pid
    ),
    persons AS (
      SELECT grp,
             sum(tht_orgs) AS tht_pairs,
             sum(htx_orgs) AS htx_pairs,
             count(*) FILTER (WHERE tht_orgs > 0) AS tht,
             count(*) FILTER (WHERE htx_orgs > 0) AS htx,
             count(*) AS all_persons
      FROM person_orgs GROUP BY grp
    ),
    ${yearInputsTail(c, Prisma.sql`true`)}`;
}

/** Read from the pre-aggregated facts of the year (the snapshot must hold c.asOf). */
export function snapshotStatement(c: StatementContext): Prisma.Sql {
  return Prisma.sql`
    WITH ${paramsCte(c.asOf, c.year)},
    ${unitMapCte(c)},
    -- whether the year's facts are still those of c.asOf (checked in the same snapshot of
    -- the database as the facts read below)
    held AS (
      SELECT EXISTS (SELECT 1 FROM "TargetSnapshot" s, p WHERE s.year = p.yr AND s."asOf" = p.as_of) AS ok
    ),
    facts AS MATERIALIZED (
      SELECT f."organisationId" AS id, f.type::text AS type, f."hasRegister" AS reg,
             ${groupExpr(c, Prisma.sql`f`)} AS grp,
             f.reported, f.effective, f."hasReport" AS has_report,
             f."hasRating" AS has_rating, f.eligible, f.level::text AS level,
             f."foundedRecently" AS founded_recently, f.chain AS chain_any, f.digital AS digital_any,
             f.tech AS tech_any, f."techEvidence" AS tech_evidence_any, f."memberPairs" AS member_pairs,
             f."unionMembers" AS union_members
      FROM "TargetOrgFact" f JOIN unit_map um ON um.unit_id = f."communeId"
      WHERE f.year = ${c.year}::int AND ${filterWhere(c, Prisma.sql`f`)}
    ),
    -- memberPairs is each register THT/HTX's distinct persons, so their sum is the
    -- distinct (organisation, person) pairs. A person in k of the selected organisations
    -- of a group is counted k times there instead of once: over the persons in several
    -- organisations (TargetMemberOverlap, filtered like the facts), rows less distinct
    -- persons is exactly that excess. No join and no per-person grouping: 4× faster than
    -- grouping the overlap by person (EXPLAIN ANALYZE, docs/performance.md).
    pair_sums AS (
      SELECT grp, coalesce(sum(member_pairs) FILTER (WHERE type = 'THT'), 0) AS tht_pairs,
             coalesce(sum(member_pairs) FILTER (WHERE type = 'HTX'), 0) AS htx_pairs
      FROM facts GROUP BY grp
    ),
    overcount AS (
      SELECT ${groupExpr(c, Prisma.sql`x`)} AS grp,
             count(*) FILTER (WHERE x.type = 'THT') - count(DISTINCT x."personId") FILTER (WHERE x.type = 'THT') AS t,
             count(*) FILTER (WHERE x.type = 'HTX') - count(DISTINCT x."personId") FILTER (WHERE x.type = 'HTX') AS h,
             count(*) - count(DISTINCT x."personId") AS a
      FROM "TargetMemberOverlap" x JOIN unit_map um ON um.unit_id = x."communeId"
      WHERE x.year = ${c.year}::int AND ${filterWhere(c, Prisma.sql`x`)}
      GROUP BY 1
    ),
    persons AS (
      SELECT s.grp, s.tht_pairs, s.htx_pairs,
             s.tht_pairs - coalesce(oc.t, 0) AS tht,
             s.htx_pairs - coalesce(oc.h, 0) AS htx,
             s.tht_pairs + s.htx_pairs - coalesce(oc.a, 0) AS all_persons
      FROM pair_sums s LEFT JOIN overcount oc ON oc.grp = s.grp
    ),
    ${yearInputsTail(c, Prisma.sql`(SELECT ok FROM held)`)}`;
}

/**
 * The rest of both statements, given CTEs "p", "unit_map", "facts" (one row per active
 * organisation of the selection: the columns of ORG_FACTS_CTE and grp) and "persons"
 * (per grp: tht_pairs, htx_pairs, tht, htx, all_persons): classifies, adds population,
 * and sums per group. `held` is returned as column
 * "held" (false: the snapshot no longer holds this date).
 */
function yearInputsTail(c: StatementContext, held: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    -- Every fact is already in the chosen state of the data (approved or working): the
    -- approval gate works on rows, so every fact counts here.
    classified AS (SELECT f.* FROM facts f),
    rated AS (
      SELECT c.*,
        CASE
          WHEN c.has_rating THEN
            CASE WHEN NOT c.eligible THEN 'INELIGIBLE'
                 WHEN c.level IS NULL THEN 'UNRATED'
                 WHEN c.level IN ('GOOD', 'FAIR') THEN 'GOOD_FAIR'
                 ELSE 'OTHER' END
          WHEN c.founded_recently THEN 'INELIGIBLE'
          ELSE 'UNRATED'
        END AS rating_class,
        c.chain_any AS chain,
        c.digital_any AS digital,
        c.tech_any AS tech,
        c.tech_evidence_any AS tech_evidence
      FROM classified c
    ),
    pop_units AS (
      SELECT CASE ${c.by}::text WHEN 'commune' THEN um.commune_grp ELSE NULL END AS grp,
             pp.population,
             (a."validFrom" <= p.as_of AND (a."validTo" IS NULL OR a."validTo" >= p.as_of)) AS exists_now
      FROM unit_map um JOIN "AreaUnit" a ON a.id = um.unit_id CROSS JOIN p
      -- a join, not a subquery per unit: one hashed pass for 10,000 communes
      LEFT JOIN ${c.T.Population} pp ON pp."areaUnitId" = a.id AND pp.year = p.yr
    ),
    pop AS (
      SELECT grp, coalesce(sum(population), 0) AS population,
             count(*) FILTER (WHERE exists_now AND population IS NULL) AS missing
      FROM pop_units GROUP BY grp
    ),
    per_org AS (
      SELECT r.*,
        -- register organisations' members come from persons.*_pairs
        CASE WHEN r.type = 'LHHTX' OR r.reg THEN 0
             WHEN r.reported IS NOT NULL THEN r.reported
             ELSE 0 END AS members,
        (r.type <> 'LHHTX' AND NOT r.reg AND r.reported IS NOT NULL) AS members_reported,
        (r.type <> 'LHHTX' AND NOT r.reg AND r.reported IS NULL) AS no_register_no_report
      FROM rated r
    )
    SELECT g.grp,
      count(*) FILTER (WHERE type = 'THT') AS "activeTht",
      count(*) FILTER (WHERE type = 'HTX') AS "activeHtx",
      count(*) FILTER (WHERE type = 'LHHTX') AS "activeLhhtx",
      coalesce(sum(members) FILTER (WHERE type = 'THT'), 0) + coalesce(max(ps.tht_pairs), 0) AS "thtMembers",
      coalesce(sum(members) FILTER (WHERE type = 'HTX'), 0) + coalesce(max(ps.htx_pairs), 0) AS "htxMembers",
      coalesce(sum(members) FILTER (WHERE type = 'THT' AND members_reported), 0) AS "thtMembersReportedNoRegister",
      coalesce(sum(members) FILTER (WHERE type = 'HTX' AND members_reported), 0) AS "htxMembersReportedNoRegister",
      count(*) FILTER (WHERE type = 'THT' AND no_register_no_report) AS "thtNoRegisterNoReport",
      count(*) FILTER (WHERE type = 'HTX' AND no_register_no_report) AS "htxNoRegisterNoReport",
      count(*) FILTER (WHERE type = 'HTX' AND rating_class <> 'INELIGIBLE') AS "htxEligible",
      count(*) FILTER (WHERE type = 'HTX' AND rating_class = 'GOOD_FAIR') AS "htxGoodFair",
      count(*) FILTER (WHERE type = 'HTX' AND rating_class = 'UNRATED') AS "htxEligibleUnrated",
      count(*) FILTER (WHERE type = 'HTX' AND rating_class = 'INELIGIBLE') AS "htxIneligible",
      count(*) FILTER (WHERE type = 'LHHTX' AND rating_class <> 'INELIGIBLE') AS "lhhtxEligible",
      count(*) FILTER (WHERE type = 'LHHTX' AND rating_class = 'GOOD_FAIR') AS "lhhtxGoodFair",
      count(*) FILTER (WHERE type = 'LHHTX' AND rating_class = 'UNRATED') AS "lhhtxEligibleUnrated",
      count(*) FILTER (WHERE type = 'LHHTX' AND rating_class = 'INELIGIBLE') AS "lhhtxIneligible",
      count(*) FILTER (WHERE type = 'THT' AND chain) AS "thtWithChain",
      count(*) FILTER (WHERE type = 'HTX' AND chain) AS "htxWithChain",
      count(*) FILTER (WHERE type = 'LHHTX' AND chain) AS "lhhtxWithChain",
      count(*) FILTER (WHERE type = 'HTX' AND chain AND rating_class = 'GOOD_FAIR') AS "htxGoodFairWithChain",
      count(*) FILTER (WHERE type = 'LHHTX' AND chain AND rating_class = 'GOOD_FAIR') AS "lhhtxGoodFairWithChain",
      count(*) FILTER (WHERE type = 'THT' AND chain AND effective IS TRUE) AS "thtEffectiveWithChain",
      coalesce(sum(union_members) FILTER (WHERE type = 'LHHTX'), 0) AS "lhhtxMemberOrgs",
      count(*) FILTER (WHERE type = 'HTX' AND tech) AS "htxHighTech",
      count(*) FILTER (WHERE type = 'HTX' AND tech AND NOT tech_evidence) AS "htxHighTechNoEvidence",
      max(ps.tht) AS "thtDistinctPersons",
      max(ps.htx) AS "htxDistinctPersons",
      max(ps.all_persons) AS "distinctMemberPersons",
      max(pop.population) AS "population",
      max(pop.missing) AS "populationUnitsMissing",
      count(*) FILTER (WHERE type = 'THT' AND effective IS TRUE) AS "thtEffective",
      count(*) FILTER (WHERE type = 'THT' AND NOT (has_report AND effective IS NOT NULL)) AS "thtNotAssessed",
      count(*) FILTER (WHERE type = 'THT' AND digital) AS "thtDigital",
      count(*) FILTER (WHERE type = 'HTX' AND digital) AS "htxDigital",
      count(*) FILTER (WHERE type = 'LHHTX' AND digital) AS "lhhtxDigital",
      ${held} AS held
    FROM (
      -- every group that has organisations or population, so a commune with people but
      -- no active organisation still shows up (with zeros)
      SELECT grp FROM facts
      UNION SELECT grp FROM pop WHERE grp IS NOT NULL
      UNION SELECT 0 WHERE ${c.by}::text = 'none'
    ) g
    LEFT JOIN per_org po ON po.grp = g.grp
    LEFT JOIN persons ps ON ps.grp = g.grp
    LEFT JOIN pop ON pop.grp IS NOT DISTINCT FROM (CASE ${c.by}::text WHEN 'commune' THEN g.grp ELSE NULL END)
    GROUP BY g.grp`;
}
