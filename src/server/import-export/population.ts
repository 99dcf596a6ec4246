// Population per commune and year: import (upsert by commune and year, unchanged rows
// left alone) and export in the same format.
import { POPULATION_COLUMNS, noteText } from "@/domain/import/columns";
import { sortIssues, type ImportIssue } from "@/domain/import/issues";
import { parsePopulationRow, type PopulationRow } from "@/domain/import/population-row";
import { mapTable, type SheetRow } from "@/domain/import/table";
import type { Viewer } from "../auth/viewer";
import { toAuditJson } from "../audit/record-audit";
import type { ImportOptions, ImportResult } from "./import-organisations";
import type { OutCell, SheetData } from "./sheet-io";
import { MIN_IMPORT_YEAR, chunk, columnsOf, inScope, loadCommunes, type Db } from "./shared";

export type PopulationImportSummary = {
  kind: "dan-so";
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  warnings: string[];
};

export async function importPopulation(
  db: Db,
  viewer: Viewer,
  sheet: readonly SheetRow[],
  opts: ImportOptions = {},
): Promise<ImportResult<PopulationImportSummary>> {
  const now = opts.now ?? new Date();
  const mapped = mapTable(sheet, POPULATION_COLUMNS, [["ma_xa", "ten_xa"]]);
  if (mapped.issues.length) return { ok: false, issues: mapped.issues, rows: mapped.records.length };
  const communes = await loadCommunes(db);
  const issues: ImportIssue[] = [];
  const rows: PopulationRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of mapped.records) {
    const r = parsePopulationRow(rec, { communes, minYear: MIN_IMPORT_YEAR, maxYear: now.getUTCFullYear() + 1 });
    issues.push(...r.issues);
    if (!r.value) continue;
    const k = `${r.value.commune.id}:${r.value.year}`;
    const dupe = seen.get(k);
    if (dupe !== undefined) {
      issues.push({ row: rec.row, column: "nam", message: `trùng xã và năm với dòng ${dupe}` });
      continue;
    }
    seen.set(k, rec.row);
    if (!inScope(viewer, r.value.commune.id)) {
      issues.push({
        row: rec.row,
        column: "ma_xa",
        message: `xã ${r.value.commune.name} ngoài địa bàn bạn được nhập liệu`,
      });
      continue;
    }
    rows.push(r.value);
  }
  if (issues.length) {
    return {
      ok: false,
      issues: sortIssues(
        issues,
        POPULATION_COLUMNS.map((c) => c.key),
      ),
      rows: mapped.records.length,
    };
  }
  const existing = await db.population.findMany({
    where: {
      areaUnitId: { in: [...new Set(rows.map((r) => r.commune.id))] },
      year: { in: [...new Set(rows.map((r) => r.year))] },
    },
    select: { id: true, areaUnitId: true, year: true, population: true },
  });
  const byKey = new Map(existing.map((p) => [`${p.areaUnitId}:${p.year}`, p]));
  const changed = rows.filter((r) => byKey.get(`${r.commune.id}:${r.year}`)?.population !== r.population);
  const summary: PopulationImportSummary = {
    kind: "dan-so",
    rows: mapped.records.length,
    created: changed.filter((r) => !byKey.has(`${r.commune.id}:${r.year}`)).length,
    updated: changed.filter((r) => byKey.has(`${r.commune.id}:${r.year}`)).length,
    unchanged: rows.length - changed.length,
    warnings: [],
  };
  if (opts.dryRun) return { ok: true, summary };
  for (const part of chunk(changed, 10_000)) {
    const written = await db.$queryRawUnsafe<{ id: number; areaUnitId: number; year: number }[]>(
      `INSERT INTO "Population" ("areaUnitId", "year", "population", "source", "updatedAt")
       SELECT u.*, $4, now() FROM unnest($1::text[]::int[], $2::text[]::int[], $3::text[]::int[]) AS u
       ON CONFLICT ("areaUnitId", "year") DO UPDATE SET "population" = EXCLUDED."population",
         "version" = "Population"."version" + 1, "updatedAt" = now()
       RETURNING id, "areaUnitId", "year"`,
      ...columnsOf(part, [(r) => r.commune.id, (r) => r.year, (r) => r.population]),
      "Nhập từ bảng tính",
    );
    const ids = new Map(written.map((w) => [`${w.areaUnitId}:${w.year}`, w.id]));
    await db.auditLog.createMany({
      data: part.map((r) => {
        const before = byKey.get(`${r.commune.id}:${r.year}`);
        return {
          userId: viewer.id,
          actor: viewer.username,
          action: before ? "UPDATE" : "CREATE",
          entity: "Population",
          entityId: String(ids.get(`${r.commune.id}:${r.year}`) ?? ""),
          before: toAuditJson(before ? { population: before.population } : undefined),
          after: toAuditJson({ areaUnitId: r.commune.id, year: r.year, population: r.population, source: "import" }),
          ip: opts.ip ?? null,
        };
      }),
    });
  }
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
    sheetName: params.year ? `Dan so ${params.year}` : "Dan so",
    header: POPULATION_COLUMNS.map((c) => c.key),
    note: POPULATION_COLUMNS.map(noteText),
    rows: rows.map((r): OutCell[] => [r.areaUnit.code, r.areaUnit.name, r.year, r.population]),
    textColumns: ["ma_xa"],
  };
}
