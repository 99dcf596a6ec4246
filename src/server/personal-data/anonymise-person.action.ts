"use server";
import { defineAction } from "../actions/define-action";
import { assertCanAdminister } from "../auth/permissions";
import { AppError } from "../errors";
import { anonymisePersons } from "./anonymise";
import { anonymisePersonSchema } from "./personal-data.validation";

/** Erasure on the person's request (administrators): anonymised, every count unchanged. */
export const anonymisePerson = defineAction({
  name: "personalData.anonymise",
  schema: anonymisePersonSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: (d: { id: number }) => [`/quan-tri/du-lieu-ca-nhan/${d.id}`, "/quan-tri/du-lieu-ca-nhan"],
  async handler({ input, prisma, audit }) {
    const person = await prisma.person.findUnique({
      where: { id: input.personId },
      select: { version: true, anonymisedAt: true, _count: { select: { memberships: true } } },
    });
    if (!person) throw new AppError("NOT_FOUND", "Không tìm thấy người này");
    if (person.anonymisedAt) throw new AppError("CONFLICT", "Người này đã được ẩn danh trước đó");
    if (person.version !== input.version)
      throw new AppError("CONFLICT", "Dữ liệu của người này vừa được sửa; hãy tải lại trang trước khi ẩn danh");
    await anonymisePersons(prisma, [input.personId]);
    // The audit row itself holds no personal data.
    await audit({
      action: "UPDATE",
      entity: "Person",
      entityId: input.personId,
      after: {
        anonymised: true,
        memberships: person._count.memberships,
        reason: input.reason ?? "Xoá dữ liệu theo yêu cầu của chủ thể dữ liệu",
      },
    });
    return { id: input.personId };
  },
});
