// How much of a year's data still waits, per commune: submitted reports awaiting the
// district, and drafts/returned ones still with the commune. For the dashboard and
// the approval queue. One grouped SQL query.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export type PendingOfCommune = {
  communeId: number;
  communeName: string;
  /** Submitted, waiting for approval. */
  submitted: number;
  /** Draft or returned: still to be completed by the commune. */
  notSubmitted: number;
  approved: number;
};

export async function countPendingByCommune(prisma: Db, year: number): Promise<PendingOfCommune[]> {
  const rows = await prisma.$queryRaw<
    { communeId: number; communeName: string; submitted: bigint; notSubmitted: bigint; approved: bigint }[]
  >`
    SELECT a.id AS "communeId", a.name AS "communeName",
           COUNT(*) FILTER (WHERE r."approvalStatus" = 'SUBMITTED') AS submitted,
           COUNT(*) FILTER (WHERE r."approvalStatus" IN ('DRAFT', 'RETURNED')) AS "notSubmitted",
           COUNT(*) FILTER (WHERE r."approvalStatus" = 'APPROVED') AS approved
    FROM "AnnualReport" r
    JOIN "Organisation" o ON o.id = r."organisationId"
    JOIN "AreaUnit" a ON a.id = o."communeId"
    WHERE r.year = ${year}
    GROUP BY a.id, a.name
    ORDER BY a.name`;
  return rows.map((r) => ({
    communeId: r.communeId,
    communeName: r.communeName,
    submitted: Number(r.submitted),
    notSubmitted: Number(r.notSubmitted),
    approved: Number(r.approved),
  }));
}
