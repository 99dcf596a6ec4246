// The SQL twin of aggregateYear() (src/domain/targets/aggregate.ts): the same YearInputs
// for one scope, as-of date and year, computed by PostgreSQL in one statement so that
// national-scale data (hundreds of thousands of organisations, millions of memberships)
// never travels into JavaScript. tests/db/targets-sql.test.ts feeds both the same rows
// and requires identical results, field by field.
import type { PrismaClient } from "@/generated/prisma/client";
import type { AggregateOptions, YearInputs } from "@/domain/targets/facts";
import { YEAR_INPUT_KEYS, emptyYearInputs } from "@/domain/targets/facts";
import { allowsConcurrentStatements } from "../db/connection";
import { mapLimited } from "../map-limited";

type Row = Record<string, bigint | number | string | null>;

/** Positions (1-based in SQL) of the sector and type groups. */
const SECTOR_KEYS = ["AGRICULTURE", "NON_AGRICULTURE", "CREDIT"];
const TYPE_KEYS = ["THT", "HTX", "LHHTX"];

/** How to split the figures: one total, or one YearInputs per commune / sector / type. */
export type Grouping =
  | { by: "none" }
  /** unitGroup maps every scope unit to the unit it is shown under (itself, or the
   *  successor of a ceased commune: effectiveUnitFor()). */
  | { by: "commune"; unitGroup: ReadonlyMap<number, number> }
  | { by: "sector" }
  | { by: "type" };

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
 * transaction, one after the other.
 */
export async function loadYearSeries(
  prisma: PrismaClient,
  base: Omit<AggregateOptions, "asOf" | "year">,
  years: readonly number[],
  asOfFor: (year: number) => string,
): Promise<Map<number, YearInputs>> {
  const load = (year: number) => loadYearInputs(prisma, { ...base, asOf: asOfFor(year), year });
  const results = await mapLimited(years, statementConcurrency(prisma), load);
  return new Map(years.map((year, i) => [year, results[i]]));
}

/** YearInputs for the whole selection (see aggregateYear for the semantics). */
export async function loadYearInputs(prisma: PrismaClient, options: AggregateOptions): Promise<YearInputs> {
  const groups = await loadYearInputsGrouped(prisma, options, { by: "none" });
  return groups.get("all") ?? emptyYearInputs();
}

/**
 * YearInputs per group in one statement. Population and its gaps are per commune when
 * grouping by commune; for sector and type groups they are the whole selection's.
 */
