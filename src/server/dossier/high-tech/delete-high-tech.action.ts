"use server";
import { defineAction } from "@/server/actions/define-action";
import { deleteRecordSchema } from "../delete-owned.validation";
import { assertCanWriteOwned } from "../owned-record";
import { HIGH_TECH } from "../owned-kinds";
import { deleteOwned, periodPages } from "../save-owned";

export const deleteHighTech = defineAction({
  name: "highTech.delete",
  schema: deleteRecordSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOwned(viewer, tx, "highTechApplication", input.id)),
  revalidate: periodPages("cong-nghe-cao"),
  async handler({ input, prisma, audit }) {
    const before = await deleteOwned(prisma, audit, HIGH_TECH, input);
    return { id: input.id, organisationId: before.organisationId };
  },
});
