// GET /nhap-xuat/mau/{to-chuc-theo-nam|dan-so|thanh-vien}?dinh_dang=xlsx|csv: an empty
// template (Vietnamese header row, key row, dropdowns and instructions in the XLSX).
// Signed-in users only.
import { IMPORT_KINDS, type ImportKind } from "@/domain/import/columns";
import { prisma } from "@/server/db";
import { getOptionalViewer } from "@/server/auth/session";
import { parseFormat, sheetResponse, templateSheet } from "@/server/import-export/download";

export async function GET(req: Request, ctx: { params: Promise<{ kind: string }> }) {
  const viewer = await getOptionalViewer();
  if (!viewer) return Response.json({ error: "Bạn cần đăng nhập" }, { status: 401 });
  const { kind } = await ctx.params;
  const format = parseFormat(new URL(req.url).searchParams.get("dinh_dang"));
  if (!IMPORT_KINDS.includes(kind as ImportKind) || !format) {
    return Response.json({ error: "Không có mẫu này" }, { status: 404 });
  }
  const { data, baseName } = await templateSheet(prisma, kind as ImportKind);
  return sheetResponse(data, format, baseName);
}
