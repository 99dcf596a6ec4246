// GET /quan-tri/du-lieu-ca-nhan/<id>/xuat: everything held about one person, as JSON, for
// a data subject's request (administrators; each export is logged).
import { prisma } from "@/server/db";
import { getOptionalViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { getPersonRecord } from "@/server/personal-data/person-record";
import { recordPersonalDataAccess } from "@/server/audit/personal-data-access";
import { clientIpFrom } from "@/server/http/client-ip";
import { isAppError } from "@/server/errors";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const viewer = await getOptionalViewer();
  if (!viewer) return Response.json({ error: "Bạn cần đăng nhập" }, { status: 401 });
  if (!canAdminister(viewer))
    return Response.json({ error: "Chỉ quản trị viên được xuất dữ liệu cá nhân" }, { status: 403 });
  const id = Number((await ctx.params).id);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647)
    return Response.json({ error: "Không tìm thấy người này" }, { status: 404 });
  let record;
  try {
    record = await getPersonRecord(viewer, prisma, id);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return Response.json({ error: e.message }, { status: 404 });
    throw e;
  }
  await recordPersonalDataAccess(
    prisma,
    viewer,
    { kind: "EXPORT", what: `Hồ sơ dữ liệu cá nhân #${id} (JSON)`, personId: id, persons: 1 },
    clientIpFrom(req.headers),
  );
  const body = JSON.stringify(
    {
      exportedAt: new Date().toISOString(),
      legalBasis: "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 — quyền được cung cấp dữ liệu",
      person: record.person,
      history: record.history,
    },
    (_k, v) => (typeof v === "bigint" ? v.toString() : v),
    2,
  );
  return new Response(body, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="du-lieu-ca-nhan-${id}.json"`,
      "cache-control": "no-store",
    },
  });
}
