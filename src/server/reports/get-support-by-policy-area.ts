// Support delivered under each policy area of programme section IV.2, aggregated in SQL:
// distinct organisations supported and amounts for the report's year, and cumulatively
// since the programme's first year. Support is recorded per year, so a quarter's report
// shows the year to date. A total row (GROUPING SETS) counts an organisation supported
// under several areas once.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { POLICY_AREAS, type PolicyArea } from "@/domain/labels";
import { sourceTables, stateOf } from "../targets-sql/source-tables";
import { col, queryRows } from "../db/typed-sql";

export type SupportTotals = {
  organisations: number;
  amount: bigint;
  cumulativeOrganisations: number;
  cumulativeAmount: bigint;
};
export type SupportByArea = { rows: (SupportTotals & { area: PolicyArea })[]; total: SupportTotals };

type Db = PrismaClient | Prisma.TransactionClient;

export async function getSupportByPolicyArea(
  prisma: Db,
  o: {
    year: number;
    firstYear: number;
    scopeUnitIds: number[];
    sectors?: string[];
    orgTypes?: string[];
    /** Approved support only (the approval gate's approved state), as the report's figures. */
    approvedOnly?: boolean;
  },
): Promise<SupportByArea> {
  const T = sourceTables(stateOf(o));
  const sectors = o.sectors?.length ? o.sectors : null;
  const types = o.orgTypes?.length ? o.orgTypes : null;
  const rows = await queryRows(
    prisma,
    "support by policy area",
    z.object({
      area: col.oneOf(Object.keys(POLICY_AREAS) as PolicyArea[]).nullable(),
      orgs: col.int(),
      amount: col.bigint(),
      cum_orgs: col.int(),
      cum_amount: col.bigint(),
    }),
    Prisma.sql`
    SELECT s."policyArea"::text AS area,
      count(DISTINCT s."organisationId") FILTER (WHERE s.year = ${o.year}) AS orgs,
      coalesce(sum(s.amount) FILTER (WHERE s.year = ${o.year}), 0)::bigint AS amount,
      count(DISTINCT s."organisationId") AS cum_orgs,
      coalesce(sum(s.amount), 0)::bigint AS cum_amount
    FROM ${T.SupportReceived} s
    JOIN ${T.Organisation} o ON o.id = s."organisationId"
    WHERE s.year BETWEEN ${o.firstYear} AND ${o.year}
      AND o."communeId" = ANY(${o.scopeUnitIds}::int[])
      AND (${sectors}::text[] IS NULL OR o.sector::text = ANY(${sectors}::text[]))
      AND (${types}::text[] IS NULL OR o.type::text = ANY(${types}::text[]))
    GROUP BY GROUPING SETS ((s."policyArea"), ())`,
  );
  const toTotals = (r: (typeof rows)[number] | undefined): SupportTotals => ({
    organisations: r?.orgs ?? 0,
    amount: r?.amount ?? 0n,
    cumulativeOrganisations: r?.cum_orgs ?? 0,
    cumulativeAmount: r?.cum_amount ?? 0n,
  });
  // Every area of IV.2 gets a row, in the programme's order, zeros included.
  return {
    rows: (Object.keys(POLICY_AREAS) as PolicyArea[]).map((area) => ({
      area,
      ...toTotals(rows.find((r) => r.area === area)),
    })),
    total: toTotals(rows.find((r) => r.area === null)),
  };
}
