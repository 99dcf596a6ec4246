"use server";
import { defineAction } from "../actions/define-action";
import { reopenReportSchema } from "./approval.validation";
import { approvalPaths, authorizeReview, transitionReport } from "./transition";

/** APPROVED → RETURNED (or DRAFT) with a mandatory comment: unlocks the year's data. */
export const reopenReport = defineAction({
  name: "approval.reopen",
  schema: reopenReportSchema,
  authorize: authorizeReview,
  revalidate: approvalPaths,
  handler: ({ viewer, input, prisma, audit }) =>
    transitionReport({
      tx: prisma,
      viewer,
      audit,
      organisationId: input.organisationId,
      year: input.year,
      version: input.version,
      comment: input.comment,
      from: ["APPROVED"],
      to: input.to,
      action: "REOPEN",
    }),
});
