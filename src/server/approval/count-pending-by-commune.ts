// How much of a year's data still waits, per commune: submitted reports awaiting the
// district, and drafts/returned ones still with the commune. For the dashboard and
// the approval queue. One grouped SQL query.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { col, queryRows } from "../db/typed-sql";

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
  return queryRows(
    prisma,
    "pending by commune",
    z.object({
      communeId: col.int(),
      communeName: col.text(),
      submitted: col.int(),
      notSubmitted: col.int(),
      approved: col.int(),
    }),
    Prisma.sql`
    SELECT a.id AS "communeId", a.name AS "communeName",
           COUNT(*) FILTER (WHERE r."approvalStatus" = 'SUBMITTED') AS submitted,
           COUNT(*) FILTER (WHERE r."approvalStatus" IN ('DRAFT', 'RETURNED')) AS "notSubmitted",
           COUNT(*) FILTER (WHERE r."approvalStatus" = 'APPROVED') AS approved
    FROM "AnnualReport" r
    JOIN "Organisation" o ON o.id = r."organisationId"
    JOIN "AreaUnit" a ON a.id = o."communeId"
    WHERE r.year = ${year}
    GROUP BY a.id, a.name
    ORDER BY a.name`,
  );
}
