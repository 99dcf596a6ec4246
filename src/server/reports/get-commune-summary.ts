import type { PrismaClient } from "@/generated/prisma/client";

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
  const rows = await prisma.$queryRaw<
    {
      communeId: number;
      communeName: string;
      communeKind: string;
      validTo: Date | null;
      activeTht: bigint;
      activeHtx: bigint;
      activeLhhtx: bigint;
      inactive: bigint;
      registerMembers: bigint;
    }[]
  >`
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
    ORDER BY a.name`;
  return rows.map((r) => ({
    ...r,
    activeTht: Number(r.activeTht),
    activeHtx: Number(r.activeHtx),
    activeLhhtx: Number(r.activeLhhtx),
    inactive: Number(r.inactive),
    registerMembers: Number(r.registerMembers),
  }));
}
