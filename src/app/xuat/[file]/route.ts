// Exports of the live overview with its filters, e.g. /xuat/tong-quan.xlsx?nam=2025&xa=3
// (the overview page's own query string): .pdf, .xlsx, .docx, .csv (?bang=muc-tieu|xa|ho-tro).
import { randomBytes } from "node:crypto";
import { prisma } from "@/server/db";
import { getOptionalViewer } from "@/server/auth/session";
import { AppError } from "@/server/errors";
import { getLiveDashboardDocument } from "@/server/reports/get-live-document";
import { errorResponse, fileResponse } from "@/server/reports/export/download";
import { isExportFormat, parseCsvTable, renderExport } from "@/server/reports/export/render-export";

export const runtime = "nodejs";

type Context = { params: Promise<{ file: string }> };

export async function GET(request: Request, { params }: Context) {
  try {
    const viewer = await getOptionalViewer();
    if (!viewer) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
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
  } catch (e) {
    const known = errorResponse(e);
    if (known) return known;
    const ref = randomBytes(4).toString("hex").toUpperCase();
    console.error(`[export overview] lỗi ngoài dự kiến, ref=${ref}`, e);
    return new Response(`Không xuất được tệp (mã tham chiếu ${ref}).`, {
      status: 500,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}
