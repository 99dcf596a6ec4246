"use server";
import { defineAction } from "@/server/actions/define-action";
import { assertCanSaveOwned } from "../owned-record";
import { HIGH_TECH } from "../owned-kinds";
import { periodPages, saveOwned } from "../save-owned";
import { saveHighTechSchema } from "./save-high-tech.validation";

/** Creates (no id) or edits a high-technology application. Locked when a year it covers is approved. */
export const saveHighTech = defineAction({
  name: "highTech.save",
  schema: saveHighTechSchema,
  authorize: (viewer, input, tx) => assertCanSaveOwned(viewer, tx, "highTechApplication", input),
  revalidate: periodPages("cong-nghe-cao"),
  async handler({ input, prisma, audit }) {
    const id = await saveOwned(prisma, audit, HIGH_TECH, input);
    return { id, organisationId: input.organisationId };
  },
});
