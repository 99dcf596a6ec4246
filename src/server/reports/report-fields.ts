// zod pieces shared by the report forms (browser) and the report actions (server).
import { z } from "zod";
import { int4Field } from "@/domain/entry/fields";
import { MARKDOWN_MAX_LENGTH } from "@/domain/reports/markdown";
import { PERIOD_TYPES, REPORT_KINDS } from "@/domain/reports/period";
import {
  documentNumberField,
  issuingBodyField,
  parentBodyField,
  placeField,
  recipientsField,
  signerAuthorityField,
  signerNameField,
  signerTitleField,
} from "@/domain/reports/letterhead";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

// Ids and versions are PostgreSQL int4: a larger number is no record, not a database error.
export const reportIdField = int4Field("Thiếu mã báo cáo", "Mã báo cáo không hợp lệ");
export const reportVersionField = int4Field("Thiếu phiên bản báo cáo", "Phiên bản báo cáo không hợp lệ");

export const reportKindField = z.enum(REPORT_KINDS, { error: "Hãy chọn loại báo cáo" });
export const periodTypeField = z.enum(PERIOD_TYPES, { error: "Hãy chọn kỳ báo cáo" });

export const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message })
      .optional(),
  );

export const optionalDate = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Ngày không hợp lệ" })
    .optional(),
);

export const titleField = z
  .string({ error: "Hãy nhập tên báo cáo" })
  .trim()
  .min(5, { error: "Tên báo cáo quá ngắn" })
  .max(300, { error: "Tên báo cáo không được dài quá 300 ký tự" });

/**
 * The formal parts of a report (letterhead, "Số", "Nơi nhận", signature block), as on
 * the create and edit forms; the letterhead setting gives a new report's defaults.
 */
export const formalFields = {
  parentBody: parentBodyField,
  issuingBody: issuingBodyField,
  place: placeField,
  documentNumber: documentNumberField,
  recipients: recipientsField,
  signerAuthority: signerAuthorityField,
  signerTitle: signerTitleField,
  signerName: signerNameField,
};

export const narrativeField = z
  .string()
  .max(MARKDOWN_MAX_LENGTH, {
    error: `Mỗi phần không được dài quá ${MARKDOWN_MAX_LENGTH.toLocaleString("vi-VN")} ký tự`,
  })
  .default("")
  .transform((s) => s.replace(/\r\n?/g, "\n").trimEnd());

export const checkboxField = z.preprocess((v) => v === "1" || v === "on" || v === true || v === "true", z.boolean());
