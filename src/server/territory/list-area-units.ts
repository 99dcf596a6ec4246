// The reorganisation as data, for the administrator: every unit with its validity, its
// predecessors and successor, its code and where the record comes from.
import type { PrismaClient } from "@/generated/prisma/client";
import { compareVietnamese } from "@/domain/format/collate";
import { unitLabel } from "@/domain/territory/unit-label";

export async function listAreaUnits(prisma: PrismaClient) {
  const units = await prisma.areaUnit.findMany({
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      level: true,
      validFrom: true,
      validTo: true,
      successorId: true,
      sourceRef: true,
      codeOfficial: true,
      version: true,
      parent: { select: { kind: true, name: true } },
    },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const LEVEL = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 } as const;
  return units
    .map((u) => ({
      ...u,
      label: unitLabel(u, byId),
      successor: u.successorId ? unitLabel(byId.get(u.successorId)!, byId) : null,
      predecessors: units
        .filter((p) => p.successorId === u.id)
        .map((p) => (p.name.startsWith(`${p.kind} `) ? p.name : `${p.kind} ${p.name}`)),
    }))
    .sort(
      (a, b) =>
        LEVEL[a.level] - LEVEL[b.level] ||
        Number(a.validTo !== null) - Number(b.validTo !== null) ||
        compareVietnamese(a.name, b.name),
    );
}
