// POST /nhap-xuat/nhap (multipart: kind, file, mode=kiem-tra|nhap, confirmLinks).
// A route handler rather than a server action because server actions refuse bodies
// over 1 MB unless next.config is changed, and files may be up to 10 MB. It performs
// the same checks: the import runs through the defineAction pipeline (`run` with the
// signed-in viewer: role check, zod, one transaction, audit); the preview ("kiểm tra")
// writes nothing but checks the viewer and role itself. Cross-site posts are refused
// (the session cookie is SameSite=Lax too).
import { formatIssue } from "@/domain/import/issues";
import type { ImportKind } from "@/domain/import/columns";
import { prisma } from "@/server/db";
import { getOptionalViewer } from "@/server/auth/session";
import { canWriteSomewhere } from "@/server/auth/permissions";
import { isAppError } from "@/server/errors";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { importSpreadsheetSchema } from "@/server/import-export/import-spreadsheet.validation";
import { runImport } from "@/server/import-export/run-import";
import { MAX_FILE_BYTES } from "@/server/import-export/sheet-io";
import { formDataToObject } from "@/server/actions/form-data";
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
  const ip = clientIpFrom(req.headers);

  if (form.get("mode") === "kiem-tra") {
    if (!canWriteSomewhere(viewer)) {
      return Response.json({ ok: false, error: "Tài khoản này không được nhập dữ liệu" }, { status: 403 });
    }
    const parsed = importSpreadsheetSchema.safeParse(formDataToObject(form));
    if (!parsed.success)
      return Response.json({ ok: false, error: parsed.error.issues[0]?.message ?? "Dữ liệu chưa hợp lệ" });
    try {
      const bytes = new Uint8Array(await parsed.data.file.arrayBuffer());
      const r = await runImport(
        prisma,
        viewer,
        parsed.data.kind as ImportKind,
        { bytes, name: parsed.data.file.name },
        {
          dryRun: true,
        },
      );
      if (!r.ok) {
        return Response.json({
          ok: false,
          error: `Tệp có ${r.issues.length} lỗi. Hãy sửa các lỗi dưới đây rồi kiểm tra lại.`,
          fieldErrors: { issues: r.issues.slice(0, 1000).map(formatIssue) },
        });
      }
      return Response.json({ ok: true, preview: true, data: r.summary });
    } catch (e) {
      if (isAppError(e)) return Response.json({ ok: false, error: e.message });
      throw e;
    }
  }
  const result = await importSpreadsheet.run(viewer, form, prisma, { ip });
  return Response.json(result);
}
