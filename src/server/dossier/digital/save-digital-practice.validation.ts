import { z } from "zod";
import { optionalText, yearField } from "@/domain/entry/fields";
import { saveOwnedSchema } from "../owned-record.validation";

export const DIGITAL_PRACTICE_VALUES = [
  "ACCOUNTING_SOFTWARE",
  "E_COMMERCE",
  "DIGITAL_PAYMENT",
  "QR_TRACEABILITY",
  "WEBSITE_SOCIAL",
  "MANAGEMENT_SOFTWARE",
  "OTHER",
] as const;

export const saveDigitalPracticeSchema = saveOwnedSchema({
  year: yearField,
  practice: z.enum(DIGITAL_PRACTICE_VALUES, { error: "Hãy chọn hình thức chuyển đổi số" }),
  note: optionalText("ghi chú", 500),
});
