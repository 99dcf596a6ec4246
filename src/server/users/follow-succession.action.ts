"use server";
import { defineAction } from "../actions/define-action";
import { assertCanAdminister } from "../auth/permissions";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { addSuccessorsToScope } from "./follow-succession";
import { followSuccessionSchema } from "./follow-succession.validation";

/** The administrator confirms: the account also gets the units that took its dissolved ones over. */
export const followSuccession = defineAction({
  name: "users.followSuccession",
  schema: followSuccessionSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  // No revalidation: the page would drop the account from its list at once, and the
  // confirmation with it; the message says what changed and the next visit shows it.
  async handler({ input, prisma, audit }) {
    const user = await prisma.user.findUnique({ where: { id: input.id }, select: { role: true } });
    if (!user) throw new AppError("NOT_FOUND", "Không tìm thấy tài khoản");
    if (user.role !== "COMMUNE") throw new AppError("INVALID", "Chỉ tài khoản cán bộ xã có địa bàn để cập nhật");
    // the version moves, so a second click on a stale page is refused
    await updateWithVersion(prisma, "user", input.id, input.version, {});
    const added = await addSuccessorsToScope(prisma, input.id);
    if (added.length === 0)
      throw new AppError("CONFLICT", "Địa bàn của tài khoản này đã gồm các đơn vị mới; hãy tải lại trang");
    await audit({
      action: "UPDATE",
      entity: "User",
      entityId: input.id,
      after: { scopeAdded: added, reason: "sáp nhập 2025" },
    });
    return { id: input.id, added: added.length };
  },
});
