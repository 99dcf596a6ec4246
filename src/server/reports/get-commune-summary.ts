import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { col, queryRows } from "../db/typed-sql";
import { inUnitListOrder } from "../territory/unit-list-order";

export type CommuneSummaryRow = {
  communeId: number;
  /** "Xã Phú Thành"; a dissolved commune: "Xã Bình Phú (cũ) – nay thuộc xã Phú Thành". */
  label: string;
  activeTht: number;
  activeHtx: number;
  activeLhhtx: number;
  inactive: number;
  registerMembers: number;
};

/** Organisations and register members per commune, aggregated in SQL; current communes
 *  first, dissolved ones marked with where they count today, in Vietnamese order. */
export async function getCommuneSummary(prisma: PrismaClient): Promise<CommuneSummaryRow[]> {
  const rows = await queryRows(
    prisma,
    "commune summary",
    z.object({
      communeId: col.int(),
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
    SELECT o."communeId",
      count(*) FILTER (WHERE o.type = 'THT' AND o."currentStatus" = 'ACTIVE') AS "activeTht",
      count(*) FILTER (WHERE o.type = 'HTX' AND o."currentStatus" = 'ACTIVE') AS "activeHtx",
      count(*) FILTER (WHERE o.type = 'LHHTX' AND o."currentStatus" = 'ACTIVE') AS "activeLhhtx",
      count(*) FILTER (WHERE o."currentStatus" <> 'ACTIVE') AS inactive,
      coalesce(sum(mb.n) FILTER (WHERE o."currentStatus" = 'ACTIVE' AND o.type <> 'LHHTX'), 0)::bigint AS "registerMembers"
    FROM "Organisation" o
    LEFT JOIN members mb ON mb."organisationId" = o.id
    GROUP BY o."communeId"`,
  );
  return inUnitListOrder(prisma, rows, (r) => r.communeId);
}
