// The import as a defineAction: sign-in, role check, one transaction for all rows
// (all or nothing), one IMPORT audit row with the counts (per-record rows are written
// by the importer). The page posts to the route handler /nhap-xuat/nhap, which calls
// this action's `run` with the signed-in viewer: same pipeline, without the 1 MB body
// limit of server actions (files may be up to 10 MB) and without touching next.config.
// Not a "use server" module: no client code references it, so no action id is exposed.
import { formatIssue } from "@/domain/import/issues";
import type { ImportKind } from "@/domain/import/columns";
import { defineAction } from "../actions/define-action";
import { canWriteSomewhere } from "../auth/permissions";
import { AppError } from "../errors";
import { MAX_REPORTED_ISSUES, importSpreadsheetSchema } from "./import-spreadsheet.validation";
import { runImport, type AnySummary } from "./run-import";

export const importSpreadsheet = defineAction({
  name: "importExport.import",
  schema: importSpreadsheetSchema,
  authorize(viewer) {
    if (!canWriteSomewhere(viewer)) {
      throw new AppError(
        "FORBIDDEN",
        viewer.role === "COMMITTEE"
          ? "Tài khoản Thường trực chỉ được xem, không được nhập dữ liệu"
          : "Tài khoản chưa được giao địa bàn để nhập dữ liệu",
      );
    }
  },
  revalidate: ["/", "/to-chuc", "/nhap-xuat"],
  async handler({ viewer, input, prisma, audit, ip }): Promise<AnySummary> {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const result = await runImport(
      prisma,
      viewer,
      input.kind as ImportKind,
      { bytes, name: input.file.name },
      {
        ip,
        confirmLinks: input.confirmLinks,
      },
    );
    if (!result.ok) {
      // Thrown so that the transaction rolls back (nothing has been written anyway).
      throw new AppError(
        "INVALID",
        `Tệp có ${result.issues.length} lỗi, chưa ghi dòng nào. Hãy sửa các lỗi dưới đây rồi nhập lại.`,
        { issues: result.issues.slice(0, MAX_REPORTED_ISSUES).map(formatIssue) },
      );
    }
    const { summary } = result;
    await audit({
      action: "IMPORT",
      entity: "Import",
      entityId: input.kind,
      after: {
        fileName: input.file.name,
        format: result.format,
        ...summary,
        links: "links" in summary ? summary.links.length : undefined,
        warnings: summary.warnings.length,
      },
    });
    return summary;
  },
});
