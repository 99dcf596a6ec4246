import type { PrismaClient } from "@/generated/prisma/client";

/** Communes (old and new) that have organisations or belong to the programme scope. */
export async function listCommunes(prisma: PrismaClient) {
  return prisma.areaUnit.findMany({
    where: { level: "COMMUNE" },
    orderBy: [{ validTo: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    select: { id: true, code: true, name: true, kind: true, validFrom: true, validTo: true, successorId: true },
  });
}
