"use server";
import { defineAction } from "@/server/actions/define-action";
import { conflictMessage } from "@/server/db/optimistic";
import { AppError } from "@/server/errors";
import { assertPeriodOpen } from "@/server/approval/year-lock";
import { isoDay } from "@/domain/time/vietnam";
import { deleteRecordSchema } from "../delete-owned.validation";
import { assertCanWriteOwned } from "../owned-record";

export const deleteHighTech = defineAction({
  name: "highTech.delete",
  schema: deleteRecordSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOwned(viewer, tx, "highTechApplication", input.id)),
  revalidate: (d: { organisationId: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/cong-nghe-cao`,
  ],
  async handler({ input, prisma, audit }) {
    const before = await prisma.highTechApplication.findUniqueOrThrow({ where: { id: input.id } });
    await assertPeriodOpen(prisma, before.organisationId, before.validFrom, before.validTo);
    const { count } = await prisma.highTechApplication.deleteMany({ where: { id: input.id, version: input.version } });
    if (count !== 1) throw new AppError("CONFLICT", await conflictMessage(prisma, "HighTechApplication", input.id));
    await audit({
      action: "DELETE",
      entity: "HighTechApplication",
      entityId: input.id,
      before: { ...before, validFrom: isoDay(before.validFrom), validTo: isoDay(before.validTo) },
    });
    return { id: input.id, organisationId: before.organisationId };
  },
});
