// The data version: the number of committed write transactions on the tables the
// dashboard and the organisation pages read. DataChange rows are written by statement
// triggers in the database (migrations "data_change_log" and "data_change_more"), so
// writes from any process or script count; rows already folded into DataChangeBase are
// added back. It only grows, exactly when such a transaction commits.
import type { PrismaClient } from "@/generated/prisma/client";

/** Above this many DataChange rows, reading the version folds them into DataChangeBase. */
const COMPACT_ABOVE = 1_000;

/**
 * DataChangeBase.n + count(DataChange), in one statement (one snapshot). DataChange
 * gains a row per write transaction for ever; without folding, this count(*) on every
 * overview request would slow down with the years.
 */
export async function dataVersion(prisma: PrismaClient): Promise<bigint> {
  const [row] = await prisma.$queryRaw<{ n: bigint; rows: bigint }[]>`
    SELECT coalesce((SELECT n FROM "DataChangeBase" WHERE id = 1), 0) + count(*) AS n, count(*) AS rows
    FROM "DataChange"`;
  if (row.rows > COMPACT_ABOVE) await compactDataChanges(prisma);
  return BigInt(row.n);
}

/**
 * Moves the committed DataChange rows into DataChangeBase.n in ONE statement, so every
 * reader sees the same sum before and after. Rows of transactions still running are
 * invisible to the DELETE and count when they commit, as before. Two concurrent folds
 * cannot count a row twice: the second waits for the first's row locks and skips the
 * rows it deleted, then adds its own count to the updated n.
 */
export async function compactDataChanges(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRaw`
    WITH gone AS (DELETE FROM "DataChange" RETURNING 1)
    INSERT INTO "DataChangeBase" (id, n) SELECT 1, count(*) FROM gone
    ON CONFLICT (id) DO UPDATE SET n = "DataChangeBase".n + EXCLUDED.n`;
}
