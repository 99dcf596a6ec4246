import { describe, expect, it } from "vitest";
import {
  PageCache,
  isCacheablePageRequest,
  isStorableResponse,
  pageCacheKey,
  wantsFreshPage,
  type PageState,
} from "./page-cache";

const state: PageState = {
  user: { id: 3, username: "xa", fullName: "Cán bộ xã", role: "COMMUNE", communeIds: [12], programmeId: null },
  on: true,
  dataVersion: "41",
  dataset: '{"demo":true}',
  closingRule: "",
  today: "2026-12-02",
};
const page = (bytes: number) => ({ status: 200, headers: { "content-type": "text/html" }, body: Buffer.alloc(bytes) });

describe("which requests the page cache answers", () => {
  it("whole overview pages, with or without filters", () => {
    expect(isCacheablePageRequest("GET", "/", {})).toBe(true);
    expect(isCacheablePageRequest("GET", "/?nam=2025&xa=12", {})).toBe(true);
  });
  it("not other pages, writes, client navigations or prefetches", () => {
    expect(isCacheablePageRequest("GET", "/to-chuc", {})).toBe(false);
    expect(isCacheablePageRequest("POST", "/", {})).toBe(false);
    expect(isCacheablePageRequest("GET", "/?_rsc=abc", {})).toBe(false);
    expect(isCacheablePageRequest("GET", "/", { rsc: "1" })).toBe(false);
    expect(isCacheablePageRequest("GET", "/", { "next-router-prefetch": "1" })).toBe(false);
    expect(isCacheablePageRequest("GET", "/", { "sec-purpose": "prefetch;prerender" })).toBe(false);
  });
  it("a hard reload asks for a fresh page", () => {
    expect(wantsFreshPage({ "cache-control": "no-cache" })).toBe(true);
    expect(wantsFreshPage({ "cache-control": "max-age=0" })).toBe(true);
    expect(wantsFreshPage({})).toBe(false);
  });
  it("keeps only whole HTML pages that set no cookie", () => {
    expect(isStorableResponse(200, { "content-type": "text/html; charset=utf-8" })).toBe(true);
    expect(isStorableResponse(307, { "content-type": "text/html" })).toBe(false);
    expect(isStorableResponse(200, { "content-type": "text/html", "set-cookie": ["a=b"] })).toBe(false);
    expect(isStorableResponse(200, { "content-type": "text/x-component" })).toBe(false);
  });
});

describe("the key of a cached page", () => {
  const key = (s: PageState, url = "/", headers: Record<string, string> = {}) => pageCacheKey(s, url, headers);
  it("changes with anything the page shows", () => {
    const base = key(state);
    expect(key({ ...state })).toBe(base);
    expect(key({ ...state, dataVersion: "42" })).not.toBe(base);
    expect(key({ ...state, today: "2026-12-03" })).not.toBe(base);
    expect(key({ ...state, dataset: "" })).not.toBe(base);
    expect(key({ ...state, closingRule: '{"day":31,"kind":"CLOSING_DATE","month":3}' })).not.toBe(base);
    expect(key({ ...state, user: { ...state.user!, role: "DISTRICT" } })).not.toBe(base);
    expect(key({ ...state, user: { ...state.user!, communeIds: [12, 13] } })).not.toBe(base);
    expect(key({ ...state, user: { ...state.user!, id: 4 } })).not.toBe(base);
    expect(key({ ...state, user: { ...state.user!, programmeId: 2 } })).not.toBe(base);
    expect(key(state, "/?nam=2025")).not.toBe(base);
    expect(key(state, "/", { "accept-encoding": "gzip" })).not.toBe(base);
  });
});

describe("PageCache", () => {
  it("returns what was stored, least recently used evicted first", () => {
    const c = new PageCache(1000);
    c.set("a", page(200));
    c.set("b", page(200));
    c.set("c", page(200));
    expect(c.get("a")).toBeDefined(); // a is now the most recent
    c.set("d", page(200));
    c.set("e", page(200)); // 1000 bytes: still fits
    c.set("f", page(200)); // evicts b, the least recent
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBeDefined();
    expect(c.totalBytes).toBe(1000);
  });
  it("drops every page when the data version moves", () => {
    const c = new PageCache(1000);
    c.observeVersion("1");
    c.set("a", page(10));
    c.observeVersion("1");
    expect(c.size).toBe(1);
    c.observeVersion("2");
    expect(c.size).toBe(0);
    expect(c.totalBytes).toBe(0);
  });
  it("does not keep a page larger than a quarter of its size", () => {
    const c = new PageCache(1000);
    c.set("big", page(300));
    expect(c.get("big")).toBeUndefined();
  });
});
