import type { PrismaClient } from "../../generated/prisma/client";
import { assertCanAdminister } from "../auth/permissions";
import { ACCOUNT_SELECT, type Viewer } from "../auth/viewer";
import { LABELLED_UNIT_SELECT } from "../territory/labelled-unit";

/** Every account with its communes, for the users admin page (ADMIN only). */
export async function listUsers(viewer: Viewer, prisma: PrismaClient) {
  assertCanAdminister(viewer);
  return prisma.user.findMany({
    orderBy: [{ disabled: "asc" }, { role: "asc" }, { username: "asc" }],
    select: {
      ...ACCOUNT_SELECT,
      lockedUntil: true,
      lastLoginAt: true,
      version: true,
      scopes: { select: { areaUnit: { select: LABELLED_UNIT_SELECT } } },
    },
  });
}
