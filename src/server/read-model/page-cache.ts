// A cache of rendered pages for the production server (scripts/server.ts), in front of
// Next.js. Rendering the overview costs ≈ 18 ms of CPU, 12 of them Next's and React's
// fixed cost per page (docs/performance.md), which caps one process on two cores at
// ≈ 55 pages per second. Most views repeat: the same person reopening the overview,
// the same filters, while the data has not changed. Such a request is answered with
// the bytes rendered for that person the last time, when nothing the page shows can
// have changed since, that is when every part of the key is the same:
// - the person (their id, name, role, communes, own programme and whether the account is
//   enabled: a changed role, scope or programme, or a disabled account, misses);
// - the data version (every write to the tables the page reads moves it,
//   src/server/read-model/data-version.ts), the demo marker and the closing rule (a setting:
//   no data write moves the version when it changes, yet it decides the default year
//   and what is provisional);
// - today's date in Vietnam (the default as-of date);
// - the request: path and query, host and accepted encodings.
// Pure: no I/O here, the server reads the state and keeps the bytes.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";

/** Paths whose pages are cached: the overview (with any filters in its query). */
export const CACHED_PATHS: ReadonlySet<string> = new Set(["/"]);

/** Request headers of Next's client-side navigation and prefetches (not whole pages). */
const NAVIGATION_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
];

type Headers = Record<string, string | string[] | undefined>;

/** Whether this request may be answered from, and stored into, the cache. */
export function isCacheablePageRequest(method: string | undefined, url: string, headers: Headers): boolean {
  if (method !== "GET") return false;
  const parsed = new URL(url, "http://x");
  if (!CACHED_PATHS.has(parsed.pathname) || parsed.searchParams.has("_rsc")) return false;
  if (NAVIGATION_HEADERS.some((h) => headers[h] !== undefined)) return false;
  const purpose = String(headers["sec-purpose"] ?? headers["purpose"] ?? "");
  return !purpose.includes("prefetch");
}

/** A reload that asks for a fresh page (the browser's hard reload sends this). */
export function wantsFreshPage(headers: Headers): boolean {
  return /no-cache|no-store|max-age=0/.test(String(headers["cache-control"] ?? ""));
}

/** Everything a cached page depends on besides the request (read per request). */
export type PageState = {
  /** Whether the read model is on (mode.ts): off, no page is kept or served. */
  on: boolean;
  /** The signed-in user's row, null when gone or disabled (never served from cache). */
  user: {
    id: number;
    username: string;
    fullName: string;
    role: string;
    communeIds: number[];
    /** The programme "/" opens on for this user (a setting no data write moves). */
    programmeId: number | null;
  } | null;
  dataVersion: string;
  dataset: string;
  /** The closing-rule setting as stored ("" when unset). */
  closingRule: string;
  today: string;
};

export function pageCacheKey(state: PageState, url: string, headers: Headers): string {
  const parts = [
    state.user,
    state.dataVersion,
    state.dataset,
    state.closingRule,
    state.today,
    url,
    headers.host,
    headers["accept-encoding"],
  ];
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

export type CachedPage = { status: number; headers: Record<string, string | string[]>; body: Buffer };

/** Whether a finished response may be kept: a whole, personal-but-not-secret HTML page. */
export function isStorableResponse(status: number, headers: Record<string, unknown>): boolean {
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  return String(headers["content-type"] ?? "").startsWith("text/html");
}

/**
 * Least-recently-used pages up to a total size (lru-cache). When the data version moves,
 * every page rendered before is dead: they are dropped at once rather than left to age out.
 */
export class PageCache {
  private readonly pages: LRUCache<string, CachedPage>;
  private version: string | null = null;

  constructor(maxBytes: number) {
    this.pages = new LRUCache<string, CachedPage>({
      maxSize: maxBytes,
      // A page larger than a quarter of the cache is not kept (it would push out many).
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
      sizeCalculation: (page) => Math.max(1, page.body.length),
    });
  }

  get size(): number {
    return this.pages.size;
  }

  get totalBytes(): number {
    return this.pages.calculatedSize;
  }

  /** Called with the current data version before every lookup. */
  observeVersion(version: string): void {
    if (this.version !== null && this.version !== version) this.clear();
    this.version = version;
  }

  get(key: string): CachedPage | undefined {
    return this.pages.get(key);
  }

  set(key: string, page: CachedPage): void {
    if (page.body.length > this.maxEntry) return;
    this.pages.set(key, page);
  }

  clear(): void {
    this.pages.clear();
  }

  private get maxEntry(): number {
    return this.pages.maxEntrySize;
  }
}
