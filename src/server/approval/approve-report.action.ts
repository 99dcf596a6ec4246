"use server";
import { authorizeReview } from "./transition";
import { approveReportSchema } from "./approval.validation";
import { transitionAction } from "./transition-action";

/** SUBMITTED → APPROVED (district staff and administrators); the year's data is then locked. */
export const approveReport = transitionAction("approval.approve", approveReportSchema, authorizeReview, "APPROVE");
