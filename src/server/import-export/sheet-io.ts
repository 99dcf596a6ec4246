// Reading and writing the spreadsheets: XLSX through exceljs (first worksheet), CSV
// through papaparse (UTF-8, comma or semicolon, with a BOM on output so that Excel
// shows the diacritics). Both give rows of cells numbered as Excel numbers them.
// Reading happens in a bounded worker thread (sheet-parse.ts, sheet-worker.cjs).
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { SheetRow } from "@/domain/import/table";
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
  header: readonly string[];
  note: readonly string[];
  rows: readonly (readonly OutCell[])[];
  /** Columns written as text even when they look numeric (codes). */
  textColumns?: readonly string[];
};

/** XLSX: keys in row 1, labels in row 2 (italic), numbers as numbers. */
export async function writeXlsx(data: SheetData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "KTT Gò Công Tây";
  const sheet = workbook.addWorksheet(data.sheetName, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.addRow([...data.header]).font = { bold: true };
  const note = sheet.addRow([...data.note]);
  note.font = { italic: true, color: { argb: "FF555555" } };
  for (const r of data.rows) sheet.addRow(r.map((c) => (typeof c === "bigint" ? Number(c) : c)));
  data.header.forEach((key, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(40, Math.max(12, key.length + 2, (data.note[i]?.length ?? 0) * 0.6));
    if (data.textColumns?.includes(key)) column.numFmt = "@";
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV: the same two header rows, UTF-8 with a BOM. */
export function writeCsv(data: SheetData): string {
  // Text cells neutralised against formula injection (numbers stay numbers).
  const rows = [data.header, data.note, ...data.rows].map((r) =>
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
