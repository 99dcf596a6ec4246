import { z } from "zod";
import { optionalText, requiredText } from "@/domain/entry/fields";
import { periodFields, saveOwnedSchema } from "../owned-record.validation";

/** Hectares with up to 2 decimals, "12,5" or "12.5". */
export const areaHaField = z.preprocess(
  (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : String(v).trim()),
  z
    .string()
    .regex(/^\d{1,8}([.,]\d{1,2})?$/, { error: "Diện tích (ha) là số không âm, tối đa 2 chữ số thập phân" })
    .transform((s) => s.replace(",", "."))
    .nullable(),
);

/** id absent: a new linkage; present (with version): an edit. */
export const saveLinkageSchema = saveOwnedSchema({
  partnerName: requiredText("đối tác liên kết", 200),
  role: z.enum(["LEAD", "MEMBER"], { error: "Hãy chọn vai trò" }),
  product: requiredText("sản phẩm liên kết", 200),
  areaHa: areaHaField,
  contractRef: optionalText("số hợp đồng", 200),
  ...periodFields,
});
