// Forms of the personal-data page (administrators): shared by the forms and the actions.
import { z } from "zod";
import { checkboxField, idField, optionalText, versionField } from "@/domain/entry/fields";
import { GENDER_VALUES, birthYearField, personNameField } from "../person/person-fields";

const confirmed = checkboxField.refine((v) => v, { error: "Hãy đánh dấu xác nhận trước khi thực hiện" });

export const correctPersonSchema = z.object({
  personId: idField,
  version: versionField,
  fullName: personNameField,
  birthYear: birthYearField,
  gender: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.enum(GENDER_VALUES, { error: "Giới tính không hợp lệ" }).nullable(),
  ),
  ethnicity: optionalText("dân tộc", 50),
  /** Why (the request it answers), kept in the audit row. */
  reason: optionalText("lý do", 300),
});

export const anonymisePersonSchema = z.object({
  personId: idField,
  version: versionField,
  confirm: confirmed,
  reason: optionalText("lý do", 300),
});

export const RETENTION_MIN_YEARS = 1;
export const RETENTION_MAX_YEARS = 50;

export const setRetentionSchema = z.object({
  /** Empty: no automatic erasure. */
  years: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : v),
    z.coerce
      .number({ error: "Số năm không hợp lệ" })
      .int({ error: "Số năm phải là số nguyên" })
      .min(RETENTION_MIN_YEARS, { error: `Ít nhất ${RETENTION_MIN_YEARS} năm` })
      .max(RETENTION_MAX_YEARS, { error: `Nhiều nhất ${RETENTION_MAX_YEARS} năm` })
      .nullable(),
  ),
});

export const applyRetentionSchema = z.object({ confirm: confirmed });
