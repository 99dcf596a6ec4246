"use server";
import { defineAction } from "@/server/actions/define-action";
import { assertCanSaveOwned } from "../owned-record";
import { SUPPORT } from "../owned-kinds";
import { saveOwned, yearPages } from "../save-owned";
import { saveSupportSchema } from "./save-support.validation";

/** Records (no id) or edits support received in a year; locked while that year is approved. */
export const saveSupport = defineAction({
  name: "supports.save",
  schema: saveSupportSchema,
  authorize: (viewer, input, tx) => assertCanSaveOwned(viewer, tx, "supportReceived", input),
  revalidate: yearPages,
  async handler({ input, prisma, audit }) {
    const id = await saveOwned(prisma, audit, SUPPORT, input);
    return { id, organisationId: input.organisationId, year: input.year };
  },
});
