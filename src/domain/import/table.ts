// From the raw rows of a sheet to records keyed by column: finds the header row
// (keys, or the Vietnamese labels as alternative headers), skips the note row of the
// template and blank rows, and reports unknown, duplicated and missing columns.
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
  const byAlias = new Map<string, ColumnDef>();
  for (const c of columns) {
    byAlias.set(c.key, c);
    byAlias.set(toKey(c.label), c);
  }
  const positions: Array<ColumnDef | null> = [];
  const seen = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    if (isBlank(cell)) return void (positions[i] = null);
    const def = byAlias.get(toKey(cellText(cell)));
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
      issues.push({ row: header.rowNumber, column: def.key, message: "cột bị lặp lại" });
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
        message: `cần ít nhất một trong các cột ${group.join(", ")}`,
      });
    }
  }

  let start = headerIndex + 1;
  const next = rows[start];
  if (next && isNoteRow(next, positions)) start++;

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

/** The template's second row repeats the labels ("Mã tổ chức", "Loại hình (THT | HTX | LHHTX)"). */
function isNoteRow(row: SheetRow, positions: ReadonlyArray<ColumnDef | null>): boolean {
  let filled = 0;
  let labels = 0;
  positions.forEach((def, i) => {
    const cell = row.cells[i];
    if (!def || isBlank(cell)) return;
    filled++;
    if (toKey(cellText(cell)) === toKey(def.label)) labels++;
  });
  return filled > 0 && labels * 2 >= filled;
}
