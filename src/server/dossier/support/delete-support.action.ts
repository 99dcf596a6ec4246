"use server";
import { defineAction } from "@/server/actions/define-action";
import { deleteRecordSchema } from "../delete-owned.validation";
import { assertCanWriteOwned } from "../owned-record";
import { SUPPORT } from "../owned-kinds";
import { deleteOwned, yearPages } from "../save-owned";

export const deleteSupport = defineAction({
  name: "supports.delete",
  schema: deleteRecordSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOwned(viewer, tx, "supportReceived", input.id)),
  revalidate: yearPages,
  async handler({ input, prisma, audit }) {
    const before = await deleteOwned(prisma, audit, SUPPORT, input);
    return { id: input.id, organisationId: before.organisationId, year: before.year };
  },
});
