// Checking a username and password, with throttling, and auditing the outcome.
// The answer never tells whether the username exists: unknown usernames cost the same
// hash verification and are locked after the same number of failures (counted from
// the audit log, since they have no User row).
import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { timingDummyHash, verifyPassword } from "./password";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type AuthenticateResult =
  | { ok: true; user: { id: number; username: string; fullName: string; role: string } }
  | { ok: false; reason: "INVALID" | "LOCKED" };

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase().normalize("NFC");
}

export async function authenticate(
  prisma: PrismaClient,
  { username, password, ip, now = new Date() }: { username: string; password: string; ip?: string | null; now?: Date },
): Promise<AuthenticateResult> {
  const name = normaliseUsername(username ?? "").slice(0, 100);
  const user = name ? await prisma.user.findUnique({ where: { username: name } }) : null;
  // Verify before looking at lock or disabled state, so every path takes as long.
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
    });
    return { ok: false as const, reason };
  };

  if (!user) {
    if (!name) return fail("INVALID", "INVALID");
    const since = new Date(now.getTime() - LOCK_MINUTES * 60_000);
    const recent = await prisma.auditLog.count({
      where: {
        action: "SIGN_IN_FAILED",
        entity: "User",
        userId: null,
        entityId: null,
        at: { gte: since },
        AND: [{ after: { path: ["username"], equals: name } }, { after: { path: ["reason"], equals: "INVALID" } }],
      },
    });
    if (recent >= MAX_FAILED_LOGINS) return fail("LOCKED", "LOCKED");
    await fail("INVALID", "INVALID");
    return { ok: false, reason: recent + 1 >= MAX_FAILED_LOGINS ? "LOCKED" : "INVALID" };
  }

  if (user.lockedUntil && user.lockedUntil > now) return fail("LOCKED", "LOCKED");

  if (!passwordOk || user.disabled) {
    // Atomic increment: parallel attempts cannot slip past the limit.
    const updated = await prisma.user.update({
      where: { id: user.id },
      data: { failedLogins: { increment: 1 } },
      select: { failedLogins: true },
    });
    if (updated.failedLogins >= MAX_FAILED_LOGINS) {
      await prisma.user.update({
        where: { id: user.id },
        data: { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) },
      });
      await fail("LOCKED", user.disabled ? "DISABLED" : "INVALID");
      return { ok: false, reason: "LOCKED" };
    }
    return fail("INVALID", user.disabled ? "DISABLED" : "INVALID");
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
  });
  return { ok: true, user: { id: user.id, username: user.username, fullName: user.fullName, role: user.role } };
}
