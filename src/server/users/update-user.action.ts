"use server";
import { defineAction } from "../actions/define-action";
import { assertCanAdminister } from "../auth/permissions";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { checkAssignableCommunes } from "./list-assignable-communes";
import { updateUserSchema } from "./update-user.validation";

/** Full name, role, communes and own programme of an account. */
export const updateUser = defineAction({
  name: "users.update",
  schema: updateUserSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri/nguoi-dung"],
  async handler({ viewer, input, prisma, audit }) {
    const before = await prisma.user.findUnique({
      where: { id: input.id },
      select: {
        fullName: true,
        role: true,
        scopes: { select: { areaUnitId: true } },
        programme: { select: { code: true } },
      },
    });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy tài khoản");
    if (input.id === viewer.id && input.role !== "ADMIN") {
      throw new AppError("INVALID", "Không thể tự bỏ vai trò quản trị của chính mình", {
        role: ["Không thể tự bỏ vai trò quản trị"],
      });
    }
    const communeIds = input.role === "COMMUNE" ? [...new Set(input.communeIds)].sort((a, b) => a - b) : [];
    await checkAssignableCommunes(prisma, communeIds);
    const programme = input.programme
      ? await prisma.programme.findUnique({ where: { code: input.programme }, select: { id: true } })
      : null;
    if (input.programme && !programme) {
      throw new AppError("INVALID", "Chương trình không tồn tại", { programme: ["Chương trình không tồn tại"] });
    }
    await updateWithVersion(prisma, "user", input.id, input.version, {
      fullName: input.fullName,
      role: input.role,
      programmeId: programme?.id ?? null,
    });
    await prisma.userScope.deleteMany({ where: { userId: input.id } });
    if (communeIds.length)
      await prisma.userScope.createMany({ data: communeIds.map((areaUnitId) => ({ userId: input.id, areaUnitId })) });
    await audit({
      action: "UPDATE",
      entity: "User",
      entityId: input.id,
      before: {
        fullName: before.fullName,
        role: before.role,
        communeIds: before.scopes.map((s) => s.areaUnitId).sort((a, b) => a - b),
        programme: before.programme?.code ?? null,
      },
      after: { fullName: input.fullName, role: input.role, communeIds, programme: input.programme },
    });
    return { id: input.id };
  },
});
