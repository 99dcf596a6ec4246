"use server";
import { defineAction } from "../actions/define-action";
import { assertCanApprove } from "../auth/permissions";
import { assertCanWriteOrganisation } from "../auth/record-scope";
import { returnReportSchema } from "./approval.validation";
import { approvalPaths, transitionReport } from "./transition";

/** SUBMITTED → RETURNED with a mandatory comment (district staff and administrators). */
export const returnReport = defineAction({
  name: "approval.return",
  schema: returnReportSchema,
  async authorize(viewer, input, tx) {
    assertCanApprove(viewer);
    await assertCanWriteOrganisation(viewer, tx, input.organisationId);
  },
  revalidate: approvalPaths,
  handler: ({ viewer, input, prisma, audit }) =>
    transitionReport({ tx: prisma, viewer, audit, ...input, from: ["SUBMITTED"], to: "RETURNED", action: "RETURN" }),
});
