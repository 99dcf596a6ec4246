"use server";
import { defineAction } from "../actions/define-action";
import { assertCanWriteInCommune } from "../auth/record-scope";
import { AppError } from "../errors";
import { isoDay, todayInVietnam } from "@/domain/time/vietnam";
import { assertUnitExistsOn } from "../territory/unit-validity";
import { createOrganisationSchema } from "./create-organisation.validation";
import { assertCodeFree, organisationSnapshot } from "./organisation-snapshot";

/** A new organisation, with its first status change: ACTIVE from its founding date (or today). */
export const createOrganisation = defineAction({
  name: "organisations.create",
  schema: createOrganisationSchema,
  authorize: (viewer, input, tx) => assertCanWriteInCommune(viewer, tx, input.communeId),
  revalidate: ["/to-chuc"],
  async handler({ input, prisma, audit }) {
    const today = todayInVietnam();
    if (input.foundedOn && input.foundedOn > today) {
      throw new AppError("INVALID", "Ngày thành lập không được sau hôm nay", {
        foundedOn: ["Ngày thành lập không được sau hôm nay"],
      });
    }
    await assertCodeFree(prisma, input.code);
    const effectiveFrom = input.foundedOn ?? today;
    // the unit must exist when the organisation starts (founding date, else today)
    await assertUnitExistsOn(prisma, input.communeId, isoDay(effectiveFrom)!, "communeId", "tổ chức thành lập");
    const org = await prisma.organisation.create({
      data: {
        ...input,
        currentStatus: "ACTIVE",
        statusHistory: { create: { status: "ACTIVE", effectiveFrom, note: "Thành lập" } },
      },
    });
    await audit({
      action: "CREATE",
      entity: "Organisation",
      entityId: org.id,
      after: { ...organisationSnapshot(org), firstStatus: { status: "ACTIVE", effectiveFrom } },
    });
    return { id: org.id };
  },
});
