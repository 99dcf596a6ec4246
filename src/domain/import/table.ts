// From the raw rows of a sheet to records keyed by column, by the header rule of
// docs/architecture-import.md: the first non-blank row is the header, each cell naming a
// column by its Vietnamese label or its key; the row under it is a second header row,
// skipped, when each of its filled cells names the column above it (the keys under the
// labels of our files, or the labels under the keys of older ones). Blank rows are
// skipped; unknown, duplicated and missing columns are reported.
import type { ColumnDef } from "./columns";
import type { ImportIssue } from "./issues";
import { toKey } from "./normalize";
import { isBlank, cellText, type Cell } from "./values";

export type SheetRow = { rowNumber: number; cells: Cell[] };
export type MappedRecord = { row: number; values: Record<string, Cell> };

export const MAX_DATA_ROWS = 50_000;

export function mapTable(
  rows: readonly SheetRow[],
  columns: readonly ColumnDef[],
  /** Groups of which at least one column must be present, e.g. [["ma_xa", "ten_xa"]]. */
  oneOf: readonly (readonly string[])[] = [],
): { records: MappedRecord[]; issues: ImportIssue[]; columns: string[] } {
  const issues: ImportIssue[] = [];
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => !isBlank(c)));
  if (headerIndex < 0) {
    return { records: [], issues: [{ row: null, column: null, message: "Tệp không có dữ liệu" }], columns: [] };
  }
  const header = rows[headerIndex];
  const named = columnNamer(columns);
  const positions: Array<ColumnDef | null> = [];
  const seen = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    if (isBlank(cell)) return void (positions[i] = null);
    const def = named(cell);
    if (!def) {
      issues.push({
        row: header.rowNumber,
        column: cellText(cell),
        message: "cột không thuộc mẫu; hãy dùng đúng tên cột của tệp mẫu",
      });
      positions[i] = null;
      return;
    }
    if (seen.has(def.key)) {
      issues.push({ row: header.rowNumber, column: def.key, message: "cột bị lặp lại (tên hoặc mã cột ghi hai lần)" });
      positions[i] = null;
      return;
    }
    seen.set(def.key, i);
    positions[i] = def;
  });
  for (const c of columns) {
    if (c.required && !seen.has(c.key)) {
      issues.push({ row: header.rowNumber, column: c.key, message: "thiếu cột bắt buộc" });
    }
  }
  for (const group of oneOf) {
    if (!group.some((k) => seen.has(k))) {
      issues.push({
        row: header.rowNumber,
        column: group.join("/"),
        message: "thiếu cột: cần có ít nhất một trong hai cột này",
      });
    }
  }

  let start = headerIndex + 1;
  const next = rows[start];
  if (next && isSecondHeaderRow(next, positions, named)) start++;

  const records: MappedRecord[] = [];
  for (const r of rows.slice(start)) {
    if (!r.cells.some((c) => !isBlank(c))) continue;
    const values: Record<string, Cell> = {};
    positions.forEach((def, i) => {
      if (def) values[def.key] = r.cells[i] ?? null;
    });
    records.push({ row: r.rowNumber, values });
  }
  if (records.length > MAX_DATA_ROWS) {
    issues.push({
      row: null,
      column: null,
      message: `Tệp có ${records.length} dòng dữ liệu, vượt giới hạn ${MAX_DATA_ROWS} dòng một lần nhập; hãy chia nhỏ tệp`,
    });
  }
  return { records, issues, columns: [...seen.keys()] };
}

/**
 * The column a header cell names: its key or its Vietnamese label, compared as keys
 * (case, diacritics, spacing and text in parentheses do not matter: "VỐN ĐIỀU LỆ (đồng)",
 * "Vốn điều lệ" and "von_dieu_le" name the same column).
 */
function columnNamer(columns: readonly ColumnDef[]): (cell: Cell | undefined) => ColumnDef | undefined {
  const byName = new Map<string, ColumnDef>();
  for (const c of columns) {
    byName.set(c.key, c);
    byName.set(toKey(c.label), c);
  }
  return (cell) => byName.get(toKey(cellText(cell)));
}

/** A row right under the header whose every filled cell names the column above it. */
function isSecondHeaderRow(
  row: SheetRow,
  positions: ReadonlyArray<ColumnDef | null>,
  named: (cell: Cell | undefined) => ColumnDef | undefined,
): boolean {
  const filled = row.cells.flatMap((cell, i) => (isBlank(cell) ? [] : [i]));
  return filled.length > 0 && filled.every((i) => positions[i] != null && named(row.cells[i]) === positions[i]);
}
