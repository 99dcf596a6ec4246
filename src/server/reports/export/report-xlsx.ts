// The report's tables as an Excel workbook, one sheet per table. The top rows of every
// sheet say what the figures are (title, period, scope, when they were frozen, every
// filter by name, what is provisional or missing) so a sheet forwarded on its own
// still makes sense. Numbers are numbers with vi-VN
// display formats (Excel shows the separators of the reader's locale: 1.250.000 in
// Vietnamese); percentages are stored as the percentage itself (60.5 → "60,5 %").
import ExcelJS from "exceljs";
import { asOfLine, contextLines, issuerText, type ReportDocument } from "@/domain/reports/document";
import { allTables, type CellKind, type Table } from "@/domain/reports/tables";
import { REPORT_STATUS_LABELS } from "@/domain/reports/period";
import { isNumbered } from "@/domain/reports/letterhead";
import { vietnamDay } from "@/domain/time/vietnam";
import { formatDate } from "@/domain/format/date";

export const SHEET_NAMES: Record<Table["id"], string> = {
  "muc-tieu": "Chỉ tiêu",
  xa: "Theo xã",
  "loai-hinh": "Theo loại hình",
  "linh-vuc": "Theo lĩnh vực",
  "ho-tro": "Hỗ trợ IV.2",
  "chat-luong": "Chất lượng số liệu",
};

/** Rows above each table's header row: the header lines and a blank row. */
export const xlsxHeaderRows = (doc: ReportDocument) => reportHeaderLines(doc).length + 1;

const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  year: "0",
  money: "#,##0",
  percent: '#,##0.0" %"',
  points: "+#,##0.0;-#,##0.0;0",
};

export function reportHeaderLines(doc: ReportDocument): string[] {
  const snap = doc.snapshot;
  const status = doc.status === "LIVE" ? "Số liệu trực tiếp (chưa chốt)" : REPORT_STATUS_LABELS[doc.status];
  return [
    `${doc.heading} ${doc.title}`.trim(),
    `Kỳ báo cáo: ${doc.periodLabel} ${asOfLine(snap)}`,
    `Phạm vi: ${snap.scopeLabel}`,
    `${status}; số liệu chốt lúc ${formatDate(vietnamDay(new Date(snap.takenAt)))}${issuerText(doc) ? `; ${issuerText(doc)}` : ""}${doc.formal && isNumbered(doc.formal.documentNumber) ? `; số ${doc.formal.documentNumber}` : ""}`,
    // The filters by name, then what is provisional, missing or hidden.
    ...contextLines(snap),
  ];
}

export async function renderReportXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = issuerText(doc);
  wb.created = new Date(doc.snapshot.takenAt);
  const header = reportHeaderLines(doc);
  const headerRows = header.length + 1;
  for (const table of allTables(doc)) {
    const ws = wb.addWorksheet(SHEET_NAMES[table.id], { views: [{ state: "frozen", ySplit: headerRows + 1 }] });
    header.forEach((line, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = i === 0 ? `${line} — ${table.title}` : line;
      cell.font = { bold: i === 0, size: i === 0 ? 13 : 11 };
    });
    const headRow = ws.getRow(headerRows + 1);
    table.columns.forEach((c, i) => {
      const cell = headRow.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
      ws.getColumn(i + 1).width = Math.max(8, c.width * 1.1);
    });
    const rows = table.footer ? [...table.rows, table.footer] : table.rows;
    rows.forEach((row, r) => {
      const xr = ws.getRow(headerRows + 2 + r);
      row.forEach((c, i) => {
        const cell = xr.getCell(i + 1);
        cell.value = c.v === "" ? null : c.v;
        const fmt = NUMBER_FORMATS[c.kind];
        if (fmt && typeof c.v === "number") cell.numFmt = fmt;
      });
      if (table.footer && r === rows.length - 1) xr.font = { bold: true };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
