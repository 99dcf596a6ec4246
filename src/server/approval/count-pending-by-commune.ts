// How much of a year's data still waits, per commune: submitted reports awaiting the
// district, and drafts/returned ones still with the commune. For the dashboard and
// the approval queue. One grouped SQL query.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { col, queryRows } from "../db/typed-sql";
import { inUnitListOrder } from "../territory/unit-list-order";

type Db = PrismaClient | Prisma.TransactionClient;

export type PendingOfCommune = {
  communeId: number;
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
      submitted: col.int(),
      notSubmitted: col.int(),
      approved: col.int(),
    }),
    Prisma.sql`
    SELECT o."communeId",
           COUNT(*) FILTER (WHERE r."approvalStatus" = 'SUBMITTED') AS submitted,
           COUNT(*) FILTER (WHERE r."approvalStatus" IN ('DRAFT', 'RETURNED')) AS "notSubmitted",
           COUNT(*) FILTER (WHERE r."approvalStatus" = 'APPROVED') AS approved
    FROM "AnnualReport" r
    JOIN "Organisation" o ON o.id = r."organisationId"
    WHERE r.year = ${year}
    GROUP BY o."communeId"`,
  );
}

/** The same for the approval page's table: each commune labelled (a dissolved one marked
 *  with where it counts today), current communes first, in Vietnamese order. */
export async function listPendingByCommune(
  prisma: Db,
  year: number,
): Promise<(PendingOfCommune & { label: string })[]> {
  return inUnitListOrder(prisma, await countPendingByCommune(prisma, year), (c) => c.communeId);
}
