// One approval transition of a dossier (organisation, year): read the report envelope —
// the organisation was authorized by the action — check the state and the version the
// caller saw, update, audit. Approval also makes the covered pending changes the approved
// state (pending-changes.ts) and records exactly what it approved.
import type { ApprovalStatus, Prisma } from "@/generated/prisma/client";
import { APPROVAL_STATUS_LABEL } from "@/domain/labels";
import type { AuditInput } from "../audit/record-audit";
import { assertCanApprove } from "../auth/permissions";
import { assertCanWriteOrganisation } from "../auth/record-scope";
import type { Viewer } from "../auth/viewer";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { clearDossierChanges, fingerprint, listDossierChanges } from "./pending-changes";

type Tx = Prisma.TransactionClient;

export type TransitionAction = "SUBMIT" | "APPROVE" | "RETURN" | "REOPEN" | "WITHDRAW";

export const staleApprovalMessage =
  "Hồ sơ đã thay đổi sau khi bạn mở trang duyệt (đã được rút lại, sửa hoặc gửi lại); hãy tải lại trang để xem nội dung mới trước khi duyệt";

/** Who may review a dossier (approve, return, reopen): district staff and administrators,
 *  within the organisation's scope. */
export async function authorizeReview(viewer: Viewer, input: { organisationId: number }, tx: Tx): Promise<void> {
  assertCanApprove(viewer);
  await assertCanWriteOrganisation(viewer, tx, input.organisationId);
}

export async function transitionReport(args: {
  tx: Tx;
  viewer: Viewer;
  audit: (e: AuditInput) => Promise<void>;
  organisationId: number;
  year: number;
  version: number;
  from: ApprovalStatus[];
  to: ApprovalStatus;
  action: TransitionAction;
  comment?: string | null;
  /** APPROVE: the fingerprint of the content the reviewer saw (refused if it changed). */
  seen?: string | null;
}) {
  const { tx, organisationId, year } = args;
  const report = await tx.annualReport.findUnique({
    where: { organisationId_year: { organisationId, year } },
    select: { id: true, approvalStatus: true, reviewComment: true, version: true },
  });
  if (!report) {
    throw new AppError("INVALID", `Chưa có hồ sơ năm ${year} của tổ chức này; hãy nhập báo cáo năm trước`);
  }
  if (args.action === "APPROVE" && report.version !== args.version)
    throw new AppError("CONFLICT", staleApprovalMessage);
  if (!args.from.includes(report.approvalStatus)) {
    throw new AppError(
      "CONFLICT",
      `Không thể thực hiện khi hồ sơ năm ${year} đang ở trạng thái "${APPROVAL_STATUS_LABEL[report.approvalStatus]}"; hãy tải lại trang`,
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
  if (args.action === "WITHDRAW") Object.assign(data, { submittedAt: null, submittedById: null });

  let approved: { changes: number; fingerprint: string; rows: unknown } | undefined;
  if (args.action === "APPROVE") {
    const changes = await listDossierChanges(tx, organisationId, year);
    const print = fingerprint(changes);
    if (args.seen && args.seen !== print) throw new AppError("CONFLICT", staleApprovalMessage);
    await clearDossierChanges(tx, organisationId, year);
    approved = {
      changes: changes.length,
      fingerprint: print,
      rows: changes.map((c) => ({ entity: c.entity, rowId: c.rowId, before: c.before, approved: c.current })),
    };
  }
  await updateWithVersion(tx, "annualReport", report.id, args.version, data);
  await args.audit({
    action: args.action === "WITHDRAW" ? "RETURN" : args.action,
    entity: "AnnualReport",
    entityId: report.id,
    before: { approvalStatus: report.approvalStatus, reviewComment: report.reviewComment },
    after: {
      approvalStatus: args.to,
      reviewComment: data.reviewComment ?? null,
      organisationId,
      year,
      ...(args.action === "WITHDRAW" ? { withdrawn: true } : {}),
      ...(approved ? { approved } : {}),
    },
  });
  return { id: report.id, organisationId, year, approvalStatus: args.to };
}

export const approvalPaths = (d: { organisationId: number; year: number }) => [
  `/to-chuc/${d.organisationId}`,
  `/to-chuc/${d.organisationId}/nam/${d.year}`,
  "/duyet-so-lieu",
  `/duyet-so-lieu/${d.organisationId}/${d.year}`,
  "/",
];
