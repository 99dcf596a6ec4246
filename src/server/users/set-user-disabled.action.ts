"use server";
import { defineAction } from "../actions/define-action";
import { assertCanAdminister } from "../auth/permissions";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { setUserDisabledSchema } from "./set-user-disabled.validation";

/** Disabling takes effect on the user's next request (the session is checked against the row). */
export const setUserDisabled = defineAction({
  name: "users.setDisabled",
  schema: setUserDisabledSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri/nguoi-dung"],
  async handler({ viewer, input, prisma, audit }) {
    if (input.id === viewer.id && input.disabled) {
      throw new AppError("INVALID", "Không thể tự khoá tài khoản của chính mình");
    }
    const user = await updateWithVersion(prisma, "user", input.id, input.version, {
      disabled: input.disabled,
      // Disabling ends every session of the account at once (session-revocation.ts).
      ...(input.disabled ? { sessionsValidFrom: new Date() } : {}),
      // Re-enabling also lifts a sign-in lock.
      ...(input.disabled ? {} : { failedLogins: 0, lockedUntil: null }),
    });
    await audit({
      action: input.disabled ? "DISABLE" : "ENABLE",
      entity: "User",
      entityId: input.id,
      before: { disabled: !input.disabled },
      after: { disabled: input.disabled },
    });
    return { id: user.id, disabled: user.disabled };
  },
});
