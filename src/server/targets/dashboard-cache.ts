// The overview's figures per filter set, kept until the data change. The version is the
// number of committed write transactions on the tables the dashboard reads (DataChange,
// filled by triggers in the database, so writes from any process or script count). It is
// read BEFORE computing: a write committing meanwhile makes the next request recompute,
// never serves older figures under a newer version. Concurrent requests for the same
// filters share one computation. Bounded: at most MAX_ENTRIES filter sets per database.
import type { PrismaClient } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/domain/dashboard/filters";
import { getDashboard, type Dashboard } from "./get-dashboard";

const MAX_ENTRIES = 64;

type Entry = { version: bigint; value: Promise<Dashboard> };

// Per client object: tests open several databases in one process.
const caches = new WeakMap<PrismaClient, Map<string, Entry>>();

export async function dataVersion(prisma: PrismaClient): Promise<bigint> {
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "DataChange"`;
  return row.n;
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
