// Members of one organisation at each year end, counted by PostgreSQL: one row per year
// (generate_series), memberships in force at the year end counted per member type. The
// memberships themselves never leave the database.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { col, queryRows } from "../db/typed-sql";

export type MembersOfYear = {
  year: number;
  /** The count date: 31/12 of the year, or `today` for the current year. ISO date. */
  asOf: string;
  /** From the member register (persons counted once even with two memberships). */
  register: { official: number; associateCapital: number; associateNoCapital: number; total: number };
  /** Reported in the year's AnnualReport, null when not reported. */
  reported: number | null;
  reportedOfficial: number | null;
  /** For a union (LHHTX): member cooperatives in force at the count date. */
  unionMembers: number;
};

const Row = z.object({
  year: col.int(),
  as_of: col.isoDate(),
  official: col.int(),
  associate_capital: col.int(),
  associate_no_capital: col.int(),
  total: col.int(),
  reported: col.int().nullable(),
  reported_official: col.int().nullable(),
  union_members: col.int(),
});

/**
 * Years from the first with data (founding, first membership, first report) to the
 * later of the current year and the last report. A membership is in force at date D
 * when joinedOn <= D and (leftOn is null or leftOn > D), as in the targets' aggregates.
 */
export async function getOrganisationMembersPerYear(
  prisma: PrismaClient,
  organisationId: number,
  today: string = todayIsoInVietnam(),
): Promise<MembersOfYear[]> {
  const rows = await queryRows(
    prisma,
    "members per year",
    Row,
    Prisma.sql`
    WITH p AS (SELECT ${organisationId}::int AS org, ${today}::date AS today),
    bounds AS (
      SELECT least(
               (SELECT extract(year FROM o."foundedOn")::int FROM "Organisation" o WHERE o.id = p.org),
               (SELECT min(extract(year FROM m."joinedOn"))::int FROM "Membership" m WHERE m."organisationId" = p.org),
               (SELECT min(extract(year FROM u."joinedOn"))::int FROM "UnionMembership" u WHERE u."unionId" = p.org),
               (SELECT min(r.year) FROM "AnnualReport" r WHERE r."organisationId" = p.org)
             ) AS y0,
             greatest(extract(year FROM p.today)::int,
                      (SELECT max(r.year) FROM "AnnualReport" r WHERE r."organisationId" = p.org)) AS y1
      FROM p
    ),
    years AS (
      SELECT gs.y AS year,
             CASE WHEN gs.y = extract(year FROM p.today)::int THEN p.today ELSE make_date(gs.y, 12, 31) END AS as_of
      FROM bounds, p, generate_series(bounds.y0, bounds.y1) AS gs(y)
    )
    SELECT y.year, y.as_of,
           mc.official, mc.associate_capital, mc.associate_no_capital, mc.total,
           r."memberCount" AS reported, r."officialMemberCount" AS reported_official,
           uc.n AS union_members
    FROM years y CROSS JOIN p
    LEFT JOIN LATERAL (
      SELECT count(DISTINCT m."personId") FILTER (WHERE m."memberType" = 'OFFICIAL') AS official,
             count(DISTINCT m."personId") FILTER (WHERE m."memberType" = 'ASSOCIATE_CAPITAL') AS associate_capital,
             count(DISTINCT m."personId") FILTER (WHERE m."memberType" = 'ASSOCIATE_NO_CAPITAL') AS associate_no_capital,
             count(DISTINCT m."personId") AS total
      FROM "Membership" m
      WHERE m."organisationId" = p.org AND m."joinedOn" <= y.as_of AND (m."leftOn" IS NULL OR m."leftOn" > y.as_of)
    ) mc ON TRUE
    LEFT JOIN LATERAL (
      SELECT count(DISTINCT u."memberOrgId") AS n
      FROM "UnionMembership" u
      WHERE u."unionId" = p.org AND u."joinedOn" <= y.as_of AND (u."leftOn" IS NULL OR u."leftOn" > y.as_of)
    ) uc ON TRUE
    LEFT JOIN "AnnualReport" r ON r."organisationId" = p.org AND r.year = y.year
    ORDER BY y.year`,
  );
  return rows.map((r) => ({
    year: r.year,
    asOf: r.as_of,
    register: {
      official: r.official,
      associateCapital: r.associate_capital,
      associateNoCapital: r.associate_no_capital,
      total: r.total,
    },
    reported: r.reported,
    reportedOfficial: r.reported_official,
    unionMembers: r.union_members,
  }));
}
