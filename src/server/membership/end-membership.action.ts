"use server";
import { defineAction } from "../actions/define-action";
import { AppError } from "../errors";
import { isoDay } from "@/domain/time/vietnam";
import { authorizeOwned } from "../dossier/owned-record";
import { endMembershipSchema } from "./end-membership.validation";
import { memberPages, setMembershipEnd } from "./membership-end";

/** Ends a membership on a date (the person stays, with their other memberships). */
export const endMembership = defineAction({
  name: "memberships.end",
  schema: endMembershipSchema,
  authorize: authorizeOwned("membership"),
  revalidate: memberPages,
  async handler({ input, prisma, audit }) {
    const { before, after } = await setMembershipEnd(prisma, audit, input, input.leftOn, (m) => {
      if (input.leftOn < m.joinedOn) {
        const msg = "Ngày ra không được trước ngày vào";
        throw new AppError("INVALID", msg, { leftOn: [msg] });
      }
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
