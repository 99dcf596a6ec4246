"use server";
import { defineAction } from "../actions/define-action";
import { authorizeOrganisationWrite } from "../auth/record-scope";
import { withdrawReportSchema } from "./approval.validation";
import { approvalPaths, transitionReport } from "./transition";

/** "Rút lại để sửa": SUBMITTED → DRAFT, unlocking the dossier; whoever may write in the
 *  organisation's commune. It must be submitted again to be approved. */
export const withdrawReport = defineAction({
  name: "approval.withdraw",
  schema: withdrawReportSchema,
  authorize: authorizeOrganisationWrite,
  revalidate: approvalPaths,
  handler: ({ viewer, input, prisma, audit }) =>
    transitionReport({ tx: prisma, viewer, audit, ...input, from: ["SUBMITTED"], to: "DRAFT", action: "WITHDRAW" }),
});
