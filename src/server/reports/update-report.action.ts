"use server";
import { defineAction } from "../actions/define-action";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { assertCanManageReports, PUBLISHED_IS_FROZEN } from "./report-permissions";
import { updateReportSchema } from "./update-report.validation";
import { REPORT_TEXT_SELECT } from "./report-select";

/** Title, formal parts and narrative of a draft; a published report is refused. */
export const updateReport = defineAction({
  name: "reports.update",
  schema: updateReportSchema,
  authorize: (viewer) => assertCanManageReports(viewer),
  revalidate: (data: { id: number }) => [`/bao-cao/${data.id}`, "/bao-cao"],
  async handler({ input, prisma, audit }) {
    const before = await prisma.periodicReport.findUnique({
      where: { id: input.id },
      select: { status: true, ...REPORT_TEXT_SELECT },
    });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy báo cáo");
    if (before.status !== "DRAFT") throw new AppError("CONFLICT", PUBLISHED_IS_FROZEN);
    const { id, version, ...fields } = input;
    // The version check also catches a publish that happened after the editor opened
    // the draft: publishing bumps the version.
    const updated = await updateWithVersion(prisma, "periodicReport", id, version, fields);
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((k) => before[k] !== fields[k]);
    await audit({
      action: "UPDATE",
      entity: "PeriodicReport",
      entityId: id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, fields[k]])),
    });
    return { id, version: updated.version };
  },
});
