// The units assigned to a commune official, by name, for the header ("Cán bộ xã · Xã Phú Thành").
import type { PrismaClient } from "@/generated/prisma/client";
import { compareVietnamese } from "@/domain/format/collate";
import { labelWithSuccessor } from "@/domain/territory/unit-label";
import { LABELLED_UNIT_SELECT } from "../territory/labelled-unit";
import type { Viewer } from "../auth/viewer";

export async function viewerUnitLabels(prisma: PrismaClient, viewer: Viewer): Promise<string[]> {
  if (viewer.role !== "COMMUNE" || viewer.communeIds.length === 0) return [];
  // the units assigned to the account, not every old unit they took over (communeIds)
  const units = await prisma.areaUnit.findMany({
    where: { userScopes: { some: { userId: viewer.id } } },
    select: LABELLED_UNIT_SELECT,
  });
  // current units first, then the dissolved ones (their history)
  return units
    .sort((a, b) => Number(a.validTo !== null) - Number(b.validTo !== null) || compareVietnamese(a.name, b.name))
    .map((u) => (u.validTo ? `${u.kind} ${u.name} (cũ)` : labelWithSuccessor(u)));
}
