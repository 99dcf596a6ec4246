import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { col, queryRows } from "../db/typed-sql";

export type CommuneSummaryRow = {
  communeId: number;
  communeName: string;
  communeKind: string;
  validTo: Date | null;
  activeTht: number;
  activeHtx: number;
  activeLhhtx: number;
  inactive: number;
  registerMembers: number;
};

/** Organisations and register members per commune, aggregated in SQL. */
export async function getCommuneSummary(prisma: PrismaClient): Promise<CommuneSummaryRow[]> {
  return queryRows(
    prisma,
    "commune summary",
    z.object({
      communeId: col.int(),
      communeName: col.text(),
      communeKind: col.text(),
      validTo: col.date().nullable(),
      activeTht: col.int(),
      activeHtx: col.int(),
      activeLhhtx: col.int(),
      inactive: col.int(),
      registerMembers: col.int(),
    }),
    Prisma.sql`
    WITH members AS (
      SELECT m."organisationId", count(*) AS n
      FROM "Membership" m
      WHERE m."leftOn" IS NULL
      GROUP BY m."organisationId"
    )
    SELECT a.id AS "communeId", a.name AS "communeName", a.kind AS "communeKind", a."validTo",
      count(*) FILTER (WHERE o.type = 'THT' AND o."currentStatus" = 'ACTIVE') AS "activeTht",
      count(*) FILTER (WHERE o.type = 'HTX' AND o."currentStatus" = 'ACTIVE') AS "activeHtx",
      count(*) FILTER (WHERE o.type = 'LHHTX' AND o."currentStatus" = 'ACTIVE') AS "activeLhhtx",
      count(*) FILTER (WHERE o."currentStatus" <> 'ACTIVE') AS inactive,
      coalesce(sum(mb.n) FILTER (WHERE o."currentStatus" = 'ACTIVE' AND o.type <> 'LHHTX'), 0)::bigint AS "registerMembers"
    FROM "Organisation" o
    JOIN "AreaUnit" a ON a.id = o."communeId"
    LEFT JOIN members mb ON mb."organisationId" = o.id
    GROUP BY a.id
    ORDER BY a.name`,
  );
}
