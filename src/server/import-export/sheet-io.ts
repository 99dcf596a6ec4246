// Reading and writing the spreadsheets (layout: docs/architecture-import.md): XLSX
// through exceljs (first worksheet), CSV through papaparse (UTF-8, comma or semicolon,
// with a BOM on output so that Excel shows the diacritics). Both give rows of cells numbered as Excel numbers them.
// Reading happens in a bounded child process (sheet-parse.ts, sheet-worker.cjs).
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { columnRule, IMPORT_INSTRUCTIONS, type ColumnDef } from "@/domain/import/columns";
import { MAX_DATA_ROWS, type SheetRow } from "@/domain/import/table";
import { AppError } from "../errors";
import { parseSheet } from "./sheet-parse";
import { neutraliseCsvText } from "@/domain/format/csv-cell";

export type SheetFormat = "xlsx" | "csv";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** XLSX files are ZIP archives ("PK\3\4"); anything else is read as CSV text. */
export function detectFormat(bytes: Uint8Array, fileName = ""): SheetFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "xlsx";
  if (/\.xls$/i.test(fileName)) {
    throw new AppError("INVALID", "Tệp .xls (Excel 97-2003) không được hỗ trợ; hãy lưu lại dạng .xlsx hoặc .csv");
  }
  return "csv";
}

/** The rows of the file, parsed in a bounded worker (sheet-parse.ts). */
export async function readSheet(bytes: Uint8Array, format: SheetFormat): Promise<SheetRow[]> {
  return parseSheet(bytes, format);
}

export type OutCell = string | number | bigint | null;

export type SheetData = {
  sheetName: string;
  /** The columns: their labels are row 1, their keys row 2 (the header rule of table.ts). */
  columns: readonly ColumnDef[];
  rows: readonly (readonly OutCell[])[];
  /** Columns written as text even when they look numeric (codes). */
  textColumns?: readonly string[];
  /** What the commune columns' dropdowns list (XLSX). */
  communes?: readonly { code: string; name: string }[];
};

const LIST_SHEET = "Danh mục";
/** Rows under the data that keep the dropdowns, for rows the user adds. */
const VALIDATION_SLACK = 5_000;

/**
 * XLSX: the data sheet first (the importer reads the first sheet) with the labels in
 * row 1, the keys in row 2 and a dropdown on every enumerated column; then the
 * instructions and the lists the dropdowns take their values from.
 */
export async function writeXlsx(data: SheetData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "KTT Gò Công Tây";
  const sheet = workbook.addWorksheet(data.sheetName, { views: [{ state: "frozen", ySplit: 2 }] });
  const head = sheet.addRow(data.columns.map((c) => c.label));
  head.font = { bold: true };
  head.alignment = { vertical: "top", wrapText: true };
  const keys = sheet.addRow(data.columns.map((c) => c.key));
  keys.font = { italic: true, size: 9, color: { argb: "FF555555" } };
  for (const r of data.rows) sheet.addRow(r.map((c) => (typeof c === "bigint" ? Number(c) : c)));
  data.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(40, Math.max(12, c.key.length + 2, c.label.length * 1.1));
    if (data.textColumns?.includes(c.key)) column.numFmt = "@";
  });
  addInstructions(workbook, data.columns);
  addDropdowns(workbook, sheet, data);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addInstructions(workbook: ExcelJS.Workbook, columns: readonly ColumnDef[]): void {
  const sheet = workbook.addWorksheet("Hướng dẫn");
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 26;
  sheet.getColumn(3).width = 10;
  sheet.getColumn(4).width = 90;
  sheet.addRow(["Hướng dẫn điền tệp"]).font = { bold: true, size: 13 };
  for (const line of IMPORT_INSTRUCTIONS) sheet.addRow([line]);
  sheet.addRow([]);
  sheet.addRow(["Cột", "Mã cột", "Bắt buộc", "Giá trị được chấp nhận"]).font = { bold: true };
  for (const c of columns) {
    const row = sheet.addRow([c.label, c.key, c.required ? "Có" : "", columnRule(c)]);
    row.alignment = { vertical: "top", wrapText: true };
  }
}

/** One list per distinct set of choices (the four co/khong columns share one) and the communes. */
function addDropdowns(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, data: SheetData): void {
  const lists = new Map<readonly unknown[] | "code" | "name", { title: string; values: string[] }>();
  for (const c of data.columns) {
    if (c.choices && !lists.has(c.choices))
      lists.set(c.choices, { title: c.label, values: c.choices.map((x) => x.label) });
    if (c.commune && data.communes?.length && !lists.has(c.commune)) {
      lists.set(c.commune, {
        title: c.label,
        // A name is listed once: the old and the new unit of a reorganisation may share it
        // (the importer tells them apart by the row's year).
        values: [...new Set(data.communes.map((x) => (c.commune === "code" ? x.code : x.name)))],
      });
    }
  }
  if (lists.size === 0) return;
  const listSheet = workbook.addWorksheet(LIST_SHEET);
  const ranges = new Map<unknown, string>();
  [...lists].forEach(([id, list], i) => {
    const column = listSheet.getColumn(i + 1);
    column.width = Math.min(60, Math.max(14, ...list.values.map((v) => v.length)));
    if (id === "code") column.numFmt = "@";
    listSheet.getCell(1, i + 1).value = list.title;
    listSheet.getCell(1, i + 1).font = { bold: true };
    list.values.forEach((v, j) => (listSheet.getCell(j + 2, i + 1).value = v));
    const letter = column.letter;
    ranges.set(id, `'${LIST_SHEET}'!$${letter}$2:$${letter}$${list.values.length + 1}`);
  });
  const lastRow = Math.min(MAX_DATA_ROWS, data.rows.length + VALIDATION_SLACK) + 2;
  // exceljs keeps range validations in a model its typings leave out.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  data.columns.forEach((c, i) => {
    const range = ranges.get(c.choices ?? c.commune);
    if (!range) return;
    const letter = sheet.getColumn(i + 1).letter;
    validations.add(`${letter}3:${letter}${lastRow}`, {
      type: "list",
      allowBlank: true,
      formulae: [range],
      // A warning, not a refusal: keys (HTX, nong_nghiep) and names in the code column
      // are accepted too, and the importer checks every value anyway.
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Giá trị ngoài danh sách",
      error:
        c.commune === "code"
          ? "Mã xã không có trong danh sách. Có thể ghi tên xã; khi nhập hệ thống sẽ kiểm tra lại."
          : "Hãy chọn trong danh sách. Mã giá trị (ví dụ HTX) cũng được chấp nhận; khi nhập hệ thống sẽ kiểm tra lại.",
    });
  });
}

/** CSV: the same two header rows (labels, keys), UTF-8 with a BOM. */
export function writeCsv(data: SheetData): string {
  const header = [data.columns.map((c) => c.label), data.columns.map((c) => c.key)];
  // Text cells neutralised against formula injection (numbers stay numbers).
  const rows = [...header, ...data.rows].map((r) =>
    // A decimal number in vi-VN: "72,5" (the importer reads both comma and point).
    r.map((c) =>
      c === null
        ? ""
        : typeof c === "bigint"
          ? c.toString()
          : typeof c === "number"
            ? Number.isInteger(c)
              ? c
              : String(c).replace(".", ",")
            : neutraliseCsvText(c),
    ),
  );
  return "\ufeff" + Papa.unparse(rows as unknown[][], { newline: "\r\n" });
}
