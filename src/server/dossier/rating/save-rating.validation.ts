import { z } from "zod";
import { scoreToHundredths } from "@/domain/ratings/derive-level";
import { idField, optionalText, optionalVersionField, yearField } from "@/domain/entry/fields";

export const RATING_SCHEME_VALUES = ["GENERAL", "AGRICULTURE"] as const;
export const NOT_RATED_REASON_VALUES = ["UNDER_12_MONTHS", "STOPPED_OVER_3_MONTHS", "PENDING", "OTHER"] as const;

/** "80", "79,5", "79.25" → "79.25" (0 to 100, at most 2 decimals). */
const scoreField = z.preprocess(
  (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : String(v).trim()),
  z
    .string()
    .transform((s, ctx) => {
      let h: number;
      try {
        h = scoreToHundredths(s);
      } catch {
        ctx.addIssue({ code: "custom", message: "Điểm là số từ 0 đến 100, tối đa 2 chữ số thập phân" });
        return z.NEVER;
      }
      if (h > 10000) {
        ctx.addIssue({ code: "custom", message: "Điểm không được lớn hơn 100" });
        return z.NEVER;
      }
      return (h / 100).toFixed(2);
    })
    .nullable(),
);

/**
 * A rating: either a score (the level is derived on the server from the thresholds in
 * force; any level sent by the client is ignored: it is not part of this schema), or
 * not rated with a reason.
 */
export const saveRatingSchema = z
  .object({
    organisationId: idField,
    year: yearField,
    version: optionalVersionField,
    scheme: z.enum(RATING_SCHEME_VALUES, { error: "Hãy chọn bộ tiêu chí" }),
    mode: z.enum(["SCORED", "NOT_RATED"], { error: "Hãy chọn: có điểm hay không xếp loại" }),
    score: scoreField,
    notRatedReason: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.enum(NOT_RATED_REASON_VALUES, { error: "Lý do không hợp lệ" }).nullable(),
    ),
    note: optionalText("ghi chú", 500),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "SCORED" && v.score === null)
      ctx.addIssue({ code: "custom", path: ["score"], message: "Hãy nhập điểm đánh giá" });
    if (v.mode === "NOT_RATED" && v.notRatedReason === null)
      ctx.addIssue({ code: "custom", path: ["notRatedReason"], message: "Hãy chọn lý do không xếp loại" });
  });
