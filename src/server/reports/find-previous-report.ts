import type { Prisma, PrismaClient } from "@/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The latest published report of the same programme and scope whose "tính đến ngày" is before this
 * one's (or the same day, published earlier): the base of "change since the previous
 * report". Fixed on the report when it is published; computed live for a draft.
 */
export async function findPreviousPublishedReport(
  db: Db,
  report: { id: number; scopeKey: string; asOf: Date; programmeId: number | null },
): Promise<{ id: number } | null> {
  return db.periodicReport.findFirst({
    where: {
      id: { not: report.id },
      status: "PUBLISHED",
      scopeKey: report.scopeKey,
      programmeId: report.programmeId,
      asOf: { lte: report.asOf },
    },
    orderBy: [{ asOf: "desc" }, { publishedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
}
