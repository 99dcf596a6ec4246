// What the programme administration pages read: every programme with what refers to it
// (targets, reports: a programme with reports cannot be deleted), one programme as its
// form shows it, and the units a territory is chosen from.
import type { PrismaClient } from "@/generated/prisma/client";
import { chosenUnitsOf, type TerritoryUnit } from "@/domain/programmes/territory";
import { unitLabel } from "@/domain/territory/unit-label";
import { compareVietnamese } from "@/domain/format/collate";
import type { ProgrammeLevel } from "@/domain/enums";
import { listProgrammes, PROGRAMME_SELECT, toInfo } from "./get-programme";
import { TERRITORY_UNIT_SELECT } from "./programme-territory";

export async function listProgrammesForAdmin(prisma: PrismaClient) {
  const [programmes, rows, targets] = await Promise.all([
    listProgrammes(prisma),
    prisma.programme.findMany({
      select: {
        id: true,
        version: true,
        scope: { select: { name: true, _count: { select: { units: true } } } },
        _count: { select: { reports: true } },
      },
    }),
    prisma.target.findMany({ select: { programmeId: true, code: true }, distinct: ["programmeId", "code"] }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return programmes.map((p) => {
    const r = byId.get(p.id)!;
    return {
      ...p,
      version: r.version,
      territory: r.scope ? `${r.scope.name} (${r.scope._count.units} xã, phường)` : "Cả nước",
      targetCount: targets.filter((t) => t.programmeId === p.id).length,
      reportCount: r._count.reports,
    };
  });
}

export type TerritoryOption = TerritoryUnit & { label: string; current: boolean };

/** Every unit, for the territory picker: provinces, then districts, then communes; the
 *  ones that still exist first, each level by name. */
export async function getTerritoryOptions(prisma: PrismaClient): Promise<TerritoryOption[]> {
  const units = await prisma.areaUnit.findMany({
    select: { ...TERRITORY_UNIT_SELECT, name: true, kind: true, validTo: true },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const LEVEL = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 } as const;
  return units
    .map((u) => ({
      id: u.id,
      level: u.level,
      parentId: u.parentId,
      successorId: u.successorId,
      label: unitLabel(u, byId),
      current: u.validTo === null,
    }))
    .sort(
      (a, b) =>
        LEVEL[a.level] - LEVEL[b.level] || Number(b.current) - Number(a.current) || compareVietnamese(a.label, b.label),
    );
}

/** One programme as its form opens: its fields, and its territory as the widest units
 *  wholly inside it (a province rather than its communes). null: no such programme. */
/** A programme's territory is shown in units no wider than its own level. */
const widestLevel = (level: ProgrammeLevel) => (level === "NATIONAL" ? "PROVINCE" : level);

export async function getProgrammeForEdit(prisma: PrismaClient, code: string, units: readonly TerritoryUnit[]) {
  const p = await prisma.programme.findUnique({
    where: { code },
    select: {
      ...PROGRAMME_SELECT,
      version: true,
      scope: { select: { code: true, units: { select: { areaUnitId: true } } } },
    },
  });
  if (!p) return null;
  return {
    ...toInfo(p),
    version: p.version,
    units: p.scope
      ? chosenUnitsOf(
          units,
          p.scope.units.map((u) => u.areaUnitId),
          widestLevel(p.level),
        )
      : null,
  };
}
export type ProgrammeFormValues = NonNullable<Awaited<ReturnType<typeof getProgrammeForEdit>>>;
