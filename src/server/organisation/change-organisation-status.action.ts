"use server";
import { defineAction } from "../actions/define-action";
import { assertCanWriteOrganisation } from "../auth/record-scope";
import { updateWithVersion } from "../db/optimistic";
import { AppError } from "../errors";
import { isoDay } from "@/domain/time/vietnam";
import { changeOrganisationStatusSchema } from "./change-organisation-status.validation";
import { statusInForce } from "./current-status";

/**
 * A dated status change (Nghị định 92/2024). Organisation.currentStatus is kept equal to
 * the status in force today; a change dated in the future applies from its date in the
 * dated history (the denormalised status catches up on that day: syncCurrentStatuses, run hourly).
 */
export const changeOrganisationStatus = defineAction({
  name: "organisations.changeStatus",
  schema: changeOrganisationStatusSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOrganisation(viewer, tx, input.id)),
  revalidate: (d: { id: number }) => ["/to-chuc", `/to-chuc/${d.id}`],
  async handler({ input, prisma, audit }) {
    const org = await prisma.organisation.findUniqueOrThrow({
      where: { id: input.id },
      select: { foundedOn: true, currentStatus: true },
    });
    if (org.foundedOn && input.effectiveFrom < org.foundedOn) {
      const msg = "Ngày hiệu lực không được trước ngày thành lập";
      throw new AppError("INVALID", msg, { effectiveFrom: [msg] });
    }
    const same = await prisma.orgStatusChange.findUnique({
      where: { organisationId_effectiveFrom: { organisationId: input.id, effectiveFrom: input.effectiveFrom } },
      select: { id: true },
    });
    if (same) {
      const msg = "Đã có một thay đổi trạng thái cùng ngày hiệu lực";
      throw new AppError("INVALID", msg, { effectiveFrom: [msg] });
    }
    const change = await prisma.orgStatusChange.create({
      data: {
        organisationId: input.id,
        status: input.status,
        effectiveFrom: input.effectiveFrom,
        decisionRef: input.decisionRef,
        note: input.note,
      },
    });
    const currentStatus = await statusInForce(prisma, input.id);
    // Always through the version check: two people changing the status at once cannot both win.
    await updateWithVersion(prisma, "organisation", input.id, input.version, { currentStatus });
    await audit({
      action: "STATUS_CHANGE",
      entity: "Organisation",
      entityId: input.id,
      before: { currentStatus: org.currentStatus },
      after: {
        statusChangeId: change.id,
        status: input.status,
        effectiveFrom: isoDay(input.effectiveFrom),
        decisionRef: input.decisionRef,
        note: input.note,
        currentStatus,
      },
    });
    return { id: input.id };
  },
});
