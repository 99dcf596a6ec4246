// One table of a report as CSV for spreadsheets set to Vietnamese: UTF-8 with a BOM
// (so Excel reads the diacritics), ";" between fields and a decimal comma (the list
// separator and decimal mark of the vi-VN locale), no thousands separator, no unit
// signs (the header says "(%)" or "(đồng)"). The table first (header row, then rows),
// then, after one empty line, its context one field per line: every filter by name and
// what is provisional, missing or hidden, so a file forwarded on its own says what it
// counts. A program reads the table up to the first empty line. Missing figures are
// empty fields, never 0.
import Papa from "papaparse";
import { neutraliseCsvText } from "@/domain/format/csv-cell";
import { contextLines, type ReportDocument } from "@/domain/reports/document";
import { allTables, type Cell, type Table } from "@/domain/reports/tables";

export const CSV_TABLES = ["muc-tieu", "xa", "ho-tro", "loai-hinh", "linh-vuc", "chat-luong"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

function csvValue(c: Cell): string {
  if (c.v === null) return "";
  // Text a spreadsheet would run as a formula gets an apostrophe; numbers (negative ones
  // included) are written as numbers (src/domain/format/csv-cell.ts).
  if (typeof c.v === "string") return neutraliseCsvText(c.v);
  const digits = c.kind === "integer" || c.kind === "money" || c.kind === "year" ? 0 : 4;
  return String(Number(c.v.toFixed(digits))).replace(".", ",");
}

const unitSuffix = (t: Table, i: number) => {
  const c = t.columns[i]!;
  if (c.kind === "percent" && !c.header.includes("%")) return " (%)";
  if (c.kind === "points") return " (số lượng hoặc điểm %)";
  return "";
};

export function renderReportCsv(doc: ReportDocument, id: CsvTable): string {
  const table = allTables(doc).find((t) => t.id === id)!;
  const rows = table.footer ? [...table.rows, table.footer] : table.rows;
  const body = Papa.unparse(
    {
      fields: table.columns.map((c, i) => neutraliseCsvText(c.header + unitSuffix(table, i))),
      data: rows.map((r) => r.map(csvValue)),
    },
    { delimiter: ";", newline: "\r\n", quotes: false },
  );
  const notes = Papa.unparse(
    contextLines(doc.snapshot).map((line) => [neutraliseCsvText(line)]),
    { delimiter: ";", newline: "\r\n", quotes: false },
  );
  return `\uFEFF${body}\r\n\r\n${notes}\r\n`;
}
