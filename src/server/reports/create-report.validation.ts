import { z } from "zod";
import { communeIdsField } from "@/domain/users/user-fields";
import { programmeCode } from "@/domain/dashboard/filters";
import {
  checkboxField,
  formalFields,
  optionalDate,
  optionalInt,
  periodTypeField,
  reportKindField,
  titleField,
} from "./report-fields";

export const createReportSchema = z
  .object({
    kind: reportKindField,
    periodType: periodTypeField,
    year: optionalInt(2000, 2100, "Năm không hợp lệ"),
    quarter: optionalInt(1, 4, "Hãy chọn quý"),
    half: optionalInt(1, 2, "Hãy chọn 6 tháng đầu hoặc cuối năm"),
    asOf: optionalDate,
    communeIds: communeIdsField,
    /** A programme's code; absent: the default programme. */
    programme: z.preprocess((v) => (v === "" ? undefined : v), programmeCode.optional()),
    includeUnapproved: checkboxField.default(false),
    /** Empty: the default title of the kind and period. */
    title: z.preprocess((v) => (v === "" ? undefined : v), titleField.optional()),
    // Absent: the letterhead setting's value (a form sends them all, prefilled from it).
    ...z.object(formalFields).partial().shape,
  })
  .superRefine((v, ctx) => {
    const need = (field: "year" | "quarter" | "half" | "asOf", message: string) => {
      if (v[field] === undefined) ctx.addIssue({ code: "custom", message, path: [field] });
    };
    if (v.periodType !== "AS_OF") need("year", "Hãy chọn năm");
    if (v.periodType === "QUARTER") need("quarter", "Hãy chọn quý");
    if (v.periodType === "HALF") need("half", "Hãy chọn 6 tháng đầu hoặc cuối năm");
    if (v.periodType === "AS_OF") need("asOf", "Hãy chọn ngày tính đến");
  });
