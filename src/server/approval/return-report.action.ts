"use server";
import { defineAction } from "../actions/define-action";
import { returnReportSchema } from "./approval.validation";
import { approvalPaths, authorizeReview, transitionReport } from "./transition";

/** SUBMITTED → RETURNED with a mandatory comment (district staff and administrators). */
export const returnReport = defineAction({
  name: "approval.return",
  schema: returnReportSchema,
  authorize: authorizeReview,
  revalidate: approvalPaths,
  handler: ({ viewer, input, prisma, audit }) =>
    transitionReport({ tx: prisma, viewer, audit, ...input, from: ["SUBMITTED"], to: "RETURNED", action: "RETURN" }),
});
