// GET /nhap-xuat/xuat/to-chuc-theo-nam?nam=2025[&xa=<mã xã>][&dinh_dang=csv]
// GET /nhap-xuat/xuat/dan-so[?nam=2025][&xa=<mã xã>][&dinh_dang=csv]
// Exports in the import format (a round trip changes nothing). Any signed-in role:
// everyone reads the whole district.
import { z } from "zod";
import { resolveCommune } from "@/domain/import/communes";
import { prisma } from "@/server/db";
import { getOptionalViewer } from "@/server/auth/session";
import { parseFormat, sheetResponse } from "@/server/import-export/download";
import { exportOrganisationYears } from "@/server/import-export/export-organisations";
import { exportPopulation } from "@/server/import-export/population";

const query = z.object({
  nam: z.coerce.number().int().min(2000).max(2100).optional(),
  xa: z.string().trim().max(20).optional(),
});

export async function GET(req: Request, ctx: { params: Promise<{ kind: string }> }) {
  const viewer = await getOptionalViewer();
  if (!viewer) return Response.json({ error: "Bạn cần đăng nhập" }, { status: 401 });
  const { kind } = await ctx.params;
  const params = new URL(req.url).searchParams;
  const format = parseFormat(params.get("dinh_dang"));
  const parsed = query.safeParse({ nam: params.get("nam") || undefined, xa: params.get("xa") || undefined });
  if (!format || !parsed.success) return Response.json({ error: "Tham số không hợp lệ" }, { status: 400 });
  const { nam, xa } = parsed.data;
  let communeId: number | null = null;
  if (xa) {
    // A code may name an old and a new commune (28651: thị trấn Vĩnh Bình until 30/06/2025,
    // xã Vĩnh Bình since): the one of the chosen year, else the one in force today.
    const units = await prisma.areaUnit.findMany({
      where: { code: xa, level: "COMMUNE" },
      select: { id: true, code: true, name: true, validFrom: true, validTo: true, successorId: true },
    });
    if (units.length === 1 && !nam) communeId = units[0].id;
    else {
      const unit = resolveCommune(xa, "", units, { refDate: nam ? new Date(Date.UTC(nam, 11, 31)) : new Date() });
      if (!unit.ok) return Response.json({ error: `Mã xã ${xa}: ${unit.message}` }, { status: 400 });
      communeId = unit.commune.id;
    }
  }
  const suffix = `${nam ?? "tat-ca-nam"}${xa ? `-xa-${xa}` : ""}`;
  if (kind === "to-chuc-theo-nam") {
    if (!nam) return Response.json({ error: "Hãy chọn năm" }, { status: 400 });
    return sheetResponse(
      await exportOrganisationYears(prisma, { year: nam, communeId }),
      format,
      `to-chuc-theo-nam-${suffix}`,
    );
  }
  if (kind === "dan-so") {
    return sheetResponse(await exportPopulation(prisma, { year: nam ?? null, communeId }), format, `dan-so-${suffix}`);
  }
  return Response.json({ error: "Không có dữ liệu xuất này" }, { status: 404 });
}
