// "Giao chỉ tiêu" on the overview: a view of exactly one unit of the territory (no
// sector or type filter) is judged against what the programme allocated to that unit,
// where it did; the other targets stay unjudged, as in any narrowed view.
import type { PrismaClient } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/domain/dashboard/filters";
import type { TargetEvaluation } from "@/domain/targets/compute";
import type { TargetCode, TargetDefinition } from "@/domain/targets/definitions";
import { allocatedDefinition } from "@/domain/programmes/allocations";
import type { ProgrammeInfo } from "../programmes/get-programme";

export type Allocated = Partial<Record<TargetCode, { value: number; unitName: string }>>;

export async function judgeAgainstAllocations(
  prisma: PrismaClient,
  o: {
    programme: ProgrammeInfo | null;
    filters: DashboardFilters;
    defs: readonly TargetDefinition[];
    targets: TargetEvaluation[];
    unitName: (id: number) => string;
    /** The target evaluated as the unfiltered figures are, but judged. */
    evaluate: (def: TargetDefinition) => TargetEvaluation;
  },
): Promise<{ targets: TargetEvaluation[]; allocated: Allocated }> {
  const { programme, filters } = o;
  const allocated: Allocated = {};
  const oneUnit =
    programme && filters.communeIds.length === 1 && !filters.sectors.length && !filters.orgTypes.length
      ? filters.communeIds[0]
      : null;
  if (oneUnit === null || !programme) return { targets: o.targets, allocated };
  const rows = await prisma.targetAllocation.findMany({ where: { programmeId: programme.id, areaUnitId: oneUnit } });
  const unitName = o.unitName(oneUnit);
  const targets = o.targets.map((t) => {
    const def = o.defs.find((d) => d.code === t.code)!;
    const row = rows.find((r) => r.targetCode === t.code && r.horizonYear === def.horizonYear);
    if (!row) return t;
    allocated[t.code] = { value: Number(row.value), unitName };
    return o.evaluate(allocatedDefinition(def, Number(row.value), unitName));
  });
  return { targets, allocated };
}
