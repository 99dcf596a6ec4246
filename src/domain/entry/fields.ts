// Field schemas shared by the data-entry forms (browser) and their actions (server).
// FormData sends strings: "" means "left empty". No server imports here.
import { z } from "zod";
import { moneyErrorMessage, parseViInteger } from "@/domain/entry/parse-number";
import { parseDayInput } from "@/domain/format/date";

const empty = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Ids and versions are PostgreSQL int4: a larger number is no record, not a database error. */
export const MAX_INT4 = 2_147_483_647;
/** True for an id that can name a row: a positive int4. A larger id would be a query
 *  error (a 500) instead of "not found". */
export const isRowId = (id: number): boolean => Number.isSafeInteger(id) && id > 0 && id <= MAX_INT4;
/** A positive int4 from a form, with the form's own words for "missing" and "not valid". */
export const int4Field = (missing: string, invalid: string) =>
  z.coerce.number({ error: missing }).int().positive({ error: missing }).max(MAX_INT4, { error: invalid });
export const idField = int4Field("Thiếu mã bản ghi", "Mã bản ghi không hợp lệ");
export const versionField = int4Field("Thiếu phiên bản bản ghi", "Phiên bản bản ghi không hợp lệ");
/** Absent for a record not created yet. */
export const optionalVersionField = z.preprocess((v) => (empty(v) ? undefined : v), versionField.optional());
export const optionalIdField = z.preprocess((v) => (empty(v) ? undefined : v), idField.optional());

export const yearField = z.coerce
  .number({ error: "Hãy nhập năm" })
  .int({ error: "Năm không hợp lệ" })
  .min(2000, { error: "Năm phải từ 2000" })
  .max(2100, { error: "Năm không hợp lệ" });

export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `Hãy nhập ${label}` })
    .trim()
    .min(1, { error: `Hãy nhập ${label}` })
    .max(max, { error: `${capitalise(label)} không được dài quá ${max} ký tự` });
}

export function optionalText(label: string, max = 500) {
  return z.preprocess(
    (v) => (empty(v) ? null : typeof v === "string" ? v.trim() : v),
    z
      .string()
      .max(max, { error: `${capitalise(label)} không được dài quá ${max} ký tự` })
      .nullable(),
  );
}

/** A typed day ("03/12/2026", day first; ISO accepted) → Date at UTC midnight, as Prisma
 *  stores @db.Date. */
function typedDay(s: string): Date | null {
  const iso = parseDayInput(s);
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

export function dateField(label: string) {
  return z
    .string({ error: `Hãy nhập ${label}` })
    .trim()
    .min(1, { error: `Hãy nhập ${label}` })
    .transform((s, ctx) => {
      const d = typedDay(s);
      if (!d) {
        ctx.addIssue({
          code: "custom",
          message: `${capitalise(label)} không hợp lệ: nhập theo ngày/tháng/năm, ví dụ 03/12/2026`,
        });
        return z.NEVER;
      }
      return d;
    });
}

export function optionalDateField(label: string) {
  return z.preprocess((v) => (empty(v) ? null : v), dateField(label).nullable());
}

/** The range of the BigInt (int8) columns holding amounts in đồng. */
const MAX_MONEY = 9_223_372_036_854_775_807n;

/** Integer đồng typed vi-VN style ("1.500.000"); a comma is refused. */
export function moneyField(label: string, { allowNegative = false } = {}) {
  return z
    .string({ error: `Hãy nhập ${label}` })
    .trim()
    .min(1, { error: `Hãy nhập ${label}` })
    .transform((s, ctx) => {
      const r = parseViInteger(s, { allowNegative });
      if (!r.ok) {
        ctx.addIssue({ code: "custom", message: moneyErrorMessage(r.reason) });
        return z.NEVER;
      }
      if (r.value > MAX_MONEY || r.value < -MAX_MONEY) {
        ctx.addIssue({ code: "custom", message: "Số tiền quá lớn" });
        return z.NEVER;
      }
      return r.value;
    });
}

export function optionalMoneyField(label: string, options: { allowNegative?: boolean } = {}) {
  return z.preprocess(
    (v) => (empty(v) ? null : typeof v === "number" || typeof v === "bigint" ? String(v) : v),
    moneyField(label, options).nullable(),
  );
}

/** A count of people (members, employees, population): whole, not negative; "1.234" accepted. */
const toCount = (label: string) => (s: string, ctx: z.RefinementCtx) => {
  const r = parseViInteger(s);
  if (!r.ok || r.value > 2_000_000_000n) {
    ctx.addIssue({ code: "custom", message: `${capitalise(label)} phải là số nguyên không âm` });
    return z.NEVER;
  }
  return Number(r.value);
};

export function optionalCountField(label: string) {
  return z.preprocess(
    (v) => (empty(v) ? null : typeof v === "number" ? String(v) : v),
    z.string().transform(toCount(label)).nullable(),
  );
}

export function countField(label: string) {
  return z.preprocess(
    (v) => (typeof v === "number" ? String(v) : v),
    z
      .string({ error: `Hãy nhập ${label}` })
      .trim()
      .min(1, { error: `Hãy nhập ${label}` })
      .transform(toCount(label)),
  );
}

/** Checkbox: "on"/"true" → true, absent → false. */
export const checkboxField = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** "yes" / "no" / "" (not assessed) → true / false / null. */
export const triStateField = z.preprocess(
  (v) => (v === "yes" || v === true ? true : v === "no" || v === false ? false : null),
  z.boolean().nullable(),
);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
