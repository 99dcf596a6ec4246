// Exports of the live overview with its filters, e.g. /xuat/tong-quan.xlsx?nam=2025&xa=3
// (the overview page's own query string): .pdf, .xlsx, .docx, .csv (?bang=muc-tieu|xa|ho-tro).
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { getLiveDashboardDocument } from "@/server/reports/get-live-document";
import { exportResponse, fileResponse } from "@/server/reports/export/download";
import { isExportFormat, parseCsvTable, renderExport } from "@/server/reports/export/render-export";

export const runtime = "nodejs";

type Context = { params: Promise<{ file: string }> };

export function GET(request: Request, { params }: Context) {
  return exportResponse("export overview", async (viewer) => {
    const match = /^tong-quan\.([a-z]+)$/.exec((await params).file);
    const format = match?.[1] ?? "";
    if (!isExportFormat(format)) throw new AppError("NOT_FOUND", "Không tìm thấy");
    const query = new URL(request.url).searchParams;
    const table = parseCsvTable(format === "csv" ? query.get("bang") : null);
    query.delete("bang");
    const doc = await getLiveDashboardDocument(viewer, prisma, query);
    const body = await renderExport(doc, format, table);
    const name = `tong-quan-${doc.snapshot.filters.asOf}${format === "csv" ? `-${table}` : ""}`;
    return fileResponse(body, format, name);
  });
}
