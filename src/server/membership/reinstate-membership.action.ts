"use server";
import { defineAction } from "../actions/define-action";
import { AppError } from "../errors";
import { authorizeOwned } from "../dossier/owned-record";
import { reinstateMembershipSchema } from "./reinstate-membership.validation";
import { memberPages, setMembershipEnd } from "./membership-end";

/** The undo of "Cho ra": the membership runs on again with no end date. Refused if it
 *  changed since (the version), so an undo never overwrites someone else's later edit. */
export const reinstateMembership = defineAction({
  name: "memberships.reinstate",
  schema: reinstateMembershipSchema,
  authorize: authorizeOwned("membership"),
  revalidate: memberPages,
  async handler({ input, prisma, audit }) {
    const { before } = await setMembershipEnd(prisma, audit, input, null, (m) => {
      if (m.leftOn === null)
        throw new AppError("INVALID", "Thành viên này đang ở trong tổ chức: không có gì để hoàn tác");
    });
    return { id: input.id, organisationId: before.organisationId };
  },
});
