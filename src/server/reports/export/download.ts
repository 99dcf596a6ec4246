// Shared pieces of the export route handlers: file names and responses.
import { randomBytes } from "node:crypto";
import { getOptionalViewer } from "../../auth/session";
import type { Viewer } from "../../auth/viewer";
import { AppError } from "../../errors";

export const CONTENT_TYPES = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  csv: "text/csv; charset=utf-8",
} as const;
export type ExportFormat = keyof typeof CONTENT_TYPES;

/** "Quý III năm 2025" → "quy-iii-nam-2025" (ASCII for the plain filename parameter). */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

export function fileResponse(body: Buffer | string, format: ExportFormat, baseName: string): Response {
  const name = `${baseName}.${format}`;
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Content-Length": String(bytes.length),
      // Reports contain personal-data-free aggregates, but never cache authenticated content.
      "Cache-Control": "private, no-store",
    },
  });
}

/** A plain-text error response for an AppError (401/403/404/400), or null for other errors. */
function errorResponse(e: unknown): Response | null {
  if (!(e instanceof AppError)) return null;
  const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID: 400, CONFLICT: 409 }[e.code];
  return new Response(e.message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** An export route's answer for a signed-in viewer: `build`'s file, or the error as plain
 *  text; an unexpected one is logged under `what` with a reference the user can quote
 *  (never a stack trace in the response). */
export async function exportResponse(what: string, build: (viewer: Viewer) => Promise<Response>): Promise<Response> {
  try {
    const viewer = await getOptionalViewer();
    if (!viewer) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
    return await build(viewer);
  } catch (e) {
    const known = errorResponse(e);
    if (known) return known;
    const ref = randomBytes(4).toString("hex").toUpperCase();
    console.error(`[${what}] lỗi ngoài dự kiến, ref=${ref}`, e);
    return new Response(`Không xuất được tệp (mã tham chiếu ${ref}).`, {
      status: 500,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}
