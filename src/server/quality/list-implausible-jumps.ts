// Organisations whose reported figures jump implausibly from the previous year to the
// chosen one. PostgreSQL pairs each report with the previous year's (LAG over the two
// years only) and keeps the pairs where at least one figure changed by the minimum
// absolute amount, a necessary condition of the rule; the rule itself (ratio, sign
// flips) lives in one place, src/domain/quality/jumps.ts, and runs on those few pairs.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { ORG_TYPE } from "@/domain/enums";
import type { OrgType } from "@/domain/targets/facts";
import { col, queryRows } from "../db/typed-sql";
import { JUMP_MIN_ABSOLUTE_CHANGE as MIN, findJumps, type JumpCheck } from "@/domain/quality/jumps";

export type OrganisationJumps = {
  id: number;
  code: string;
  name: string;
  type: OrgType;
  communeId: number;
  year: number;
  previousYear: number;
  jumps: JumpCheck[];
};

// Capital and revenue (VND, int8) as numbers: the jump rule compares ratios.
const Row = z.object({
  id: col.int(),
  code: col.text(),
  name: col.text(),
  type: col.oneOf(ORG_TYPE.values),
  communeId: col.int(),
  year: col.int(),
  prev_year: col.int(),
  member_count: col.int().nullable(),
  prev_member_count: col.int().nullable(),
  employee_count: col.int().nullable(),
  prev_employee_count: col.int().nullable(),
  charter_capital: col.number().nullable(),
  prev_charter_capital: col.number().nullable(),
  revenue: col.number().nullable(),
  prev_revenue: col.number().nullable(),
});

export async function listImplausibleJumps(
  prisma: PrismaClient,
  options: { year: number; scopeUnitIds: number[] },
): Promise<OrganisationJumps[]> {
  const rows = await queryRows(
    prisma,
    "implausible jumps",
    Row,
    Prisma.sql`
    WITH pairs AS (
      SELECT r."organisationId" AS org_id, r.year,
             lag(r.year) OVER w AS prev_year,
             r."memberCount" AS member_count, lag(r."memberCount") OVER w AS prev_member_count,
             r."employeeCount" AS employee_count, lag(r."employeeCount") OVER w AS prev_employee_count,
             r."charterCapital" AS charter_capital, lag(r."charterCapital") OVER w AS prev_charter_capital,
             r.revenue, lag(r.revenue) OVER w AS prev_revenue
      FROM "AnnualReport" r
      JOIN "Organisation" o ON o.id = r."organisationId"
      WHERE r.year IN (${options.year}::int - 1, ${options.year}::int)
        AND o."communeId" = ANY(${options.scopeUnitIds}::int[])
      WINDOW w AS (PARTITION BY r."organisationId" ORDER BY r.year)
    )
    SELECT o.id, o.code, o.name, o.type::text AS type, o."communeId", p.*
    FROM pairs p JOIN "Organisation" o ON o.id = p.org_id
    WHERE p.year = ${options.year}::int AND p.prev_year = ${options.year}::int - 1
      AND (abs(p.member_count - p.prev_member_count) >= ${MIN.memberCount}
        OR abs(p.employee_count - p.prev_employee_count) >= ${MIN.employeeCount}
        OR abs(p.charter_capital - p.prev_charter_capital) >= ${MIN.charterCapital}::bigint
        OR abs(p.revenue - p.prev_revenue) >= ${MIN.revenue}::bigint)
    ORDER BY o.name, o.id`,
  );
  const out: OrganisationJumps[] = [];
  for (const r of rows) {
    const jumps = findJumps(
      {
        memberCount: r.prev_member_count,
        employeeCount: r.prev_employee_count,
        charterCapital: r.prev_charter_capital,
        revenue: r.prev_revenue,
      },
      {
        memberCount: r.member_count,
        employeeCount: r.employee_count,
        charterCapital: r.charter_capital,
        revenue: r.revenue,
      },
    );
    if (jumps.length === 0) continue;
    out.push({
      id: r.id,
      code: r.code,
      name: r.name,
      type: r.type,
      communeId: r.communeId,
      year: r.year,
      previousYear: r.prev_year,
      jumps,
    });
  }
  return out;
}
