"use server";
import { defineAction } from "../actions/define-action";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { findPreviousPublishedReport } from "./find-previous-report";
import { publicationProblems } from "@/domain/reports/letterhead";
import { publishReportSchema } from "./publish-report.validation";
import { assertCanManageReports, PUBLISHED_IS_FROZEN } from "./report-permissions";

/**
 * Draft → published. From then on the report is read-only (figures were frozen at
 * creation, the narrative is frozen now), and the previous published report of the
 * same scope is fixed, so its "change since the previous report" never moves.
 */
export const publishReport = defineAction({
  name: "reports.publish",
  schema: publishReportSchema,
  authorize: (viewer) => assertCanManageReports(viewer),
  revalidate: (data: { id: number }) => [`/bao-cao/${data.id}`, "/bao-cao"],
  async handler({ viewer, input, prisma, audit }) {
    const report = await prisma.periodicReport.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        status: true,
        scopeKey: true,
        programmeId: true,
        asOf: true,
        results: true,
        documentNumber: true,
        signerTitle: true,
        signerName: true,
      },
    });
    if (!report) throw new AppError("NOT_FOUND", "Không tìm thấy báo cáo");
    if (report.status !== "DRAFT") throw new AppError("CONFLICT", PUBLISHED_IS_FROZEN);
    if (!report.results.trim()) {
      throw new AppError("INVALID", "Hãy viết phần “Kết quả thực hiện” trước khi ban hành", {
        results: ["Hãy viết phần kết quả thực hiện"],
      });
    }
    const problems = publicationProblems(report);
    if (Object.keys(problems).length) {
      throw new AppError(
        "INVALID",
        `Chưa ban hành được: ${Object.values(problems)
          .map((m) => m.charAt(0).toLowerCase() + m.slice(1))
          .join("; ")}. Sửa trong phần soạn thảo rồi lưu dự thảo.`,
        Object.fromEntries(Object.entries(problems).map(([k, m]) => [k, [m]])),
      );
    }
    const previous = await findPreviousPublishedReport(prisma, report);
    const publishedAt = new Date();
    const updated = await updateWithVersion(prisma, "periodicReport", input.id, input.version, {
      status: "PUBLISHED",
      publishedAt,
      publishedById: viewer.id,
      previousReportId: previous?.id ?? null,
    });
    await audit({
      action: "STATUS_CHANGE",
      entity: "PeriodicReport",
      entityId: input.id,
      before: { status: "DRAFT" },
      after: { status: "PUBLISHED", publishedAt, previousReportId: previous?.id ?? null },
    });
    return { id: input.id, version: updated.version };
  },
});
