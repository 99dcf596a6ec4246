// The checks of one imported row, shared by the sheets' row parsers: every problem is an
// issue of the row (its number, a column, a message); a cell that is blank where it is
// required, or that does not parse, yields undefined, and the row is then refused.
import type { ImportIssue } from "./issues";
import type { MappedRecord } from "./table";
import { isBlank, type Parsed } from "./values";

export function rowChecks(rec: MappedRecord) {
  const issues: ImportIssue[] = [];
  const issue = (column: string, message: string): undefined => {
    issues.push({ row: rec.row, column, message });
    return undefined;
  };
  const blank = (column: string) => issue(column, "không được để trống");
  const take = <T>(column: string, r: Parsed<T>): T | undefined => (r.ok ? r.value : issue(column, r.message));
  const required = <T>(column: string, parse: () => Parsed<T>): T | undefined =>
    isBlank(rec.values[column]) ? blank(column) : take(column, parse());
  const optional = <T>(column: string, parse: () => Parsed<T>): T | null | undefined =>
    isBlank(rec.values[column]) ? null : take(column, parse());
  return { issues, issue, blank, take, required, optional };
}
