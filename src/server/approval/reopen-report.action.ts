"use server";
import { defineAction } from "../actions/define-action";
import { assertCanApprove } from "../auth/permissions";
import { assertCanWriteOrganisation } from "../auth/record-scope";
import { reopenReportSchema } from "./approval.validation";
import { approvalPaths, transitionReport } from "./transition";

/** APPROVED → RETURNED (or DRAFT) with a mandatory comment: unlocks the year's data. */
export const reopenReport = defineAction({
  name: "approval.reopen",
  schema: reopenReportSchema,
  async authorize(viewer, input, tx) {
    assertCanApprove(viewer);
    await assertCanWriteOrganisation(viewer, tx, input.organisationId);
  },
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
