import { z } from "zod";
import { optionalText } from "@/domain/entry/fields";
import { periodFields, saveOwnedSchema } from "../owned-record.validation";

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

export const saveHighTechSchema = saveOwnedSchema({
  technologyType: z.enum(HIGH_TECH_VALUES, { error: "Hãy chọn loại công nghệ" }),
  description: optionalText("mô tả", 500),
  evidence: optionalText("minh chứng", 300),
  ...periodFields,
});
