// A problem found in an imported file, located by spreadsheet row (as Excel numbers
// it: the header is row 1) and column key. Messages name a column by its Vietnamese
// label, as the files' header shows it, followed by its key.
import { COLUMNS_BY_KIND } from "./columns";

export type ImportIssue = { row: number | null; column: string | null; message: string };

// A key means the same column in every format ("ma_xa" is "Mã xã" everywhere).
const LABEL_BY_KEY = new Map(Object.values(COLUMNS_BY_KIND).flatMap((cs) => cs.map((c) => [c.key, c.label])));

/** “Mã xã” (ma_xa); a header cell that is no column of the template: “Ghi chú”. */
export function columnName(column: string): string {
  const label = LABEL_BY_KEY.get(column);
  return label ? `“${label}” (${column})` : `“${column}”`;
}

/** "Dòng 7, cột “Vốn điều lệ” (von_dieu_le): phải là số nguyên đồng, ví dụ 1.500.000". */
export function formatIssue(issue: ImportIssue): string {
  const where = [
    issue.row !== null ? `Dòng ${issue.row}` : null,
    issue.column ? `cột ${columnOrGroup(issue.column)}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** "ma_xa/ten_xa" is a group of columns of which one is needed. */
function columnOrGroup(column: string): string {
  const group = column.split("/");
  return group.length > 1 && group.every((k) => LABEL_BY_KEY.has(k))
    ? group.map(columnName).join(" hoặc ")
    : columnName(column);
}

/** Issues in reading order: by row, then by column position. */
export function sortIssues(issues: ImportIssue[], columnOrder: readonly string[]): ImportIssue[] {
  const pos = (c: string | null) => (c === null ? -1 : columnOrder.indexOf(c));
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || pos(a.column) - pos(b.column));
}
