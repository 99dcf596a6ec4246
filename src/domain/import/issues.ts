// A problem found in an imported file, located by spreadsheet row (as Excel numbers
// it: the header is row 1) and column key.
export type ImportIssue = { row: number | null; column: string | null; message: string };

/** "Dòng 7, cột von_dieu_le: phải là số nguyên đồng, ví dụ 1.500.000". */
export function formatIssue(issue: ImportIssue): string {
  const where = [issue.row !== null ? `Dòng ${issue.row}` : null, issue.column ? `cột ${issue.column}` : null]
    .filter(Boolean)
    .join(", ");
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** Issues in reading order: by row, then by column position. */
export function sortIssues(issues: ImportIssue[], columnOrder: readonly string[]): ImportIssue[] {
  const pos = (c: string | null) => (c === null ? -1 : columnOrder.indexOf(c));
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || pos(a.column) - pos(b.column));
}
