"use server";
import { defineAction } from "@/server/actions/define-action";
import { deleteRecordSchema } from "../delete-owned.validation";
import { assertCanWriteOwned } from "../owned-record";
import { LINKAGE } from "../owned-kinds";
import { deleteOwned, periodPages } from "../save-owned";

export const deleteLinkage = defineAction({
  name: "linkages.delete",
  schema: deleteRecordSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOwned(viewer, tx, "valueChainLink", input.id)),
  revalidate: periodPages("lien-ket"),
  async handler({ input, prisma, audit }) {
    const before = await deleteOwned(prisma, audit, LINKAGE, input);
    return { id: input.id, organisationId: before.organisationId };
  },
});
