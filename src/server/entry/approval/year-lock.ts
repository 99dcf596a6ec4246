// Approved yearly data is locked: while an organisation's AnnualReport for a year is
// APPROVED, its report, rating, digital practices and support of that year cannot be
// changed until the district reopens it. Linkages and high-technology records cover a
// period: they are locked when any year they cover is approved (a record without an
// end date covers every year from its start).
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "../../errors";

type Tx = Prisma.TransactionClient;

export const lockedMessage = (year: number) =>
  `Số liệu năm ${year} của tổ chức này đã được duyệt; cần Phòng TC-KH mở lại để sửa`;

export async function assertYearOpen(tx: Tx, organisationId: number, year: number): Promise<void> {
  const report = await tx.annualReport.findUnique({
    where: { organisationId_year: { organisationId, year } },
    select: { approvalStatus: true },
  });
  if (report?.approvalStatus === "APPROVED") throw new AppError("CONFLICT", lockedMessage(year));
}

/** Refuses when an approved year of the organisation falls within [from, to] (to null: open-ended). */
export async function assertPeriodOpen(tx: Tx, organisationId: number, from: Date, to: Date | null): Promise<void> {
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
