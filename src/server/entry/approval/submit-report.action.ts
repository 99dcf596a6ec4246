"use server";
import { defineAction } from "../../actions/define-action";
import { assertCanWriteOrganisation } from "../../auth/record-scope";
import { submitReportSchema } from "./approval.validation";
import { approvalPaths, transitionReport } from "./transition";

/** DRAFT or RETURNED → SUBMITTED, by whoever may write in the organisation's commune. */
export const submitReport = defineAction({
  name: "approval.submit",
  schema: submitReportSchema,
  authorize: async (viewer, input, tx) => void (await assertCanWriteOrganisation(viewer, tx, input.organisationId)),
  revalidate: approvalPaths,
  handler: ({ viewer, input, prisma, audit }) =>
    transitionReport({
      tx: prisma,
      viewer,
      audit,
      ...input,
      from: ["DRAFT", "RETURNED"],
      to: "SUBMITTED",
      action: "SUBMIT",
    }),
});
