// The overview's figures per filter set, kept until the data change. The version is the
// number of committed write transactions on the tables the dashboard reads: DataChange
// rows, filled by triggers in the database so writes from any process or script count,
// plus those already folded into DataChangeBase. It is read BEFORE computing: a write committing meanwhile makes the next request recompute,
// never serves older figures under a newer version. Concurrent requests for the same
// filters share one computation. Bounded: at most MAX_ENTRIES filter sets per database.
import type { PrismaClient } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/domain/dashboard/filters";
import { getDashboard, type Dashboard } from "./get-dashboard";

const MAX_ENTRIES = 64;

type Entry = { version: bigint; value: Promise<Dashboard> };

// Per client object: tests open several databases in one process.
const caches = new WeakMap<PrismaClient, Map<string, Entry>>();

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

export async function getDashboardCached(prisma: PrismaClient, filters: DashboardFilters): Promise<Dashboard> {
  let cache = caches.get(prisma);
  if (!cache) caches.set(prisma, (cache = new Map()));
  const key = JSON.stringify(filters);
  const version = await dataVersion(prisma);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    // Refresh its place in the insertion order (least recently used goes first).
    cache.delete(key);
    cache.set(key, hit);
    return hit.value;
  }
  const value = getDashboard(prisma, filters);
  const entry = { version, value };
  cache.delete(key);
  cache.set(key, entry);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  // A failed computation is not kept.
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return value;
}
