import type { PrismaClient } from "@/generated/prisma/client";
import { toIsoDate } from "@/domain/format/date";
import type { AreaNode } from "@/domain/dashboard/breakdown";
import { compareVietnamese } from "@/domain/format/collate";

/** The scope of programme 26-CTr/TU: the overview's territory and the one years close over. */
export const PROGRAMME_SCOPE_CODE = "GCT-26-CTR";

export type ScopeUnit = {
  id: number;
  code: string;
  name: string;
  kind: string;
  validFrom: string;
  validTo: string | null;
  successorId: number | null;
  parentId: number | null;
};

/** The units of a named scope (old and new communes alike); every commune of the country
 *  when `code` is null (a national programme) or names no scope. */
export async function getScopeUnits(
  prisma: PrismaClient,
  code: string | null,
): Promise<{ scopeName: string; units: ScopeUnit[] }> {
  const scope =
    code === null
      ? null
      : await prisma.scope.findUnique({
          where: { code },
          include: { units: { include: { areaUnit: true } } },
        });
  const units = scope
    ? scope.units.map((u) => u.areaUnit)
    : await prisma.areaUnit.findMany({ where: { level: "COMMUNE" } });
  return {
    scopeName: scope?.name ?? "Cả nước (mọi đơn vị cấp xã có dữ liệu)",
    units: units
      .map((u) => ({
        id: u.id,
        code: u.code,
        name: u.name,
        kind: u.kind,
        validFrom: toIsoDate(u.validFrom),
        validTo: u.validTo ? toIsoDate(u.validTo) : null,
        successorId: u.successorId,
        parentId: u.parentId,
      }))
      .sort((a, b) => compareVietnamese(a.name, b.name)),
  };
}

/**
 * The scope's units and every unit above them (districts, provinces), for breakdowns
 * and filters above the commune level. One query per level of the hierarchy.
 */
export async function getAreaAncestry(
  prisma: PrismaClient,
  units: readonly ScopeUnit[],
): Promise<Map<number, AreaNode>> {
  const nodes = new Map<number, AreaNode>(
    units.map((u) => [u.id, { id: u.id, name: u.name, kind: u.kind, parentId: u.parentId }]),
  );
  let missing = [...new Set(units.map((u) => u.parentId).filter((id): id is number => id !== null))];
  for (let depth = 0; missing.length > 0 && depth < 6; depth++) {
    const parents = await prisma.areaUnit.findMany({
      where: { id: { in: missing } },
      select: { id: true, name: true, kind: true, parentId: true },
    });
    for (const p of parents) nodes.set(p.id, p);
    missing = [...new Set(parents.map((p) => p.parentId).filter((id): id is number => id !== null && !nodes.has(id)))];
  }
  return nodes;
}
