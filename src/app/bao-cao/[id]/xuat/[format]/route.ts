// Exports of a saved report: /bao-cao/<id>/xuat/pdf | xlsx | docx | csv?bang=muc-tieu|xa|ho-tro.
// Sign-in required; a draft only for those who may edit it (getReport refuses others).
import { randomBytes } from "node:crypto";
import { prisma } from "@/server/db";
import { getOptionalViewer } from "@/server/auth/session";
import { AppError } from "@/server/errors";
import { getReport } from "@/server/reports/get-report";
import { errorResponse, fileResponse, slug } from "@/server/reports/export/download";
import { isExportFormat, parseCsvTable, renderExport } from "@/server/reports/export/render-export";

export const runtime = "nodejs";

type Context = { params: Promise<{ id: string; format: string }> };

export async function GET(request: Request, { params }: Context) {
  try {
    const viewer = await getOptionalViewer();
    if (!viewer) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
    const { id, format } = await params;
    if (!/^\d{1,9}$/.test(id) || !isExportFormat(format)) throw new AppError("NOT_FOUND", "Không tìm thấy");
    const { document } = await getReport(viewer, prisma, Number(id));
    const table = parseCsvTable(format === "csv" ? new URL(request.url).searchParams.get("bang") : null);
    const body = await renderExport(document, format, table);
    const name = `bao-cao-${id}-${slug(document.periodLabel)}${format === "csv" ? `-${table}` : ""}`;
    return fileResponse(body, format, name);
  } catch (e) {
    const known = errorResponse(e);
    if (known) return known;
    const ref = randomBytes(4).toString("hex").toUpperCase();
    console.error(`[export report] lỗi ngoài dự kiến, ref=${ref}`, e);
    return new Response(`Không xuất được tệp (mã tham chiếu ${ref}).`, {
      status: 500,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}
