"use server";
import { defineAction } from "@/server/actions/define-action";
import { conflictMessage } from "@/server/db/optimistic";
import { AppError } from "@/server/errors";
import { assertYearOpen } from "@/server/approval/year-lock";
import { deleteRecordSchema } from "../delete-owned.validation";
import { assertCanWriteOwned } from "../owned-record";

export const deleteSupport = defineAction({
  name: "supports.delete",
  schema: deleteRecordSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOwned(viewer, tx, "supportReceived", input.id)),
  revalidate: (d: { organisationId: number; year: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/nam/${d.year}`,
  ],
  async handler({ input, prisma, audit }) {
    const before = await prisma.supportReceived.findUniqueOrThrow({ where: { id: input.id } });
    await assertYearOpen(prisma, before.organisationId, before.year);
    const { count } = await prisma.supportReceived.deleteMany({ where: { id: input.id, version: input.version } });
    if (count !== 1) throw new AppError("CONFLICT", await conflictMessage(prisma, "SupportReceived", input.id));
    await audit({ action: "DELETE", entity: "SupportReceived", entityId: input.id, before });
    return { id: input.id, organisationId: before.organisationId, year: before.year };
  },
});
