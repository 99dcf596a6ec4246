// Values computed from the database, kept until the data change (data-version.ts), and
// only while the read model is on (mode.ts). The version is read BEFORE computing: a
// write committing meanwhile makes the next request recompute, never serves older
// values under a newer version. Concurrent requests for the same key share one
// computation; a failed computation is not kept. Bounded (lru-cache): the least
// recently used keys go first. One cache per client object (tests open several
// databases in one process).
import { LRUCache } from "lru-cache";
import type { PrismaClient } from "@/generated/prisma/client";
import { readModelVersion } from "./data-version";

type Entry<T> = { version: bigint; value: Promise<T> };

export function createVersionedCache<T>(maxEntries: number) {
  const caches = new WeakMap<PrismaClient, LRUCache<string, Entry<T>>>();
  return async function cached(prisma: PrismaClient, key: string, compute: () => Promise<T>): Promise<T> {
    const { version, on } = await readModelVersion(prisma);
    if (!on) return compute();
    let cache = caches.get(prisma);
    if (!cache) caches.set(prisma, (cache = new LRUCache({ max: maxEntries })));
    const hit = cache.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = compute();
    const entry = { version, value };
    cache.set(key, entry);
    value.catch(() => {
      if (cache.peek(key) === entry) cache.delete(key);
    });
    return value;
  };
}
