"use server";
import { defineAction } from "../actions/define-action";
import { assertCanApprove } from "../auth/permissions";
import { assertCanWriteOrganisation } from "../auth/record-scope";
import { approveReportSchema } from "./approval.validation";
import { approvalPaths, transitionReport } from "./transition";

/** SUBMITTED → APPROVED (district staff and administrators); the year's data is then locked. */
export const approveReport = defineAction({
  name: "approval.approve",
  schema: approveReportSchema,
  async authorize(viewer, input, tx) {
    assertCanApprove(viewer);
    await assertCanWriteOrganisation(viewer, tx, input.organisationId);
  },
  revalidate: approvalPaths,
  handler: ({ viewer, input, prisma, audit }) =>
    transitionReport({ tx: prisma, viewer, audit, ...input, from: ["SUBMITTED"], to: "APPROVED", action: "APPROVE" }),
});
