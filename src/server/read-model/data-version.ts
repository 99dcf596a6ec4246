// The data version: the number of committed write transactions on the tables the
// dashboard and the organisation pages read. DataChange rows are written by statement
// triggers in the database (migrations "data_change_log" and "data_change_more"), so
// writes from any process or script count; rows already folded into DataChangeBase are
// added back. It only grows, exactly when such a transaction commits.
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * DataChangeBase.n + count(DataChange), in one statement (one snapshot), with whether
 * the read model is on (mode.ts): the caches keep nothing while it is off. A read only:
 * the background task (page-data/maintain.ts) folds DataChange into its base every 30 s, so this
 * count(*) stays small.
 */
export async function readModelVersion(prisma: PrismaClient): Promise<{ version: bigint; on: boolean }> {
  const [row] = await prisma.$queryRaw<{ n: bigint; on: boolean }[]>`
    SELECT coalesce((SELECT n FROM "DataChangeBase" WHERE id = 1), 0) + count(*) AS n, ktt_facts_on() AS on
    FROM "DataChange"`;
  return { version: BigInt(row.n), on: row.on };
}

export async function dataVersion(prisma: PrismaClient): Promise<bigint> {
  return (await readModelVersion(prisma)).version;
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
