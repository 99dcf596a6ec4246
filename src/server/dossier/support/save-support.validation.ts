import { z } from "zod";
import { moneyField, optionalText, yearField } from "@/domain/entry/fields";
import { saveOwnedSchema } from "../owned-record.validation";

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

export const saveSupportSchema = saveOwnedSchema({
  policyArea: z.enum(POLICY_AREA_VALUES, { error: "Hãy chọn chính sách hỗ trợ" }),
  year: yearField,
  amount: moneyField("số tiền hỗ trợ"),
  note: optionalText("ghi chú", 500),
});
