// Approval of an organisation's data for a year (the AnnualReport envelope).
import { z } from "zod";
import { idField, optionalText, versionField, yearField } from "../entry-fields";

const target = { organisationId: idField, year: yearField, version: versionField };

const requiredComment = z
  .string({ error: "Hãy ghi ý kiến (lý do)" })
  .trim()
  .min(3, { error: "Hãy ghi ý kiến (lý do)" })
  .max(1000, { error: "Ý kiến không dài quá 1000 ký tự" });

export const submitReportSchema = z.object(target);
export const approveReportSchema = z.object({ ...target, comment: optionalText("ý kiến", 1000) });
export const returnReportSchema = z.object({ ...target, comment: requiredComment });
export const reopenReportSchema = z.object({
  ...target,
  comment: requiredComment,
  /** Where the reopened data goes: back to the commune (RETURNED) or to draft. */
  to: z.enum(["RETURNED", "DRAFT"], { error: "Hãy chọn trạng thái sau khi mở lại" }).default("RETURNED"),
});
