"use server";
import { authorizeReview } from "./transition";
import { reopenReportSchema } from "./approval.validation";
import { transitionAction } from "./transition-action";

/** APPROVED → RETURNED (or DRAFT) with a mandatory comment: unlocks the year's data. */
export const reopenReport = transitionAction("approval.reopen", reopenReportSchema, authorizeReview, "REOPEN");
