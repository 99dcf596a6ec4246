import { z } from "zod";
import {
  dateField,
  idField,
  optionalDateField,
  optionalIdField,
  optionalText,
  optionalVersionField,
} from "@/domain/entry/fields";

export const HIGH_TECH_VALUES = [
  "GREENHOUSE",
  "WATER_SAVING_IRRIGATION",
  "VIETGAP",
  "GLOBALGAP",
  "TRACEABILITY",
  "MECHANISATION",
  "BIOTECH",
  "IOT",
  "OTHER",
] as const;

export const saveHighTechSchema = z
  .object({
    id: optionalIdField,
    version: optionalVersionField,
    organisationId: idField,
    technologyType: z.enum(HIGH_TECH_VALUES, { error: "Hãy chọn loại công nghệ" }),
    description: optionalText("mô tả", 500),
    evidence: optionalText("minh chứng", 300),
    validFrom: dateField("ngày bắt đầu"),
    validTo: optionalDateField("ngày kết thúc"),
  })
  .superRefine((v, ctx) => {
    if (v.validTo && v.validTo < v.validFrom)
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "Ngày kết thúc không được trước ngày bắt đầu" });
    if (v.id && !v.version) ctx.addIssue({ code: "custom", path: ["version"], message: "Thiếu phiên bản bản ghi" });
  });
