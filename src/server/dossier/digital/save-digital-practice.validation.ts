import { z } from "zod";
import { idField, optionalIdField, optionalText, optionalVersionField, yearField } from "@/domain/entry/fields";

export const DIGITAL_PRACTICE_VALUES = [
  "ACCOUNTING_SOFTWARE",
  "E_COMMERCE",
  "DIGITAL_PAYMENT",
  "QR_TRACEABILITY",
  "WEBSITE_SOCIAL",
  "MANAGEMENT_SOFTWARE",
  "OTHER",
] as const;

export const saveDigitalPracticeSchema = z
  .object({
    id: optionalIdField,
    version: optionalVersionField,
    organisationId: idField,
    year: yearField,
    practice: z.enum(DIGITAL_PRACTICE_VALUES, { error: "Hãy chọn hình thức chuyển đổi số" }),
    note: optionalText("ghi chú", 500),
  })
  .superRefine((v, ctx) => {
    if (v.id && !v.version) ctx.addIssue({ code: "custom", path: ["version"], message: "Thiếu phiên bản bản ghi" });
  });
