// Population per commune and year: the import in its three steps (the sheet's rows →
// the pure plan of src/domain/import/plan-population.ts over the communes and the stored
// population of the file's years → the writes) and the export in the same format.
// A file holds at most a few hundred rows (communes × years), so the writes use the
// typed client: one createManyAndReturn, one update per changed row, one audit batch.
import { POPULATION_COLUMNS } from "@/domain/import/columns";
import { yearInVietnam } from "@/domain/time/vietnam";
import { importToday, type ImportResult } from "@/domain/import/import-rules";
import {
  mapPopulationSheet,
  planPopulation,
  populationSheetYears,
  type PopulationImportSummary,
} from "@/domain/import/plan-population";
import type { SheetRow } from "@/domain/import/table";
import type { Viewer } from "../auth/viewer";
import { toAuditJson } from "../audit/record-audit";
import type { ImportOptions } from "./import-organisations";
import type { OutCell, SheetData } from "./sheet-io";
import { communesOfYears, loadCommunes, type Db } from "./shared";

export type { PopulationImportSummary } from "@/domain/import/plan-population";

const SOURCE = "Nhập từ bảng tính";

export async function importPopulation(
  db: Db,
  viewer: Viewer,
  sheet: readonly SheetRow[],
  opts: ImportOptions = {},
): Promise<ImportResult<PopulationImportSummary>> {
  const today = importToday(opts.now);
  const mapped = mapPopulationSheet(sheet);
  if (mapped.issues.length) return { ok: false, issues: mapped.issues, rows: mapped.records.length };
  const [communes, populations] = await Promise.all([
    loadCommunes(db),
    db.population.findMany({
      where: { year: { in: populationSheetYears(mapped.records, today) } },
      select: { id: true, areaUnitId: true, year: true, population: true },
    }),
  ]);
  const result = planPopulation(mapped.records, { communes, populations }, { scope: viewer, today });
  if (!result.ok) return result;
  const { summary, plan } = result;
  if (opts.dryRun) return { ok: true, summary };

  const created = await db.population.createManyAndReturn({
    data: plan.changes
      .filter((c) => !c.before)
      .map(({ row: r }) => ({ areaUnitId: r.commune.id, year: r.year, population: r.population, source: SOURCE })),
    select: { id: true, areaUnitId: true, year: true },
  });
  const createdId = new Map(created.map((w) => [`${w.areaUnitId}:${w.year}`, w.id]));
  for (const { row, before } of plan.changes) {
    if (!before) continue;
    await db.population.update({
      where: { id: before.id },
      data: { population: row.population, version: { increment: 1 } },
    });
  }
  await db.auditLog.createMany({
    data: plan.changes.map(({ row: r, before }) => ({
      userId: viewer.id,
      actor: viewer.username,
      action: before ? "UPDATE" : "CREATE",
      entity: "Population",
      entityId: String((before ? before.id : createdId.get(`${r.commune.id}:${r.year}`)) ?? ""),
      before: toAuditJson(before ? { population: before.population } : undefined),
      after: toAuditJson({ areaUnitId: r.commune.id, year: r.year, population: r.population, source: "import" }),
      ip: opts.ip ?? null,
    })),
  });
  return { ok: true, summary };
}

export async function exportPopulation(
  db: Db,
  params: { year?: number | null; communeId?: number | null },
): Promise<SheetData> {
  const rows = await db.population.findMany({
    where: {
      ...(params.year ? { year: params.year } : {}),
      ...(params.communeId ? { areaUnitId: params.communeId } : {}),
    },
    orderBy: [{ year: "asc" }, { areaUnit: { code: "asc" } }],
    select: { year: true, population: true, areaUnit: { select: { code: true, name: true } } },
  });
  return {
    sheetName: params.year ? `Dân số ${params.year}` : "Dân số",
    columns: POPULATION_COLUMNS,
    rows: rows.map((r): OutCell[] => [r.areaUnit.code, r.areaUnit.name, r.year, r.population]),
    textColumns: ["ma_xa"],
    communes: await communesOfYears(
      db,
      params.year ?? rows[0]?.year ?? yearInVietnam(),
      params.year ?? yearInVietnam(),
    ),
  };
}
