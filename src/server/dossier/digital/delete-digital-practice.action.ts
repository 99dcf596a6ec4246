"use server";
import { defineAction } from "@/server/actions/define-action";
import { conflictMessage } from "@/server/db/optimistic";
import { AppError } from "@/server/errors";
import { assertYearOpen } from "@/server/approval/year-lock";
import { deleteRecordSchema } from "../delete-owned.validation";
import { assertCanWriteOwned } from "../owned-record";

export const deleteDigitalPractice = defineAction({
  name: "digitalPractices.delete",
  schema: deleteRecordSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOwned(viewer, tx, "digitalPractice", input.id)),
  revalidate: (d: { organisationId: number; year: number }) => [
    `/to-chuc/${d.organisationId}`,
    `/to-chuc/${d.organisationId}/nam/${d.year}`,
  ],
  async handler({ input, prisma, audit }) {
    const before = await prisma.digitalPractice.findUniqueOrThrow({ where: { id: input.id } });
    await assertYearOpen(prisma, before.organisationId, before.year);
    const { count } = await prisma.digitalPractice.deleteMany({ where: { id: input.id, version: input.version } });
    if (count !== 1) throw new AppError("CONFLICT", await conflictMessage(prisma, "DigitalPractice", input.id));
    await audit({ action: "DELETE", entity: "DigitalPractice", entityId: input.id, before });
    return { id: input.id, organisationId: before.organisationId, year: before.year };
  },
});
