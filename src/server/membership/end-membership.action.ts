"use server";
import { defineAction } from "../actions/define-action";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { isoDay } from "@/domain/time/vietnam";
import { assertCanWriteOwned } from "../dossier/owned-record";
import { endMembershipSchema } from "./end-membership.validation";

/** Ends a membership on a date (the person stays, with their other memberships). */
export const endMembership = defineAction({
  name: "memberships.end",
  schema: endMembershipSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOwned(viewer, tx, "membership", input.id)),
  revalidate: (d: { organisationId: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/thanh-vien`,
  ],
  async handler({ input, prisma, audit }) {
    const before = await prisma.membership.findUniqueOrThrow({ where: { id: input.id } });
    if (input.leftOn < before.joinedOn) {
      const msg = "Ngày ra không được trước ngày vào";
      throw new AppError("INVALID", msg, { leftOn: [msg] });
    }
    const after = await updateWithVersion(prisma, "membership", input.id, input.version, { leftOn: input.leftOn });
    await audit({
      action: "UPDATE",
      entity: "Membership",
      entityId: input.id,
      before: { leftOn: isoDay(before.leftOn) },
      after: { leftOn: isoDay(input.leftOn) },
    });
    // the version the undo ("Hoàn tác") must find
    return {
      id: input.id,
      organisationId: before.organisationId,
      version: after.version,
      leftOn: isoDay(input.leftOn),
    };
  },
});
