// One form: a new version of a target, valid from a date. Shared by the form and the action.
import { z } from "zod";
import { parseDayInput } from "@/domain/format/date";
import { programmeCode } from "@/domain/dashboard/filters";
import { TARGET_KINDS } from "@/domain/targets/definitions";
import { ORG_TYPE } from "@/domain/enums";

export const setTargetSchema = z
  .object({
    /** A programme's code; absent: the default programme. */
    programme: z.preprocess((v) => (v === "" ? undefined : v), programmeCode.optional()),
    /** Only for a programme's new target (its first version): what it measures. */
    kind: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.enum(TARGET_KINDS, { error: "Hãy chọn loại chỉ tiêu" }).optional(),
    ),
    // Checked against the programme's targets in the action (they are data).
    code: z
      .string({ error: "Chỉ tiêu không hợp lệ" })
      .regex(/^[A-Z][A-Z0-9_]{1,39}$/, { error: "Chỉ tiêu không hợp lệ" }),
    title: z
      .string({ error: "Hãy nhập tên chỉ tiêu" })
      .trim()
      .min(3, { error: "Hãy nhập tên chỉ tiêu" })
      .max(150, { error: "Tên chỉ tiêu không dài quá 150 ký tự" }),
    comparator: z.enum(["GT", "GTE", "LT", "LTE"], { error: "Hãy chọn cách so sánh" }),
    value: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().replace(/\./g, "").replace(",", ".") : v),
      z.coerce
        .number({ error: "Ngưỡng phải là một số, ví dụ 60 hoặc 10.500" })
        .min(0, { error: "Ngưỡng không được âm" })
        .max(1_000_000_000, { error: "Ngưỡng quá lớn" }),
    ),
    unit: z.enum(["COUNT", "PERCENT"], { error: "Hãy chọn đơn vị" }),
    horizonYear: z.coerce
      .number({ error: "Năm đích phải là một năm" })
      .int({ error: "Năm đích phải là một năm" })
      .min(2022, { error: "Năm đích từ 2022 trở đi" })
      .max(2100, { error: "Năm đích không quá 2100" }),
    // A check, not a transform: a failed check lets the form's other rules (the value's
    // range below) still report, field by field. The action reads the day with parseDayInput.
    validFrom: z.string({ error: "Hãy nhập ngày hiệu lực" }).refine((s) => parseDayInput(s) !== null, {
      error: "Ngày hiệu lực không hợp lệ: nhập theo ngày/tháng/năm, ví dụ 01/01/2027",
    }),
    sourceText: z
      .string({ error: "Hãy nhập nguyên văn chỉ tiêu" })
      .trim()
      .min(3, { error: "Hãy nhập nguyên văn chỉ tiêu" })
      .max(1000, { error: "Nguyên văn không dài quá 1.000 ký tự" }),
    chainBase: z.enum(["all", "goodFair"]).optional(),
    orgTypes: z.preprocess(
      (v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]),
      z.array(z.enum(ORG_TYPE.values)).optional(),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.unit === "PERCENT" && v.value > 100) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Tỷ lệ không vượt quá 100 %" });
    }
    if (v.unit === "COUNT" && !Number.isInteger(v.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Chỉ tiêu số lượng phải là số nguyên" });
    }
    if (v.orgTypes !== undefined && v.orgTypes.length === 0) {
      ctx.addIssue({ code: "custom", path: ["orgTypes"], message: "Chọn ít nhất một loại hình tổ chức" });
    }
  });
