// Fields of the organisation forms (browser and server).
import { z } from "zod";
import { ORG_STATUS, ORG_TYPE, SECTOR } from "@/domain/enums";
import { checkboxField, idField, optionalDateField, optionalText, requiredText } from "@/domain/entry/fields";

export const ORG_TYPE_VALUES = ORG_TYPE.values;
export const SECTOR_VALUES = SECTOR.values;
export const ORG_STATUS_VALUES = ORG_STATUS.values;

/** "Lúa, dừa; bưởi" → ["Lúa", "dừa", "bưởi"]: one product per comma, semicolon or line. */
export const mainProductsField = z.preprocess(
  (v) =>
    (Array.isArray(v) ? v.join(",") : typeof v === "string" ? v : "")
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
  z
    .array(z.string().max(80, { error: "Mỗi sản phẩm không dài quá 80 ký tự" }))
    .max(20, { error: "Tối đa 20 sản phẩm" }),
);

export const organisationIdentityFields = {
  code: z
    .string({ error: "Hãy nhập mã tổ chức" })
    .trim()
    .toUpperCase()
    .min(2, { error: "Hãy nhập mã tổ chức" })
    .max(40, { error: "Mã tổ chức không dài quá 40 ký tự" })
    .regex(/^[A-Z0-9._-]+$/, { error: "Mã tổ chức chỉ gồm chữ không dấu, chữ số và các dấu . _ -" }),
  type: z.enum(ORG_TYPE_VALUES, { error: "Hãy chọn loại hình" }),
  name: requiredText("tên tổ chức", 200),
  communeId: idField.pipe(z.number({ error: "Hãy chọn xã, thị trấn" })),
  address: optionalText("địa chỉ", 300),
  sector: z.enum(SECTOR_VALUES, { error: "Hãy chọn lĩnh vực" }),
  mainProducts: mainProductsField,
  foundedOn: optionalDateField("ngày thành lập"),
  hasMemberRegister: checkboxField,
};
