import type { PrismaClient } from "@/generated/prisma/client";
import {
  DEFAULT_TARGETS,
  type TargetCode,
  type TargetDefinition,
  type TargetParams,
} from "@/domain/targets/definitions";

/**
 * The target definitions in force at `asOf`: for each code the row with the latest
 * validFrom <= asOf whose validTo is empty or >= asOf. A code without a row in force
 * keeps the programme's default, so the dashboard always shows all 11 targets.
 */
export async function getTargetDefinitions(prisma: PrismaClient, asOf: string): Promise<TargetDefinition[]> {
  const date = new Date(`${asOf}T00:00:00.000Z`);
  const rows = await prisma.target.findMany({
    where: { validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gte: date } }] },
    orderBy: { validFrom: "desc" },
  });
  return DEFAULT_TARGETS.map((def) => {
    const row = rows.find((r) => r.code === (def.code as TargetCode));
    if (!row) return def;
    return {
      ...def,
      title: row.title,
      horizonYear: row.horizonYear,
      comparator: row.comparator,
      value: Number(row.value),
      unit: row.unit,
      params: { ...def.params, ...((row.definition ?? {}) as TargetParams) },
      sourceText: row.sourceText,
    };
  });
}
