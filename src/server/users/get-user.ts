import type { PrismaClient } from "../../generated/prisma/client";
import { assertCanAdminister } from "../auth/permissions";
import { ACCOUNT_SELECT, type Viewer } from "../auth/viewer";
import { AppError } from "../errors";

/** One account for the edit page (ADMIN only); never the password hash. */
export async function getUser(viewer: Viewer, prisma: PrismaClient, id: number) {
  assertCanAdminister(viewer);
  const user = await prisma.user.findUnique({
    where: { id },
    select: {
      ...ACCOUNT_SELECT,
      failedLogins: true,
      lockedUntil: true,
      lastLoginAt: true,
      version: true,
      createdAt: true,
      scopes: { select: { areaUnitId: true } },
      programme: { select: { code: true } },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "Không tìm thấy tài khoản");
  return { ...user, communeIds: user.scopes.map((s) => s.areaUnitId), programmeCode: user.programme?.code ?? null };
}
