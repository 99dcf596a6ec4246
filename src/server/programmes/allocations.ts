// Reading a programme's allocations ("giao chỉ tiêu"): the units a target can be allocated
// to (the rows the programme's overview breaks its territory into today: the communes of a
// district, the provinces of the nation) and what has been allocated.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { effectiveUnits } from "@/domain/targets/areas";
import { chooseBreakdown } from "@/domain/dashboard/breakdown";
import { areaUnitLabel } from "@/domain/labels";
import { compareVietnamese } from "@/domain/format/collate";
import { summariseAllocations, type Allocation, type AllocationSummary } from "@/domain/programmes/allocations";
import type { TargetDefinition } from "@/domain/targets/definitions";
import { getAreaAncestry, getScopeUnits } from "../territory/get-scope-units";
import { getTargetDefinitions } from "./get-target-definitions";
import type { ProgrammeInfo } from "./get-programme";

type Db = PrismaClient | Prisma.TransactionClient;

export type AllocationUnit = { id: number; label: string };

/** The units of the programme's territory a target is allocated to, at `today`. */
export async function getAllocationUnits(
  db: Db,
  programme: Pick<ProgrammeInfo, "scopeCode">,
  today: string,
): Promise<AllocationUnit[]> {
  const prisma = db as PrismaClient;
  const { units } = await getScopeUnits(prisma, programme.scopeCode);
  const areas = await getAreaAncestry(prisma, units);
  const current = units.filter((u) => u.validFrom <= today && (u.validTo === null || u.validTo >= today));
  const shownUnder = effectiveUnits(today, units);
  const rows = new Map(current.map((u) => [u.id, shownUnder.get(u.id) ?? u.id]));
  const ids = [...new Set(chooseBreakdown(rows, areas).group.values())];
  return ids
    .map((id) => {
      const a = areas.get(id);
      return { id, label: a ? areaUnitLabel(a) : `#${id}` };
    })
    .sort((a, b) => compareVietnamese(a.label, b.label));
}

export type AllocationsOfTarget = {
  target: TargetDefinition;
  units: AllocationUnit[];
  allocations: (Allocation & { version: number })[];
  summary: AllocationSummary;
};

/** One target of a programme with its allocations for its horizon year; null if the
 *  programme has no such target in force today. */
export async function getAllocationsOfTarget(
  db: Db,
  programme: ProgrammeInfo,
  code: string,
  today: string,
): Promise<AllocationsOfTarget | null> {
  const target = (await getTargetDefinitions(db as PrismaClient, programme, today)).find((t) => t.code === code);
  if (!target) return null;
  const units = await getAllocationUnits(db, programme, today);
  const rows = await db.targetAllocation.findMany({
    where: { programmeId: programme.id, targetCode: code, horizonYear: target.horizonYear },
    select: { areaUnitId: true, value: true, version: true },
  });
  const allocations = rows.map((r) => ({ areaUnitId: r.areaUnitId, value: Number(r.value), version: r.version }));
  return {
    target,
    units,
    allocations,
    summary: summariseAllocations(
      target,
      allocations,
      units.map((u) => u.id),
    ),
  };
}
