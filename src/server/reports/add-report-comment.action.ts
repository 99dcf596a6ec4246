"use server";
import { defineAction } from "../actions/define-action";
import { AppError } from "../errors";
import { addReportCommentSchema } from "./add-report-comment.validation";
import { assertCanCommentOnReports } from "./report-permissions";

/**
 * A comment on a published report (standing committee, district staff, administrators),
 * on the whole report or on one of its sections.
 */
export const addReportComment = defineAction({
  name: "reports.comment",
  schema: addReportCommentSchema,
  authorize: (viewer) => assertCanCommentOnReports(viewer),
  revalidate: (data: { reportId: number }) => [`/bao-cao/${data.reportId}`],
  async handler({ viewer, input, prisma, audit }) {
    const report = await prisma.periodicReport.findUnique({ where: { id: input.reportId }, select: { status: true } });
    if (!report) throw new AppError("NOT_FOUND", "Không tìm thấy báo cáo");
    if (report.status !== "PUBLISHED") throw new AppError("INVALID", "Chỉ góp ý được khi báo cáo đã ban hành");
    const comment = await prisma.reportComment.create({
      data: { reportId: input.reportId, userId: viewer.id, body: input.body, sectionKey: input.sectionKey ?? null },
      select: { id: true },
    });
    await audit({
      action: "CREATE",
      entity: "ReportComment",
      entityId: comment.id,
      after: { reportId: input.reportId, sectionKey: input.sectionKey ?? null, body: input.body },
    });
    return { id: comment.id, reportId: input.reportId };
  },
});
