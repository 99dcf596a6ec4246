"use server";
import { defineAction } from "@/server/actions/define-action";
import { assertCanSaveOwned } from "../owned-record";
import { LINKAGE } from "../owned-kinds";
import { periodPages, saveOwned } from "../save-owned";
import { saveLinkageSchema } from "./save-linkage.validation";

/** Creates (no id) or edits a value-chain linkage. Locked when a year it covers is approved. */
export const saveLinkage = defineAction({
  name: "linkages.save",
  schema: saveLinkageSchema,
  authorize: (viewer, input, tx) => assertCanSaveOwned(viewer, tx, "valueChainLink", input),
  revalidate: periodPages("lien-ket"),
  async handler({ input, prisma, audit }) {
    const id = await saveOwned(prisma, audit, LINKAGE, input);
    return { id, organisationId: input.organisationId };
  },
});
