// The client's address for the audit log and the sign-in throttle. Any header a client
// sends can be forged, X-Forwarded-For included, so the app reads only the header the
// production server (scripts/server.ts) sets on every request from the connection itself:
// the socket's address, or — only when TRUST_PROXY says how many proxies of ours stand in
// front — the address those proxies saw, taken from the right of X-Forwarded-For.
//
// That header is only believed next to a key the production server makes up when it starts
// (issueClientIpKey) and keeps in this process's memory. Without scripts/server.ts in front
// (`next start`, the standalone server, `next dev`) no key exists, so a client who sends
// x-ktt-client-ip itself is not believed: the address is unknown (null), never the one a
// client chose. The proxy (src/proxy.ts) also removes a forged pair from every request, so
// no code that reads the headers directly sees it.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/config/env";

export const CLIENT_IP_HEADER = "x-ktt-client-ip";
export const CLIENT_IP_KEY_HEADER = "x-ktt-client-ip-key";

// On globalThis, not in a module variable: Next loads the proxy and the app's server code
// as separate bundles, each with its own copy of this module, in the same process.
const KEY_SLOT = Symbol.for("ktt.clientIpKey");
type KeyHolder = { [KEY_SLOT]?: string };

/** The production server's key for this process: made once, random, never leaves memory. */
export function issueClientIpKey(): string {
  const holder = globalThis as KeyHolder;
  return (holder[KEY_SLOT] ??= randomBytes(32).toString("base64url"));
}

function processKey(): string | undefined {
  return (globalThis as KeyHolder)[KEY_SLOT];
}

type HeaderSource = { get(name: string): string | null } | Record<string, unknown> | undefined | null;

function readHeader(headers: NonNullable<HeaderSource>, name: string): string | null {
  const value =
    typeof (headers as { get?: unknown }).get === "function"
      ? (headers as { get(name: string): string | null }).get(name)
      : (headers as Record<string, unknown>)[name];
  return typeof value === "string" ? value : null;
}

/** Whether the request carries this process's key, i.e. scripts/server.ts set its address. */
export function hasServerKey(headers: HeaderSource): boolean {
  const key = processKey();
  if (!headers || !key) return false;
  const sent = readHeader(headers, CLIENT_IP_KEY_HEADER);
  if (sent === null) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The address set by the production server, or null (no such server in front, tests). */
export function clientIpFrom(headers: HeaderSource): string | null {
  if (!headers || !hasServerKey(headers)) return null;
  const value = readHeader(headers, CLIENT_IP_HEADER);
  return value ? value.slice(0, 64) : null;
}

/**
 * What scripts/server.ts does to every request: the address it decided and the key, in
 * place of whatever a client sent under either name.
 */
export function stampClientIp(headers: Record<string, string | string[] | undefined>, ip: string | null): void {
  delete headers[CLIENT_IP_HEADER];
  delete headers[CLIENT_IP_KEY_HEADER];
  if (!ip) return;
  headers[CLIENT_IP_HEADER] = ip;
  headers[CLIENT_IP_KEY_HEADER] = issueClientIpKey();
}

/**
 * The proxy's part: removes the address and key headers when they do not carry this
 * process's key (sent by a client, or no production server in front). Returns whether
 * anything was removed.
 */
export function dropForgedClientIp(headers: Headers): boolean {
  if (!headers.has(CLIENT_IP_HEADER) && !headers.has(CLIENT_IP_KEY_HEADER)) return false;
  if (hasServerKey(headers)) return false;
  headers.delete(CLIENT_IP_HEADER);
  headers.delete(CLIENT_IP_KEY_HEADER);
  return true;
}

/**
 * What scripts/server.ts puts in CLIENT_IP_HEADER: with `trustedProxies` = 0 the socket
 * address; with n > 0 the n-th address from the right of X-Forwarded-For (the one our
 * outermost proxy appended), falling back to the socket address when the list is shorter.
 */
export function resolveClientIp(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string | null {
  const socket = socketAddress?.replace(/^::ffff:/, "") ?? null;
  if (trustedProxies <= 0) return socket;
  const list = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const candidate = list[list.length - trustedProxies];
  return candidate ? candidate.replace(/^::ffff:/, "").slice(0, 64) : socket;
}

/**
 * TRUST_PROXY: unset or 0 = no proxy of ours; a number = that many proxies in front.
 * Without an argument, the validated setting (src/config/env.ts refuses a bad value).
 */
export function trustedProxyCount(value?: string): number {
  if (value === undefined) return env().TRUST_PROXY;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 10 ? n : 0;
}
