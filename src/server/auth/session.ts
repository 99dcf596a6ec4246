import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getServerSession } from "next-auth/next";
import { prisma } from "../db";
import type { PrismaClient } from "../../generated/prisma/client";
import { getAuthOptions } from "./auth-options";
import { SIGN_IN_PATH } from "@/domain/auth/routes";
import { ACCOUNT_SELECT, type Viewer } from "./viewer";
import { communeWriteScope } from "./commune-scope";

export type { Viewer } from "./viewer";

/** The user behind a session's user id, or null when gone or disabled. */
export async function loadViewer(db: PrismaClient, userId: number): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      ...ACCOUNT_SELECT,
      programme: { select: { code: true } },
    },
  });
  if (!user || user.disabled) return null;
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    communeIds: user.role === "COMMUNE" ? await communeWriteScope(db, user.id) : [],
    programmeCode: user.programme?.code ?? null,
  };
}

/**
 * The signed-in viewer or null. Reads the next-auth session (cookie), then the user
 * row, so a disabled account or a changed role takes effect on the next request.
 * Cached per request.
 */
export const getOptionalViewer = cache(async (): Promise<Viewer | null> => {
  // Per request, never at build time (which would also create the secret file).
  await connection();
  const session = await getServerSession(getAuthOptions());
  const id = Number(session?.userId);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return loadViewer(prisma, id);
});

/** For pages: redirects anonymous visitors to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getOptionalViewer();
  if (!viewer) redirect(SIGN_IN_PATH);
  return viewer;
}
