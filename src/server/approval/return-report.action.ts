"use server";
import { authorizeReview } from "./transition";
import { returnReportSchema } from "./approval.validation";
import { transitionAction } from "./transition-action";

/** SUBMITTED → RETURNED with a mandatory comment (district staff and administrators). */
export const returnReport = transitionAction("approval.return", returnReportSchema, authorizeReview, "RETURN");
