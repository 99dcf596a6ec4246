import type { PrismaClient } from "@/generated/prisma/client";
import { compareVietnamese } from "@/domain/format/collate";
import { groupUnitsForPicker } from "@/domain/territory/unit-label";

/** Every commune-level unit, old and new, labelled (a dissolved one marked with where it
 *  counts today) and in list order: current units first, each group in Vietnamese order. */
export async function listCommunes(prisma: PrismaClient) {
  const { current, former } = groupUnitsForPicker(
    await prisma.areaUnit.findMany({
      where: { level: "COMMUNE" },
      select: { id: true, code: true, name: true, kind: true, validFrom: true, validTo: true, successorId: true },
    }),
    compareVietnamese,
  );
  return [...current, ...former];
}
