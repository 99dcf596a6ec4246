// One entry point for every export format of a report document (saved or live).
import type { ReportDocument } from "@/domain/reports/document";
import { CSV_TABLES, renderReportCsv, type CsvTable } from "./report-csv";
import { renderReportDocx } from "./report-docx";
import { renderReportPdf } from "./report-pdf";
import { renderReportXlsx } from "./report-xlsx";
import { AppError } from "../../errors";
import type { ExportFormat } from "./download";

export const EXPORT_FORMATS: readonly ExportFormat[] = ["pdf", "xlsx", "docx", "csv"];

export function isExportFormat(v: string): v is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(v);
}

export function parseCsvTable(v: string | null): CsvTable {
  const table = v ?? "muc-tieu";
  if (!(CSV_TABLES as readonly string[]).includes(table)) {
    throw new AppError("INVALID", `Bảng không hợp lệ; dùng một trong: ${CSV_TABLES.join(", ")}`);
  }
  return table as CsvTable;
}

export async function renderExport(
  doc: ReportDocument,
  format: ExportFormat,
  csvTable: CsvTable,
): Promise<Buffer | string> {
  switch (format) {
    case "pdf":
      return renderReportPdf(doc);
    case "xlsx":
      return renderReportXlsx(doc);
    case "docx":
      return renderReportDocx(doc);
    case "csv":
      return renderReportCsv(doc, csvTable);
  }
}
