import type { PrismaClient } from "../../generated/prisma/client";
import { assertCanAdminister } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";

/** Every account with its communes, for the users admin page (ADMIN only). */
export async function listUsers(viewer: Viewer, prisma: PrismaClient) {
  assertCanAdminister(viewer);
  return prisma.user.findMany({
    orderBy: [{ disabled: "asc" }, { role: "asc" }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      fullName: true,
      role: true,
      disabled: true,
      lockedUntil: true,
      lastLoginAt: true,
      version: true,
      scopes: {
        select: {
          areaUnit: {
            select: {
              id: true,
              kind: true,
              name: true,
              validTo: true,
              successorId: true,
              successor: { select: { id: true, kind: true, name: true, validTo: true, successorId: true } },
            },
          },
        },
      },
    },
  });
}
