import { z } from "zod";
import { reportIdField } from "./report-fields";

export const addReportCommentSchema = z.object({
  reportId: reportIdField,
  body: z
    .string({ error: "Hãy nhập nội dung góp ý" })
    .trim()
    .min(2, { error: "Hãy nhập nội dung góp ý" })
    .max(4000, { error: "Góp ý không được dài quá 4.000 ký tự" }),
});
