// One approval transition: read the report by (organisation, year) — the organisation
// was authorized by the action — check the state, update with the version, audit.
import type { ApprovalStatus, Prisma } from "@/generated/prisma/client";
import { APPROVAL_STATUS_LABEL } from "@/domain/labels";
import type { AuditInput } from "../../actions/define-action";
import type { Viewer } from "../../auth/viewer";
import { updateWithVersion } from "../../db/optimistic";
import { AppError } from "../../errors";

type Tx = Prisma.TransactionClient;

export async function transitionReport(args: {
  tx: Tx;
  viewer: Viewer;
  audit: (e: AuditInput) => Promise<void>;
  organisationId: number;
  year: number;
  version: number;
  from: ApprovalStatus[];
  to: ApprovalStatus;
  action: "SUBMIT" | "APPROVE" | "RETURN" | "REOPEN";
  comment?: string | null;
}) {
  const { tx, organisationId, year } = args;
  const report = await tx.annualReport.findUnique({
    where: { organisationId_year: { organisationId, year } },
    select: { id: true, approvalStatus: true, reviewComment: true },
  });
  if (!report) {
    throw new AppError("INVALID", `Chưa có báo cáo năm ${year} của tổ chức này; hãy nhập báo cáo trước`);
  }
  if (!args.from.includes(report.approvalStatus)) {
    throw new AppError(
      "INVALID",
      `Không thể thực hiện khi số liệu năm ${year} đang ở trạng thái "${APPROVAL_STATUS_LABEL[report.approvalStatus]}"; hãy tải lại trang`,
    );
  }
  const now = new Date();
  const data: Prisma.AnnualReportUpdateManyMutationInput & {
    submittedById?: number | null;
    approvedById?: number | null;
  } = {
    approvalStatus: args.to,
  };
  if (args.action === "SUBMIT")
    Object.assign(data, { submittedAt: now, submittedById: args.viewer.id, reviewComment: null });
  if (args.action === "APPROVE")
    Object.assign(data, { approvedAt: now, approvedById: args.viewer.id, reviewComment: args.comment ?? null });
  if (args.action === "RETURN" || args.action === "REOPEN")
    Object.assign(data, { approvedAt: null, approvedById: null, reviewComment: args.comment ?? null });
  await updateWithVersion(tx, "annualReport", report.id, args.version, data);
  await args.audit({
    action: args.action,
    entity: "AnnualReport",
    entityId: report.id,
    before: { approvalStatus: report.approvalStatus, reviewComment: report.reviewComment },
    after: { approvalStatus: args.to, reviewComment: data.reviewComment ?? null, organisationId, year },
  });
  return { id: report.id, organisationId, year, approvalStatus: args.to };
}

export const approvalPaths = (d: { organisationId: number; year: number }) => [
  `/to-chuc/${d.organisationId}`,
  `/to-chuc/${d.organisationId}/nam/${d.year}`,
  "/duyet-so-lieu",
  "/",
];
