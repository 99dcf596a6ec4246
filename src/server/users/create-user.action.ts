"use server";
import { defineAction } from "../actions/define-action";
import { assertCanAdminister } from "../auth/permissions";
import { hashPassword } from "../auth/password";
import { AppError } from "../errors";
import { createUserSchema } from "./create-user.validation";
import { checkAssignableCommunes } from "./list-assignable-communes";

export const createUser = defineAction({
  name: "users.create",
  schema: createUserSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri/nguoi-dung"],
  async handler({ input, prisma, audit }) {
    if (await prisma.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError("INVALID", "Tên đăng nhập đã được dùng", { username: ["Tên đăng nhập đã được dùng"] });
    }
    const communeIds = input.role === "COMMUNE" ? [...new Set(input.communeIds)] : [];
    await checkAssignableCommunes(prisma, communeIds);
    const user = await prisma.user.create({
      data: {
        username: input.username,
        fullName: input.fullName,
        role: input.role,
        passwordHash: await hashPassword(input.password),
        scopes: { create: communeIds.map((areaUnitId) => ({ areaUnitId })) },
      },
      select: { id: true, username: true },
    });
    await audit({
      action: "CREATE",
      entity: "User",
      entityId: user.id,
      after: { username: input.username, fullName: input.fullName, role: input.role, communeIds },
    });
    return user;
  },
});
