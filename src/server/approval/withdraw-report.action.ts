"use server";
import { authorizeOrganisationWrite } from "../auth/record-scope";
import { withdrawReportSchema } from "./approval.validation";
import { transitionAction } from "./transition-action";

/** "Rút lại để sửa": SUBMITTED → DRAFT, unlocking the dossier; whoever may write in the
 *  organisation's commune. It must be submitted again to be approved. */
export const withdrawReport = transitionAction(
  "approval.withdraw",
  withdrawReportSchema,
  authorizeOrganisationWrite,
  "WITHDRAW",
);
