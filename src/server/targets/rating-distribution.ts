// The rating distribution of the overview: active HTX per year by level, from the
// pre-aggregated facts when every year has them, else counted live.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import type { AggregateOptions, YearInputs } from "@/domain/targets/facts";
import { RATING_LEVEL_LABELS } from "@/domain/labels";
import type { SnapshotRatingRow } from "@/domain/reports/snapshot";
import { col, queryRows } from "../db/typed-sql";
import type { SnapshotYears } from "../targets-sql/load-year-inputs";
import { sourceTables, stateOf } from "../targets-sql/source-tables";

/** Active HTX of a year by rating level; a report freezes these rows as they are. */
export type RatingDistributionRow = SnapshotRatingRow;

type Level = keyof typeof RATING_LEVEL_LABELS;
const Row = z.object({
  year: col.int(),
  level: col.oneOf(Object.keys(RATING_LEVEL_LABELS) as Level[]),
  n: col.int(),
});

/**
 * Ratings of the active HTX per year, by level. Unrated and ineligible counts come
 * from the engine's inputs (which also count eligible HTX with no rating row), so each
 * year's bar adds up to the active HTX of that year.
 */
export async function getRatingDistribution(
  prisma: PrismaClient,
  o: Omit<AggregateOptions, "asOf" | "year">,
  series: Map<number, YearInputs>,
  asOfFor: (year: number) => string,
  snapshots: SnapshotYears,
): Promise<RatingDistributionRow[]> {
  if (o.orgTypes && !o.orgTypes.includes("HTX")) return [];
  const sectors = o.sectors?.length ? o.sectors : null;
  const years = [...series.keys()];
  const asOfs = years.map(asOfFor);
  // From the pre-aggregated facts when every year has them (the same rule: rated,
  // eligible HTX active at the as-of date, in the chosen state of the data).
  const T = sourceTables(stateOf(o));
  // The facts hold the approved state: the working state is counted live.
  const fromFacts = o.approvedOnly && years.every((y, i) => snapshots.get(y) === asOfs[i]);
  const sql = fromFacts
    ? Prisma.sql`
    SELECT f.year, f.level::text AS level, count(*) AS n
    FROM "TargetOrgFact" f
    WHERE f.year = ANY(${years}::int[]) AND f.type = 'HTX' AND f."hasRating" AND f.eligible AND f.level IS NOT NULL
      AND f."communeId" = ANY(${o.scopeUnitIds}::int[])
      AND (${sectors}::text[] IS NULL OR f.sector::text = ANY(${sectors}::text[]))
    GROUP BY f.year, f.level`
    : Prisma.sql`
    SELECT r.year, r.level::text AS level, count(*) AS n
    FROM unnest(${years}::int[], ${asOfs}::date[]) AS y(year, as_of)
    JOIN ${T.Rating} r ON r.year = y.year
    JOIN ${T.Organisation} o ON o.id = r."organisationId"
    WHERE o.type = 'HTX' AND r.eligible AND r.level IS NOT NULL
      AND o."communeId" = ANY(${o.scopeUnitIds}::int[])
      AND (${sectors}::text[] IS NULL OR o.sector::text = ANY(${sectors}::text[]))
      AND (o."foundedOn" IS NULL OR o."foundedOn" <= y.as_of)
      AND (SELECT s.status FROM "OrgStatusChange" s
           WHERE s."organisationId" = o.id AND s."effectiveFrom" <= y.as_of
           ORDER BY s."effectiveFrom" DESC LIMIT 1) = 'ACTIVE'
    GROUP BY r.year, r.level`;
  const rows = await queryRows(
    prisma,
    fromFacts ? "rating distribution (facts)" : "rating distribution (live)",
    Row,
    sql,
  );
  return years.map((year) => {
    const i = series.get(year)!;
    const row: RatingDistributionRow = {
      year,
      GOOD: 0,
      FAIR: 0,
      AVERAGE: 0,
      WEAK: 0,
      unrated: i.htxEligibleUnrated,
      ineligible: i.htxIneligible,
    };
    for (const r of rows) if (r.year === year) row[r.level] = r.n;
    return row;
  });
}
