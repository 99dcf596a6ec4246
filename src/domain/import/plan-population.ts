// Step 2 of the population import, pure: the sheet's records and the stored population
// of the file's years → every issue, or the rows to create and to update (a row equal
// to what is stored is left alone). Keyed by commune and year.
import type { CommuneData } from "./communes";
import { POPULATION_COLUMNS } from "./columns";
import { MIN_IMPORT_YEAR, inScope, maxImportYear, type PlanResult, type ImportScope } from "./import-rules";
import { sortIssues, type ImportIssue } from "./issues";
import { parsePopulationRow, type PopulationRow } from "./population-row";
import { mapTable, type MappedRecord, type SheetRow } from "./table";
import { parseYear } from "./values";

export type PopulationImportSummary = {
  kind: "dan-so";
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  warnings: string[];
};

export type StoredPopulation = { id: number; areaUnitId: number; year: number; population: number };
export type PopulationSnapshot = {
  communes: readonly CommuneData[];
  /** What is stored for (at least) the years of the file. */
  populations: readonly StoredPopulation[];
};
export type PopulationPlan = {
  summary: PopulationImportSummary;
  /** Rows to create (before: null) or update, in the file's order. */
  changes: { row: PopulationRow; before: StoredPopulation | null }[];
};

export const mapPopulationSheet = (sheet: readonly SheetRow[]) =>
  mapTable(sheet, POPULATION_COLUMNS, [["ma_xa", "ten_xa"]]);

/** The readable years of the records: what the snapshot must cover. */
export function populationSheetYears(records: readonly MappedRecord[], today: Date): number[] {
  const years = new Set<number>();
  for (const r of records) {
    const y = parseYear(r.values.nam, MIN_IMPORT_YEAR, maxImportYear(today));
    if (y.ok) years.add(y.value);
  }
  return [...years];
}

export function planPopulation(
  records: readonly MappedRecord[],
  snapshot: PopulationSnapshot,
  ctx: { scope: ImportScope; today: Date },
): PlanResult<PopulationImportSummary, PopulationPlan> {
  const issues: ImportIssue[] = [];
  const rows: PopulationRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of records) {
    const r = parsePopulationRow(rec, {
      communes: snapshot.communes,
      minYear: MIN_IMPORT_YEAR,
      maxYear: maxImportYear(ctx.today),
    });
    issues.push(...r.issues);
    if (!r.value) continue;
    const k = `${r.value.commune.id}:${r.value.year}`;
    const dupe = seen.get(k);
    if (dupe !== undefined) {
      issues.push({ row: rec.row, column: "nam", message: `trùng xã và năm với dòng ${dupe}` });
      continue;
    }
    seen.set(k, rec.row);
    if (!inScope(ctx.scope, r.value.commune.id)) {
      issues.push({
        row: rec.row,
        column: r.value.communeColumn,
        message: `xã ${r.value.commune.name} ngoài địa bàn bạn được nhập liệu`,
      });
      continue;
    }
    rows.push(r.value);
  }
  if (issues.length) {
    const order = POPULATION_COLUMNS.map((c) => c.key);
    return { ok: false, issues: sortIssues(issues, order), rows: records.length };
  }
  const byKey = new Map(snapshot.populations.map((p) => [`${p.areaUnitId}:${p.year}`, p]));
  const changes: PopulationPlan["changes"] = [];
  for (const row of rows) {
    const before = byKey.get(`${row.commune.id}:${row.year}`) ?? null;
    if (before?.population !== row.population) changes.push({ row, before });
  }
  const created = changes.filter((c) => !c.before).length;
  const summary: PopulationImportSummary = {
    kind: "dan-so",
    rows: records.length,
    created,
    updated: changes.length - created,
    unchanged: rows.length - changes.length,
    warnings: [],
  };
  return { ok: true, summary, plan: { summary, changes } };
}
