// Values computed from the database, kept until the data change (data-version.ts). The
// version is read BEFORE computing: a write committing meanwhile makes the next request
// recompute, never serves older values under a newer version. Concurrent requests for
// the same key share one computation; a failed computation is not kept. Bounded: the
// least recently used keys go first. One map per client object (tests open several
// databases in one process).
import type { PrismaClient } from "@/generated/prisma/client";
import { dataVersion } from "./data-version";

type Entry<T> = { version: bigint; value: Promise<T> };

export function createVersionedCache<T>(maxEntries: number) {
  const caches = new WeakMap<PrismaClient, Map<string, Entry<T>>>();
  return async function cached(prisma: PrismaClient, key: string, compute: () => Promise<T>): Promise<T> {
    let cache = caches.get(prisma);
    if (!cache) caches.set(prisma, (cache = new Map()));
    const version = await dataVersion(prisma);
    const hit = cache.get(key);
    if (hit && hit.version === version) {
      // Refresh its place in the insertion order (least recently used goes first).
      cache.delete(key);
      cache.set(key, hit);
      return hit.value;
    }
    const value = compute();
    const entry = { version, value };
    cache.delete(key);
    cache.set(key, entry);
    while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    value.catch(() => {
      if (cache.get(key) === entry) cache.delete(key);
    });
    return value;
  };
}
