"use server";
import { defineAction } from "../actions/define-action";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { isoDay } from "@/domain/time/vietnam";
import { assertCanWriteOwned } from "../dossier/owned-record";
import { reinstateMembershipSchema } from "./reinstate-membership.validation";

/** The undo of "Cho ra": the membership runs on again with no end date. Refused if it
 *  changed since (the version), so an undo never overwrites someone else's later edit. */
export const reinstateMembership = defineAction({
  name: "memberships.reinstate",
  schema: reinstateMembershipSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOwned(viewer, tx, "membership", input.id)),
  revalidate: (d: { organisationId: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/thanh-vien`,
  ],
  async handler({ input, prisma, audit }) {
    const before = await prisma.membership.findUniqueOrThrow({ where: { id: input.id } });
    if (before.leftOn === null)
      throw new AppError("INVALID", "Thành viên này đang ở trong tổ chức: không có gì để hoàn tác");
    await updateWithVersion(prisma, "membership", input.id, input.version, { leftOn: null });
    await audit({
      action: "UPDATE",
      entity: "Membership",
      entityId: input.id,
      before: { leftOn: isoDay(before.leftOn) },
      after: { leftOn: null },
    });
    return { id: input.id, organisationId: before.organisationId };
  },
});
