// Checking a username and password, with throttling, and auditing the outcome.
//
// One rule for every username, existing or not, so the answers never tell which accounts
// exist: a username is locked for a client after MAX_FAILED_LOGINS failures from that
// client within LOCK_MINUTES (since its last successful sign-in from there), counted from
// the audit log. Counting per client (the address scripts/server.ts decides, see
// http/client-ip.ts) means an attacker's failures lock the attacker out, not the real user
// signing in from elsewhere (OWASP ASVS 2.2.1); a client with MAX_FAILED_PER_CLIENT
// failures over any usernames is locked out of every account for the same time, which
// bounds guessing across accounts. Unknown usernames cost the same hash verification.
import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { timingDummyHash, verifyPassword } from "./password";

export const MAX_FAILED_LOGINS = 5;
export const MAX_FAILED_PER_CLIENT = 20;
export const LOCK_MINUTES = 15;

export type AuthenticateResult =
  | { ok: true; user: { id: number; username: string; fullName: string; role: string } }
  | { ok: false; reason: "INVALID" | "LOCKED" };

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase().normalize("NFC");
}

/** Failures that count (a refusal because already locked does not extend the lock). */
const COUNTED = [
  { after: { path: ["reason"], equals: "INVALID" } },
  { after: { path: ["reason"], equals: "DISABLED" } },
];

async function recentFailures(
  prisma: PrismaClient,
  name: string,
  userId: number | null,
  ip: string | null,
  now: Date,
): Promise<{ forName: number; forClient: number }> {
  let since = new Date(now.getTime() - LOCK_MINUTES * 60_000);
  if (userId !== null) {
    const lastSuccess = await prisma.auditLog.findFirst({
      where: { action: "SIGN_IN", entity: "User", entityId: String(userId), ip, at: { gte: since, lte: now } },
      orderBy: { at: "desc" },
      select: { at: true },
    });
    if (lastSuccess) since = lastSuccess.at;
  }
  const window = { action: "SIGN_IN_FAILED", entity: "User", ip, at: { gt: since, lte: now }, OR: COUNTED };
  const [forName, forClient] = await Promise.all([
    prisma.auditLog.count({ where: { ...window, AND: [{ after: { path: ["username"], equals: name } }] } }),
    // Without a known address (no scripts/server.ts in front: http/client-ip.ts) clients
    // cannot be told apart. Counting them as one client would let anyone lock every
    // account for everyone with 20 failures, so only the per-username rule applies: it
    // bounds guessing, at the price that 5 failures lock that one username for every such
    // client (docs/security.md, V2).
    ip === null
      ? Promise.resolve(0)
      : prisma.auditLog.count({
          where: { ...window, at: { gt: new Date(now.getTime() - LOCK_MINUTES * 60_000), lte: now } },
        }),
  ]);
  return { forName, forClient };
}

export async function authenticate(
  prisma: PrismaClient,
  {
    username,
    password,
    ip = null,
    now = new Date(),
  }: { username: string; password: string; ip?: string | null; now?: Date },
): Promise<AuthenticateResult> {
  const name = normaliseUsername(username ?? "").slice(0, 100);
  const user = name ? await prisma.user.findUnique({ where: { username: name } }) : null;
  // Verify before looking at the lock or the disabled state, so every path takes as long.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password ?? "");

  const fail = async (reason: "INVALID" | "LOCKED", detail: string) => {
    await recordAudit(prisma, {
      actor: name || "(trống)",
      viewer: null,
      action: "SIGN_IN_FAILED",
      entity: "User",
      entityId: user?.id ?? null,
      after: { username: name, reason: detail },
      ip,
      at: now,
    });
    return { ok: false as const, reason };
  };

  if (!name) return fail("INVALID", "INVALID");
  const recent = await recentFailures(prisma, name, user?.id ?? null, ip, now);
  if (recent.forName >= MAX_FAILED_LOGINS || recent.forClient >= MAX_FAILED_PER_CLIENT) return fail("LOCKED", "LOCKED");

  if (!user || !passwordOk || user.disabled) {
    await fail("INVALID", user?.disabled && passwordOk ? "DISABLED" : "INVALID");
    // The attempt that reaches the limit is told so, the same way for every username.
    return { ok: false, reason: recent.forName + 1 >= MAX_FAILED_LOGINS ? "LOCKED" : "INVALID" };
  }

  await prisma.user.update({
    where: { id: user.id },
    data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now },
  });
  await recordAudit(prisma, {
    viewer: { id: user.id, username: user.username },
    action: "SIGN_IN",
    entity: "User",
    entityId: user.id,
    ip,
    at: now,
  });
  return { ok: true, user: { id: user.id, username: user.username, fullName: user.fullName, role: user.role } };
}
