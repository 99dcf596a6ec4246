import type { PrismaClient } from "@/generated/prisma/client";
import type { TargetDefinition, TargetKind, TargetParams } from "@/domain/targets/definitions";
import { PROGRAMME_CATALOGUE } from "@/domain/programmes/catalogue";

/**
 * A programme's target definitions in force at `asOf`: for each code the row with the
 * latest validFrom <= asOf whose validTo is empty or >= asOf. Codes are in the order of
 * the programme's catalogue entry (the order of its document), then by first version; a
 * catalogue target without a row in force keeps its default, so a seeded programme always
 * shows all its targets. An explanation left empty in the row falls back to the
 * catalogue's, then to the wording.
 */
export async function getTargetDefinitions(
  prisma: PrismaClient,
  programme: { id: number; code: string },
  asOf: string,
): Promise<TargetDefinition[]> {
  const date = new Date(`${asOf}T00:00:00.000Z`);
  const rows = await prisma.target.findMany({
    where: { programmeId: programme.id, validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gte: date } }] },
    orderBy: [{ validFrom: "desc" }, { id: "asc" }],
  });
  const defaults = PROGRAMME_CATALOGUE.find((p) => p.code === programme.code)?.targets ?? [];
  const codes = [...defaults.map((d) => d.code)];
  for (const r of [...rows].sort((a, b) => a.id - b.id)) if (!codes.includes(r.code)) codes.push(r.code);
  return codes.flatMap((code): TargetDefinition[] => {
    const def = defaults.find((d) => d.code === code);
    const row = rows.find((r) => r.code === code);
    if (!row) return def ? [def] : [];
    return [
      {
        code,
        kind: row.kind as TargetKind,
        title: row.title,
        horizonYear: row.horizonYear,
        comparator: row.comparator,
        value: Number(row.value),
        unit: row.unit,
        params: { ...def?.params, ...((row.definition ?? {}) as TargetParams) },
        sourceText: row.sourceText,
        explanation: row.explanation || def?.explanation || row.sourceText,
      },
    ];
  });
}
