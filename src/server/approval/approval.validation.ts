// Approval of an organisation's data for a year (the AnnualReport envelope).
import { z } from "zod";
import { idField, optionalText, optionalVersionField, versionField, yearField } from "@/domain/entry/fields";

const target = { organisationId: idField, year: yearField, version: versionField };

const requiredComment = z
  .string({ error: "Hãy ghi ý kiến (lý do)" })
  .trim()
  .min(3, { error: "Hãy ghi ý kiến (lý do)" })
  .max(1000, { error: "Ý kiến không dài quá 1000 ký tự" });

/** Without a version: the year has no dossier yet, submitting creates it (the organisation's
 *  pending register changes can then be sent). */
export const submitReportSchema = z.object({ ...target, version: optionalVersionField });
export const approveReportSchema = z.object({
  ...target,
  comment: optionalText("ý kiến", 1000),
  /** The fingerprint of the content the reviewer was shown (pending-changes.ts). */
  seen: z.string().trim().max(64).optional(),
});
/** SUBMITTED → DRAFT by the commune ("Rút lại để sửa") or the district. */
export const withdrawReportSchema = z.object(target);
export const approvePopulationSchema = z.object({ areaUnitId: idField, year: yearField });
export const returnReportSchema = z.object({ ...target, comment: requiredComment });
export const reopenReportSchema = z.object({
  ...target,
  comment: requiredComment,
  /** Where the reopened data goes: back to the commune (RETURNED) or to draft. */
  to: z.enum(["RETURNED", "DRAFT"], { error: "Hãy chọn trạng thái sau khi mở lại" }).default("RETURNED"),
});
