import { z } from "zod";
import { yearInVietnam } from "@/domain/time/vietnam";

export const MEMBER_KIND_VALUES = ["INDIVIDUAL", "HOUSEHOLD", "LEGAL_ENTITY", "ORGANISATION"] as const;
export const MEMBER_TYPE_VALUES = ["OFFICIAL", "ASSOCIATE_CAPITAL", "ASSOCIATE_NO_CAPITAL"] as const;
export const GENDER_VALUES = ["MALE", "FEMALE", "OTHER"] as const;

const empty = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** CCCD (12 digits) or old CMND (9 digits); spaces, dots and dashes ignored. Never stored. */
export const idNumberField = z.preprocess(
  (v) => (empty(v) ? null : typeof v === "string" ? v.replace(/[\s.-]/g, "") : v),
  z
    .string()
    .regex(/^(\d{9}|\d{12})$/, { error: "Số định danh gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND)" })
    .nullable(),
);

export const birthYearField = z.preprocess(
  (v) => (empty(v) ? null : v),
  z.coerce
    .number({ error: "Năm sinh không hợp lệ" })
    .int({ error: "Năm sinh không hợp lệ" })
    .min(1900, { error: "Năm sinh không hợp lệ" })
    // Checked at each parse, not frozen when the module loads (the server outlives a year).
    .refine((y) => y <= yearInVietnam(), { error: "Năm sinh không được sau năm nay" })
    .nullable(),
);

export const personNameField = z
  .string({ error: "Hãy nhập họ và tên" })
  .trim()
  .min(2, { error: "Hãy nhập họ và tên" })
  .max(150, { error: "Họ và tên không dài quá 150 ký tự" });
