import { z } from "zod";
import { REPORT_SECTION_KEYS } from "@/domain/reports/sections";
import { reportIdField } from "./report-fields";

export const addReportCommentSchema = z.object({
  reportId: reportIdField,
  /** Absent or empty: the report as a whole. */
  sectionKey: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.enum(REPORT_SECTION_KEYS, { error: "Mục được góp ý không hợp lệ" }).optional(),
  ),
  body: z
    .string({ error: "Hãy nhập nội dung góp ý" })
    .trim()
    .min(2, { error: "Hãy nhập nội dung góp ý" })
    .max(4000, { error: "Góp ý không được dài quá 4.000 ký tự" }),
});
