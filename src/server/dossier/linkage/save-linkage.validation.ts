import { z } from "zod";
import {
  idField,
  optionalDateField,
  optionalIdField,
  optionalText,
  optionalVersionField,
  requiredText,
  dateField,
} from "@/domain/entry/fields";

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
export const saveLinkageSchema = z
  .object({
    id: optionalIdField,
    version: optionalVersionField,
    organisationId: idField,
    partnerName: requiredText("đối tác liên kết", 200),
    role: z.enum(["LEAD", "MEMBER"], { error: "Hãy chọn vai trò" }),
    product: requiredText("sản phẩm liên kết", 200),
    areaHa: areaHaField,
    contractRef: optionalText("số hợp đồng", 200),
    validFrom: dateField("ngày bắt đầu"),
    validTo: optionalDateField("ngày kết thúc"),
  })
  .superRefine((v, ctx) => {
    if (v.validTo && v.validTo < v.validFrom)
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "Ngày kết thúc không được trước ngày bắt đầu" });
    if (v.id && !v.version) ctx.addIssue({ code: "custom", path: ["version"], message: "Thiếu phiên bản bản ghi" });
  });
