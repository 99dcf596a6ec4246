// The client's address for the audit log and the sign-in throttle. Any header a client
// sends can be forged, X-Forwarded-For included, so the app reads only the header the
// production server (scripts/server.ts) sets on every request from the connection itself:
// the socket's address, or — only when TRUST_PROXY says how many proxies of ours stand in
// front — the address those proxies saw, taken from the right of X-Forwarded-For.
import { env } from "@/config/env";

export const CLIENT_IP_HEADER = "x-ktt-client-ip";

type HeaderSource = { get(name: string): string | null } | Record<string, unknown> | undefined | null;

/** The address set by the production server, or null (dev server, tests). */
export function clientIpFrom(headers: HeaderSource): string | null {
  if (!headers) return null;
  const value =
    typeof (headers as { get?: unknown }).get === "function"
      ? (headers as { get(name: string): string | null }).get(CLIENT_IP_HEADER)
      : (headers as Record<string, unknown>)[CLIENT_IP_HEADER];
  return typeof value === "string" && value ? value.slice(0, 64) : null;
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
