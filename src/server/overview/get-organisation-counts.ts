import type { PrismaClient } from "@/generated/prisma/client";

export type OrganisationCounts = {
  byType: Record<"THT" | "HTX" | "LHHTX", { active: number; total: number; activeMembers: number }>;
  communes: number;
};

/** Headline counts straight from the database (one grouped query per figure). */
export async function getOrganisationCounts(prisma: PrismaClient): Promise<OrganisationCounts> {
  const [groups, members, communes] = await Promise.all([
    prisma.organisation.groupBy({ by: ["type", "currentStatus"], _count: { _all: true } }),
    prisma.$queryRaw<{ type: "THT" | "HTX" | "LHHTX"; n: bigint }[]>`
      SELECT o."type", count(*)::bigint AS n
      FROM "Membership" m JOIN "Organisation" o ON o.id = m."organisationId"
      WHERE m."leftOn" IS NULL AND o."currentStatus" = 'ACTIVE'
      GROUP BY o."type"`,
    prisma.organisation.findMany({ distinct: ["communeId"], select: { communeId: true } }),
  ]);
  const byType: OrganisationCounts["byType"] = {
    THT: { active: 0, total: 0, activeMembers: 0 },
    HTX: { active: 0, total: 0, activeMembers: 0 },
    LHHTX: { active: 0, total: 0, activeMembers: 0 },
  };
  for (const g of groups) {
    byType[g.type].total += g._count._all;
    if (g.currentStatus === "ACTIVE") byType[g.type].active += g._count._all;
  }
  for (const m of members) byType[m.type].activeMembers = Number(m.n);
  return { byType, communes: communes.length };
}
