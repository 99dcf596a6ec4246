// POST /nhap-xuat/nhap (multipart: kind, file, mode=kiem-tra|nhap, confirmLinks).
// A route handler rather than a server action because server actions refuse bodies
// over 1 MB unless next.config is changed, and files may be up to 10 MB. It only reads
// the request: the import runs through the defineAction pipeline (`run` with the
// signed-in viewer: role check, zod, one transaction, audit), the preview ("kiểm tra")
// through previewImport (same checks, same read + plan, nothing written). Cross-site
// posts are refused (the session cookie is SameSite=Lax too).
import { prisma } from "@/server/db";
import { getOptionalViewer } from "@/server/auth/session";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { previewImport } from "@/server/import-export/preview-import";
import { MAX_FILE_BYTES } from "@/server/import-export/sheet-io";
import { clientIpFrom } from "@/server/http/client-ip";
import { sameOrigin } from "@/server/http/same-origin";

export async function POST(req: Request) {
  if (!sameOrigin(req)) return Response.json({ ok: false, error: "Yêu cầu không hợp lệ" }, { status: 403 });
  if (Number(req.headers.get("content-length") ?? 0) > MAX_FILE_BYTES + 64 * 1024) {
    return Response.json({ ok: false, error: "Tệp lớn hơn 10 MB; hãy chia nhỏ tệp" }, { status: 413 });
  }
  const viewer = await getOptionalViewer();
  if (!viewer) return Response.json({ ok: false, error: "Bạn cần đăng nhập" }, { status: 401 });
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return Response.json({ ok: false, error: "Không đọc được tệp gửi lên" }, { status: 400 });
  }
  if (form.get("mode") === "kiem-tra") {
    const preview = await previewImport(viewer, form, prisma);
    return Response.json(preview.body, { status: preview.status });
  }
  const result = await importSpreadsheet.run(viewer, form, prisma, { ip: clientIpFrom(req.headers) });
  return Response.json(result);
}
