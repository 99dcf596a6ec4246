// Exports of a saved report: /bao-cao/<id>/xuat/pdf | xlsx | docx | csv?bang=muc-tieu|xa|ho-tro.
// Sign-in required; a draft only for those who may edit it (getReport refuses others).
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { getReport } from "@/server/reports/get-report";
import { exportResponse, fileResponse, slug } from "@/server/reports/export/download";
import { isExportFormat, parseCsvTable, renderExport } from "@/server/reports/export/render-export";

export const runtime = "nodejs";

type Context = { params: Promise<{ id: string; format: string }> };

export function GET(request: Request, { params }: Context) {
  return exportResponse("export report", async (viewer) => {
    const { id, format } = await params;
    if (!/^\d{1,9}$/.test(id) || !isExportFormat(format)) throw new AppError("NOT_FOUND", "Không tìm thấy");
    const { document } = await getReport(viewer, prisma, Number(id));
    const table = parseCsvTable(format === "csv" ? new URL(request.url).searchParams.get("bang") : null);
    const body = await renderExport(document, format, table);
    const name = `bao-cao-${id}-${slug(document.periodLabel)}${format === "csv" ? `-${table}` : ""}`;
    return fileResponse(body, format, name);
  });
}
