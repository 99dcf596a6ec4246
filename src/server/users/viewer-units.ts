// The units a commune official works in, by name, for the header ("Cán bộ xã · Xã Phú Thành").
import type { PrismaClient } from "@/generated/prisma/client";
import { compareVietnamese } from "@/domain/format/collate";
import { unitLabel } from "@/domain/territory/unit-label";
import type { Viewer } from "../auth/viewer";

export async function viewerUnitLabels(prisma: PrismaClient, viewer: Viewer): Promise<string[]> {
  if (viewer.role !== "COMMUNE" || viewer.communeIds.length === 0) return [];
  const units = await prisma.areaUnit.findMany({
    where: { id: { in: viewer.communeIds } },
    select: {
      id: true,
      kind: true,
      name: true,
      validTo: true,
      successorId: true,
      successor: { select: { id: true, kind: true, name: true, validTo: true, successorId: true } },
    },
  });
  // current units first, then the dissolved ones (their history)
  return units
    .sort((a, b) => Number(a.validTo !== null) - Number(b.validTo !== null) || compareVietnamese(a.name, b.name))
    .map((u) =>
      u.validTo
        ? `${u.kind} ${u.name} (cũ)`
        : unitLabel(u, new Map(u.successor ? [[u.successor.id, u.successor]] : [])),
    );
}
