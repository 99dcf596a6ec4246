import type { OrgStatus, Prisma } from "@/generated/prisma/client";
import { todayInVietnam } from "../dates";

/** The status in force today: the change with the latest effectiveFrom <= today (ACTIVE when none yet). */
export async function statusInForce(tx: Prisma.TransactionClient, organisationId: number): Promise<OrgStatus> {
  const latest = await tx.orgStatusChange.findFirst({
    where: { organisationId, effectiveFrom: { lte: todayInVietnam() } },
    orderBy: { effectiveFrom: "desc" },
    select: { status: true },
  });
  return latest?.status ?? "ACTIVE";
}
