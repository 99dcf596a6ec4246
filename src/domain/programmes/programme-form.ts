// One form: a programme's own fields and its territory. Shared by the form (checked in
// the browser before the round trip) and the actions (programmes.save).
import { z } from "zod";
import {
  checkboxField,
  int4Field,
  optionalDateField,
  optionalIdField,
  optionalText,
  optionalVersionField,
  requiredText,
  yearField,
} from "@/domain/entry/fields";
import { PROGRAMME_LEVEL } from "@/domain/enums";

/** "whole country" or "the units ticked below". */
export const TERRITORY_CHOICES = ["COUNTRY", "UNITS"] as const;

const unitIds = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(int4Field("Thiếu đơn vị", "Đơn vị không hợp lệ")).max(20_000, { error: "Chọn quá nhiều đơn vị" }),
);

const fields = z.object({
  /** Absent: a new programme. */
  id: optionalIdField,
  version: optionalVersionField,
  code: z
    .string({ error: "Hãy nhập mã chương trình" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,29}$/, {
      error: "Mã chương trình gồm 2–30 chữ cái không dấu, chữ số hoặc dấu gạch ngang, ví dụ KH-DT-2023",
    }),
  title: requiredText("tên đầy đủ của chương trình", 300),
  shortTitle: requiredText("tên ngắn", 80),
  level: z.enum(PROGRAMME_LEVEL.values, { error: "Hãy chọn cấp ban hành" }),
  issuingBody: optionalText("cơ quan ban hành", 200),
  documentNumber: optionalText("số, ký hiệu văn bản", 60),
  issuedOn: optionalDateField("ngày ban hành"),
  baselineYear: yearField,
  sourceRef: optionalText("nguồn của các chỉ tiêu", 500),
  territory: z.enum(TERRITORY_CHOICES, { error: "Hãy chọn địa bàn" }),
  units: unitIds,
  isDefault: checkboxField,
});

// `when`: the cross-field checks run even while another field fails, so every mistake of
// a submitted form is reported at once.
const territoryFields = fields.pick({ territory: true, units: true });
const versionFields = fields.pick({ id: true, version: true });

export const programmeSchema = fields
  .refine((v) => v.territory !== "UNITS" || v.units.length > 0, {
    path: ["units"],
    message: "Chọn ít nhất một đơn vị, hoặc chọn “Cả nước”",
    when: (payload) => territoryFields.safeParse(payload.value).success,
  })
  .refine((v) => v.id === undefined || v.version !== undefined, {
    path: ["version"],
    message: "Thiếu phiên bản bản ghi",
    when: (payload) => versionFields.safeParse(payload.value).success,
  });

export type ProgrammeInput = z.output<typeof programmeSchema>;