export async function loadYearInputsGrouped(
  prisma: PrismaClient,
  options: AggregateOptions,
  grouping: Grouping,
): Promise<Map<string, YearInputs>> {
  const { asOf, year } = options;
  const unitIds = [...new Set(options.scopeUnitIds)];
  const groupIds = unitIds.map((id) => (grouping.by === "commune" ? (grouping.unitGroup.get(id) ?? id) : id));
  const by = grouping.by;
  const sectors = options.sectors?.length ? options.sectors : null;
  const types = options.orgTypes?.length ? options.orgTypes : null;
  const approvedOnly = options.approvedOnly === true;
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

  const rows = await prisma.$queryRaw<Row[]>`
    WITH p AS (
      SELECT ${asOf}::date AS as_of, ${year}::int AS yr, make_date(${year}::int, 1, 1) AS y0,
             (${asOf}::date - interval '1 year')::date AS as_of_1y
    ),
    -- active organisations of the scope: founded by as_of and the latest status change
    -- on or before as_of is ACTIVE (index lookup on OrgStatusChange(organisationId, effectiveFrom))
    unit_map AS (
      SELECT * FROM unnest(${unitIds}::int[], ${groupIds}::int[]) AS u(unit_id, commune_grp)
    ),
    -- Inlined where it is used (NOT MATERIALIZED) so the planner estimates from the
    -- base tables' statistics; "orgs" is its one materialised copy for the per-org rows.
    orgs_def AS NOT MATERIALIZED (
      SELECT o.id, o.type::text AS type, o.type AS type_enum, o."hasMemberRegister" AS reg, o."foundedOn",
             CASE ${by}::text WHEN 'commune' THEN um.commune_grp
                              WHEN 'sector' THEN array_position(${SECTOR_KEYS}::text[], o.sector::text)
                              WHEN 'type' THEN array_position(${TYPE_KEYS}::text[], o.type::text)
                              ELSE 0 END AS grp
      FROM "Organisation" o JOIN unit_map um ON um.unit_id = o."communeId" CROSS JOIN p
      -- LATERAL rather than a scalar subquery in WHERE: the planner then estimates
      -- "status = ACTIVE" from the column's statistics (most rows) instead of a 0.5 %
      -- guess, which made it probe Membership per organisation at national scale.
      CROSS JOIN LATERAL (
        SELECT s.status FROM "OrgStatusChange" s
        WHERE s."organisationId" = o.id AND s."effectiveFrom" <= p.as_of
        ORDER BY s."effectiveFrom" DESC LIMIT 1
      ) st
      WHERE st.status = 'ACTIVE'
        AND (${sectors}::text[] IS NULL OR o.sector::text = ANY(${sectors}::text[]))
        AND (${types}::text[] IS NULL OR o.type::text = ANY(${types}::text[]))
        AND (o."foundedOn" IS NULL OR o."foundedOn" <= p.as_of)
    ),
    orgs AS MATERIALIZED (SELECT * FROM orgs_def),
    -- one row per active organisation with its yearly data; "usable" implements
    -- approvedOnly: the year's report envelope must be APPROVED for year-keyed data
    org_year AS (
      SELECT o.*, r."memberCount" AS reported, r.effective, (r.id IS NOT NULL) AS has_report,
             coalesce(NOT ${approvedOnly}::boolean OR r."approvalStatus" = 'APPROVED', false) AS usable,
             rt.id AS rating_id, rt.eligible, rt.level::text AS level
      FROM orgs o CROSS JOIN p
      LEFT JOIN "AnnualReport" r ON r."organisationId" = o.id AND r.year = p.yr
      LEFT JOIN "Rating" rt ON rt."organisationId" = o.id AND rt.year = p.yr
    ),
    classified AS (
      SELECT oy.*,
        CASE
          WHEN oy.usable AND oy.rating_id IS NOT NULL THEN
            CASE WHEN NOT oy.eligible THEN 'INELIGIBLE'
                 WHEN oy.level IS NULL THEN 'UNRATED'
                 WHEN oy.level IN ('GOOD', 'FAIR') THEN 'GOOD_FAIR'
                 ELSE 'OTHER' END
          WHEN oy."foundedOn" IS NOT NULL AND oy."foundedOn" > p.as_of_1y THEN 'INELIGIBLE'
          ELSE 'UNRATED'
        END AS rating_class,
        -- EXISTS: PostgreSQL picks per-organisation index probes for a small scope and
        -- one hashed pass over the table for a large one (the estimate of "orgs" decides)
        (oy.usable AND EXISTS (
          SELECT 1 FROM "ValueChainLink" l
          WHERE l."organisationId" = oy.id AND l."validFrom" <= p.as_of AND (l."validTo" IS NULL OR l."validTo" >= p.y0)
        )) AS chain,
        (oy.usable AND EXISTS (
          SELECT 1 FROM "DigitalPractice" d WHERE d."organisationId" = oy.id AND d.year = p.yr
        )) AS digital,
        (oy.usable AND EXISTS (
          SELECT 1 FROM "HighTechApplication" h
          WHERE h."organisationId" = oy.id AND h."validFrom" <= p.as_of AND (h."validTo" IS NULL OR h."validTo" >= p.y0)
        )) AS tech,
        (oy.usable AND EXISTS (
          SELECT 1 FROM "HighTechApplication" h
          WHERE h."organisationId" = oy.id AND h."validFrom" <= p.as_of AND (h."validTo" IS NULL OR h."validTo" >= p.y0)
            AND h.evidence IS NOT NULL AND btrim(h.evidence) <> ''
        )) AS tech_evidence
      FROM org_year oy CROSS JOIN p
    ),
    -- memberships in force at as_of in active THT/HTX that keep a register
    mem AS (
      SELECT m."organisationId" AS id, m."personId" AS pid, (o.type_enum = 'THT') AS tht, o.grp
      FROM "Membership" m
      JOIN orgs_def o ON o.id = m."organisationId" AND o.reg AND o.type_enum IN ('THT', 'HTX')
      CROSS JOIN p
      WHERE m."joinedOn" <= p.as_of AND (m."leftOn" IS NULL OR m."leftOn" > p.as_of)
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
    pop_units AS (
      SELECT CASE ${by}::text WHEN 'commune' THEN um.commune_grp ELSE NULL END AS grp,
             (SELECT pp.population FROM "Population" pp WHERE pp."areaUnitId" = a.id AND pp.year = p.yr) AS population,
             (a."validFrom" <= p.as_of AND (a."validTo" IS NULL OR a."validTo" >= p.as_of)) AS exists_now
      FROM unit_map um JOIN "AreaUnit" a ON a.id = um.unit_id, p
    ),
    pop AS (
      SELECT grp, coalesce(sum(population), 0) AS population,
             count(*) FILTER (WHERE exists_now AND population IS NULL) AS missing
      FROM pop_units GROUP BY grp
    ),
    per_org AS (
      SELECT c.*,
        -- register organisations' members come from persons.*_pairs
        CASE WHEN c.type = 'LHHTX' OR c.reg THEN 0
             WHEN c.usable AND c.reported IS NOT NULL THEN c.reported
             ELSE 0 END AS members,
        (c.type <> 'LHHTX' AND NOT c.reg AND c.usable AND c.reported IS NOT NULL) AS members_reported,
        (c.type <> 'LHHTX' AND NOT c.reg AND NOT (c.usable AND c.reported IS NOT NULL)) AS no_register_no_report
      FROM classified c
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
      count(*) FILTER (WHERE type = 'THT' AND usable AND effective IS TRUE) AS "thtEffective",
      count(*) FILTER (WHERE type = 'THT' AND NOT (usable AND has_report AND effective IS NOT NULL)) AS "thtNotAssessed",
      count(*) FILTER (WHERE type = 'THT' AND digital) AS "thtDigital",
      count(*) FILTER (WHERE type = 'HTX' AND digital) AS "htxDigital",
      count(*) FILTER (WHERE type = 'LHHTX' AND digital) AS "lhhtxDigital"
    FROM (
      -- every group that has organisations or population, so a commune with people but
      -- no active organisation still shows up (with zeros)
      SELECT grp FROM orgs
      UNION SELECT grp FROM pop WHERE grp IS NOT NULL
      UNION SELECT 0 WHERE ${by}::text = 'none'
    ) g
    LEFT JOIN per_org po ON po.grp = g.grp
    LEFT JOIN persons ps ON ps.grp = g.grp
    LEFT JOIN pop ON pop.grp IS NOT DISTINCT FROM (CASE ${by}::text WHEN 'commune' THEN g.grp ELSE NULL END)
    GROUP BY g.grp`;

  const out = new Map<string, YearInputs>();
  for (const row of rows) {
    const inputs = {} as YearInputs;
    for (const key of YEAR_INPUT_KEYS) inputs[key] = Number(row[key] ?? 0);
    out.set(groupKey(Number(row.grp)), inputs);
  }
  return out;
}
