"use server";
import { defineAction } from "../actions/define-action";
import { assertCanAdminister } from "../auth/permissions";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { correctPersonSchema } from "./personal-data.validation";

/** Correction on the person's request (administrators): name, birth year, gender, ethnicity. */
export const correctPerson = defineAction({
  name: "personalData.correct",
  schema: correctPersonSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: (d: { id: number }) => [`/quan-tri/du-lieu-ca-nhan/${d.id}`],
  async handler({ input, prisma, audit }) {
    const before = await prisma.person.findUnique({ where: { id: input.personId } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy người này");
    if (before.anonymisedAt) throw new AppError("CONFLICT", "Người này đã được ẩn danh; không còn dữ liệu để sửa");
    const after = await updateWithVersion(prisma, "person", input.personId, input.version, {
      fullName: input.fullName,
      birthYear: input.birthYear,
      gender: input.gender,
      ethnicity: input.ethnicity,
    });
    await audit({
      action: "UPDATE",
      entity: "Person",
      entityId: input.personId,
      before: {
        fullName: before.fullName,
        birthYear: before.birthYear,
        gender: before.gender,
        ethnicity: before.ethnicity,
      },
      after: {
        fullName: after.fullName,
        birthYear: after.birthYear,
        gender: after.gender,
        ethnicity: after.ethnicity,
        reason: input.reason ?? "Sửa theo yêu cầu của chủ thể dữ liệu",
      },
    });
    return { id: after.id };
  },
});
