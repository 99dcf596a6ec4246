// Ending sessions on the server. Sessions are signed JWT cookies, valid 8 hours; without
// this, a signed-out cookie kept working until it expired and /api/auth/session still
// named a disabled user (issue 13). Each token carries the moment its sign-in happened
// (signedInAt); a user's sessionsValidFrom ends every session signed in before it. Signing
// out sets it (every session of that user ends, on every device), as do disabling the
// account and resetting its password. next-auth's jwt callback checks it on every read of
// the session, and the production server's page cache does the same before serving.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/** Whether a session of `userId` signed in at `signedInAt` (ms) may still be used. */
export async function sessionStillValid(db: Db, userId: number, signedInAt: number): Promise<boolean> {
  if (!Number.isSafeInteger(userId) || userId <= 0) return false;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { disabled: true, sessionsValidFrom: true },
  });
  return sessionValidFor(user, signedInAt);
}

export function sessionValidFor(
  user: { disabled: boolean; sessionsValidFrom: Date | number | null } | null,
  signedInAt: number,
): boolean {
  if (!user || user.disabled) return false;
  if (user.sessionsValidFrom === null) return true;
  const from = typeof user.sessionsValidFrom === "number" ? user.sessionsValidFrom : user.sessionsValidFrom.getTime();
  return Number.isFinite(signedInAt) && signedInAt >= from;
}

/** Ends every session of the user signed in until now. */
export async function endSessions(db: Db, userId: number, now = new Date()): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionsValidFrom: now } });
}
