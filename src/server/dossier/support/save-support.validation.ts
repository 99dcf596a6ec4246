import { z } from "zod";
import {
  idField,
  moneyField,
  optionalIdField,
  optionalText,
  optionalVersionField,
  yearField,
} from "@/domain/entry/fields";

export const POLICY_AREA_VALUES = [
  "HUMAN_RESOURCES",
  "LAND",
  "FINANCE_TAX",
  "CREDIT",
  "SCIENCE_TECH",
  "MARKET",
  "INFRASTRUCTURE",
  "SOCIAL_INSURANCE",
] as const;

export const saveSupportSchema = z
  .object({
    id: optionalIdField,
    version: optionalVersionField,
    organisationId: idField,
    policyArea: z.enum(POLICY_AREA_VALUES, { error: "Hãy chọn chính sách hỗ trợ" }),
    year: yearField,
    amount: moneyField("số tiền hỗ trợ"),
    note: optionalText("ghi chú", 500),
  })
  .superRefine((v, ctx) => {
    if (v.id && !v.version) ctx.addIssue({ code: "custom", path: ["version"], message: "Thiếu phiên bản bản ghi" });
  });
