"use server";
import { defineAction } from "@/server/actions/define-action";
import { deleteRecordSchema } from "../delete-owned.validation";
import { assertCanWriteOwned } from "../owned-record";
import { DIGITAL_PRACTICE } from "../owned-kinds";
import { deleteOwned, yearPages } from "../save-owned";

export const deleteDigitalPractice = defineAction({
  name: "digitalPractices.delete",
  schema: deleteRecordSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOwned(viewer, tx, "digitalPractice", input.id)),
  revalidate: yearPages,
  async handler({ input, prisma, audit }) {
    const before = await deleteOwned(prisma, audit, DIGITAL_PRACTICE, input);
    return { id: input.id, organisationId: before.organisationId, year: before.year };
  },
});
