// The preview ("Kiểm tra") of an import: the same checks as the import action (viewer
// allowed to write, the same zod schema) and the same read + plan (runImport with
// dryRun), without the transaction, the writes or the audit row: nothing changes.
import type { PrismaClient } from "@/generated/prisma/client";
import type { ImportKind } from "@/domain/import/columns";
import { formatIssue } from "@/domain/import/issues";
import { formDataToObject } from "@/domain/actions/form-data";
import { canWriteSomewhere } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { isAppError } from "../errors";
import { MAX_REPORTED_ISSUES, importSpreadsheetSchema } from "./import-spreadsheet.validation";
import { runImport, type AnySummary } from "./run-import";

export type PreviewBody =
  { ok: true; preview: true; data: AnySummary } | { ok: false; error: string; fieldErrors?: { issues: string[] } };

/** The HTTP status and JSON body of the route's answer. */
export async function previewImport(
  viewer: Viewer,
  form: FormData,
  db: PrismaClient,
): Promise<{ status: 200 | 403; body: PreviewBody }> {
  if (!canWriteSomewhere(viewer))
    return { status: 403, body: { ok: false, error: "Tài khoản này không được nhập dữ liệu" } };
  return { status: 200, body: await checkFile(viewer, form, db) };
}

async function checkFile(viewer: Viewer, form: FormData, db: PrismaClient): Promise<PreviewBody> {
  const parsed = importSpreadsheetSchema.safeParse(formDataToObject(form));
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Dữ liệu chưa hợp lệ" };
  try {
    const bytes = new Uint8Array(await parsed.data.file.arrayBuffer());
    const file = { bytes, name: parsed.data.file.name };
    const r = await runImport(db, viewer, parsed.data.kind as ImportKind, file, { dryRun: true });
    if (r.ok) return { ok: true, preview: true, data: r.summary };
    return {
      ok: false,
      error: `Tệp có ${r.issues.length} lỗi. Hãy sửa các lỗi dưới đây rồi kiểm tra lại.`,
      fieldErrors: { issues: r.issues.slice(0, MAX_REPORTED_ISSUES).map(formatIssue) },
    };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: e.message };
    throw e;
  }
}
