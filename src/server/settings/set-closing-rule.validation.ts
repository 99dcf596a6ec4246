// The closing-rule form (/quan-tri/khoa-so), shared by the form and the action.
import { z } from "zod";
import { CLOSING_RULE_KINDS, daysInMonth } from "@/domain/targets/closing";

const whole = (message: string, min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message }),
  );

export const setClosingRuleSchema = z
  .object({
    kind: z.enum(CLOSING_RULE_KINDS, { error: "Hãy chọn cách khoá sổ" }),
    day: whole("Ngày phải từ 1 đến 31", 1, 31).optional(),
    month: whole("Tháng phải từ 1 đến 12", 1, 12).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== "CLOSING_DATE") return;
    if (v.day === undefined) ctx.addIssue({ code: "custom", path: ["day"], message: "Hãy nhập ngày khoá sổ" });
    if (v.month === undefined) ctx.addIssue({ code: "custom", path: ["month"], message: "Hãy nhập tháng khoá sổ" });
    if (v.day !== undefined && v.month !== undefined && v.day > daysInMonth(v.month)) {
      // 29/02 too: the rule must exist every year.
      ctx.addIssue({
        code: "custom",
        path: ["day"],
        message: `Tháng ${v.month} chỉ có ${daysInMonth(v.month)} ngày (mọi năm)`,
      });
    }
  });
