// The SQL twin of aggregateYear() (src/domain/targets/aggregate.ts): the same YearInputs
// for one scope, as-of date and year, computed by PostgreSQL in one statement so that
// national-scale data (hundreds of thousands of organisations, millions of memberships)
// never travels into JavaScript. Two sources give the same figures:
// - live: counts from the registers themselves, for any as-of date;
// - snapshot: reads the pre-aggregated facts of snapshots.ts (one row per active
//   organisation and year, plus the persons who are members of several), kept for the
//   year-ends and today and refreshed on write: a national series in a fraction of the time.
// tests/db/targets-sql.test.ts (live) and tests/db/target-snapshots.test.ts (snapshot)
// feed them and the reference the same rows and require identical results, field by field.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { AggregateOptions, OrgType, Sector, YearInputs } from "@/domain/targets/facts";
import { YEAR_INPUT_KEYS, emptyYearInputs } from "@/domain/targets/facts";
import { allowsConcurrentStatements } from "../db/connection";
import { ORG_TYPE, SECTOR } from "@/domain/enums";
import { mapLimited } from "../map-limited";
import { readsPerOrganisation, sourceTables, stateOf, type SourceTables } from "./source-tables";

type Row = Record<string, bigint | number | string | boolean | null>;

// Group numbers follow the order of the one source (src/domain/enums.ts).
const SECTOR_KEYS: readonly string[] = SECTOR.values;
const TYPE_KEYS: readonly string[] = ORG_TYPE.values;

/** How to split the figures: one total, or one YearInputs per commune / sector / type. */
export type Grouping =
  | { by: "none" }
  /** unitGroup maps every scope unit to the unit it is shown under (itself, or the
   *  successor of a ceased commune: effectiveUnitFor()). */
  | { by: "commune"; unitGroup: ReadonlyMap<number, number> }
  | { by: "sector" }
  | { by: "type" };

/** Years whose pre-aggregated facts are current, with the as-of date they hold (readySnapshots()). */
export type SnapshotYears = ReadonlyMap<number, string>;

/** At most this many yearly statements at once on a server (2 cores here: more only queue). */
const CONCURRENT_STATEMENTS = 2;

/** How many of these statements may run at once on this client. */
export function statementConcurrency(prisma: PrismaClient): number {
  return allowsConcurrentStatements(prisma) ? CONCURRENT_STATEMENTS : 1;
}

/**
 * One YearInputs per year, each as of `asOfFor(year)`. On a PostgreSQL server the yearly
 * statements run two at a time (each is single-threaded in PostgreSQL, so the national
 * series takes about half the time on two cores); on the embedded database or inside a
 * transaction, one after the other. A year whose snapshot holds that as-of date is read
 * from it.
 */
export async function loadYearSeries(
  prisma: PrismaClient,
  base: Omit<AggregateOptions, "asOf" | "year">,
  years: readonly number[],
  asOfFor: (year: number) => string,
  snapshots?: SnapshotYears,
): Promise<Map<number, YearInputs>> {
  const load = (year: number) => loadYearInputs(prisma, { ...base, asOf: asOfFor(year), year }, snapshots);
  const results = await mapLimited(years, statementConcurrency(prisma), load);
  return new Map(years.map((year, i) => [year, results[i]]));
}

/** YearInputs for the whole selection (see aggregateYear for the semantics). */
export async function loadYearInputs(
  prisma: PrismaClient,
  options: AggregateOptions,
  snapshots?: SnapshotYears,
): Promise<YearInputs> {
  const groups = await loadYearInputsGrouped(prisma, options, { by: "none" }, snapshots);
  return groups.get("all") ?? emptyYearInputs();
}

type StatementContext = {
  asOf: string;
  year: number;
  by: Grouping["by"];
  unitIds: number[];
  groupIds: number[];
  sectors: Sector[] | null;
  types: OrgType[] | null;
  T: SourceTables;
  perOrg: boolean;
};

/**
 * YearInputs per group in one statement. Population and its gaps are per commune when
 * grouping by commune; for sector and type groups they are the whole selection's.
 */
export async function loadYearInputsGrouped(
  prisma: PrismaClient,
  options: AggregateOptions,
  grouping: Grouping,
  snapshots?: SnapshotYears,
): Promise<Map<string, YearInputs>> {
  const { asOf, year } = options;
  const unitIds = [...new Set(options.scopeUnitIds)];
  const by = grouping.by;
  const ctx: StatementContext = {
    asOf,
    year,
    by,
    unitIds,
    groupIds: unitIds.map((id) => (grouping.by === "commune" ? (grouping.unitGroup.get(id) ?? id) : id)),
    sectors: options.sectors?.length ? options.sectors : null,
    types: options.orgTypes?.length ? options.orgTypes : null,
    T: sourceTables(stateOf(options)),
    perOrg: readsPerOrganisation(stateOf(options), unitIds.length),
  };
  // Groups are integers inside the statement (a commune id, a position in one of these
  // lists, 0 for the whole selection): sorting 1.9 million membership rows by an integer
  // key instead of a text one made the national statement ~1.7 s faster per year.
  const groupKey = (grp: number): string =>
    by === "commune"
      ? String(grp)
      : by === "sector"
        ? SECTOR_KEYS[grp - 1]
        : by === "type"
          ? TYPE_KEYS[grp - 1]
          : "all";

  // The pre-aggregated facts hold the approved state only (the default view); the working
  // state is always counted live.
  const fromSnapshot = options.approvedOnly === true && snapshots?.get(year) === asOf;
  let rows = fromSnapshot ? await prisma.$queryRaw<Row[]>(snapshotStatement(ctx)) : null;
  // The snapshots were read before this statement; if the year was rebuilt for another
  // date in between (the current year, after midnight), its facts are not c.asOf's.
  if (rows === null || rows.some((r) => r.held === false)) rows = await prisma.$queryRaw<Row[]>(liveStatement(ctx));

  const out = new Map<string, YearInputs>();
  for (const row of rows) {
    const inputs = {} as YearInputs;
    for (const key of YEAR_INPUT_KEYS) inputs[key] = Number(row[key] ?? 0);
    out.set(groupKey(Number(row.grp)), inputs);
  }
  return out;
}

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
 * practice, a high-tech application (with evidence) in force during the year. The live
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
             ) AS tech_evidence_any
      FROM orgs o CROSS JOIN p
      ${
        perOrg
          ? Prisma.sql`LEFT JOIN LATERAL (SELECT * FROM ${T.AnnualReport} r WHERE r."organisationId" = o.id AND r.year = p.yr OFFSET 0) r ON true
      LEFT JOIN LATERAL (SELECT * FROM ${T.Rating} rt WHERE rt."organisationId" = o.id AND rt.year = p.yr OFFSET 0) rt ON true`
          : Prisma.sql`LEFT JOIN ${T.AnnualReport} r ON r."organisationId" = o.id AND r.year = p.yr
      LEFT JOIN ${T.Rating} rt ON rt."organisationId" = o.id AND rt.year = p.yr`
      }
    )`;

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
function liveStatement(c: StatementContext): Prisma.Sql {
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
function snapshotStatement(c: StatementContext): Prisma.Sql {
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
             f.tech AS tech_any, f."techEvidence" AS tech_evidence_any, f."memberPairs" AS member_pairs
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
