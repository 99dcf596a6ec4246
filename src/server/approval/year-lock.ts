// The locks the forms check first, so the user gets the clearest message (the database
// enforces the submission lock for every write anyway: db/write-gate.ts):
// - an APPROVED year of an organisation is locked until the district reopens it: its
//   report, rating, digital practices and support. Linkages and high-technology records
//   cover a period: locked when any year they cover is approved (a record without an end
//   date covers every year from its start);
// - a SUBMITTED dossier is locked until it is withdrawn ("Rút lại để sửa") or returned:
//   its year's data, and the organisation's register data (period records too).
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "../errors";
import { submittedLockMessage } from "../db/write-gate";

type Tx = Prisma.TransactionClient;

export const lockedMessage = (year: number) =>
  `Số liệu năm ${year} của tổ chức này đã được duyệt; cần Phòng TC-KH mở lại để sửa`;

export async function assertYearOpen(tx: Tx, organisationId: number, year: number): Promise<void> {
  const report = await tx.annualReport.findUnique({
    where: { organisationId_year: { organisationId, year } },
    select: { approvalStatus: true },
  });
  if (report?.approvalStatus === "APPROVED") throw new AppError("CONFLICT", lockedMessage(year));
  if (report?.approvalStatus === "SUBMITTED") throw new AppError("CONFLICT", submittedLockMessage(year));
}

/** Refuses while any dossier of the organisation is submitted (register data: identity,
 *  status, members, linkages, high technology). */
export async function assertRegisterOpen(tx: Tx, organisationId: number): Promise<void> {
  const submitted = await tx.annualReport.findFirst({
    where: { organisationId, approvalStatus: "SUBMITTED" },
    orderBy: { year: "asc" },
    select: { year: true },
  });
  if (submitted) throw new AppError("CONFLICT", submittedLockMessage(submitted.year));
}

/** Refuses when an approved year of the organisation falls within [from, to] (to null:
 *  open-ended), or while any of its dossiers is submitted. */
export async function assertPeriodOpen(tx: Tx, organisationId: number, from: Date, to: Date | null): Promise<void> {
  await assertRegisterOpen(tx, organisationId);
  const approved = await tx.annualReport.findFirst({
    where: {
      organisationId,
      approvalStatus: "APPROVED",
      year: { gte: from.getUTCFullYear(), ...(to ? { lte: to.getUTCFullYear() } : {}) },
    },
    orderBy: { year: "asc" },
    select: { year: true },
  });
  if (approved) throw new AppError("CONFLICT", lockedMessage(approved.year));
}
