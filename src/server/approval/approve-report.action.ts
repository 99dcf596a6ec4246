"use server";
import { defineAction } from "../actions/define-action";
import { approveReportSchema } from "./approval.validation";
import { approvalPaths, authorizeReview, transitionReport } from "./transition";

/** SUBMITTED → APPROVED (district staff and administrators); the year's data is then locked. */
export const approveReport = defineAction({
  name: "approval.approve",
  schema: approveReportSchema,
  authorize: authorizeReview,
  revalidate: approvalPaths,
  handler: ({ viewer, input, prisma, audit }) =>
    transitionReport({ tx: prisma, viewer, audit, ...input, from: ["SUBMITTED"], to: "APPROVED", action: "APPROVE" }),
});
