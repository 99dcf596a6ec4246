"use server";
import { defineAction } from "../actions/define-action";
import { assertCanAdminister } from "../auth/permissions";
import { hashPassword } from "../auth/password";
import { updateWithVersion } from "../db/optimistic";
import { resetUserPasswordSchema } from "./reset-user-password.validation";

/** An administrator sets a new password (and lifts any sign-in lock). */
export const resetUserPassword = defineAction({
  name: "users.resetPassword",
  schema: resetUserPasswordSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri/nguoi-dung"],
  async handler({ input, prisma, audit }) {
    await updateWithVersion(prisma, "user", input.id, input.version, {
      passwordHash: await hashPassword(input.password),
      failedLogins: 0,
      // a new password ends the sessions opened with the old one
      sessionsValidFrom: new Date(),
      lockedUntil: null,
    });
    // Only the fact is recorded, never the password or its hash.
    await audit({ action: "PASSWORD_RESET", entity: "User", entityId: input.id });
    return { id: input.id };
  },
});
