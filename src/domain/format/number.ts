// vi-VN number formatting (Intl): 1.250.000; 60,5 %; money in đồng / triệu đồng / tỷ đồng.
// Pure: Intl is part of the language runtime (Node ships full ICU), no node: imports.
//
// Percent: Intl's percent style gives "60,5%" (no space) for vi-VN, but the project's
// convention (docs/domain.md) is "60,5 %". We format the number with Intl and
// append "\u00A0%" ourselves, everywhere, so the two styles never mix. The space is a
// NO-BREAK SPACE so a line never breaks between the number and the sign; text matchers
// that normalise whitespace (\s matches U+00A0) still see "60,5 %".

export const LOCALE = "vi-VN";
export const NBSP = "\u00A0";

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, nf);
  }
  return nf;
}

/** 1250000 -> "1.250.000"; 1234.5 -> "1.234,5" (up to `maxFractionDigits`, default 2,
 *  trailing zeros dropped unless `minFractionDigits` asks for them). */
export function formatNumber(value: number | bigint, maxFractionDigits = 2, minFractionDigits = 0): string {
  return numberFormat(minFractionDigits, Math.max(minFractionDigits, maxFractionDigits)).format(value);
}

/** Integers (counts): rounds half away from zero. 1250000 -> "1.250.000". */
export function formatInteger(value: number | bigint): string {
  return numberFormat(0, 0).format(value);
}

/** `value` is already a percentage (60.5 means 60,5 %). Fixed `fractionDigits`
 *  (default 1) so a column of rates aligns: 60 -> "60,0 %", 64.2857 -> "64,3 %". */
export function formatPercent(value: number, fractionDigits = 1): string {
  return `${numberFormat(fractionDigits, fractionDigits).format(value)}${NBSP}%`;
}

export type MoneyUnit = "DONG" | "MILLION" | "BILLION" | "AUTO";

const MILLION = 1_000_000;
const BILLION = 1_000_000_000;

/**
 * Money, stored as integer đồng (BigInt in the database).
 *  DONG: "1.250.000 đồng"; MILLION: "1,25 triệu đồng"; BILLION: "1,5 tỷ đồng";
 *  AUTO (default): đồng below 1 million, triệu below 1 billion, else tỷ.
 * Scaled units show at most `fractionDigits` (default 2) decimals. A bigint is
 * converted to number only for the scaled units, where a 2-decimal display is far
 * coarser than the float error (exact up to 9·10^15 đồng).
 */
export function formatMoney(amount: number | bigint, unit: MoneyUnit = "AUTO", fractionDigits = 2): string {
  const n = typeof amount === "bigint" ? Number(amount) : amount;
  const abs = Math.abs(n);
  const chosen = unit !== "AUTO" ? unit : abs < MILLION ? "DONG" : abs < BILLION ? "MILLION" : "BILLION";
  if (chosen === "DONG") return `${formatInteger(amount)}${NBSP}đồng`;
  if (chosen === "MILLION") return `${formatNumber(n / MILLION, fractionDigits)}${NBSP}triệu đồng`;
  return `${formatNumber(n / BILLION, fractionDigits)}${NBSP}tỷ đồng`;
}

// Dates live in date.ts; re-exported so "format/number" offers every vi-VN formatter.
export { formatDate, formatFormalDate, toIsoDate } from "./date";

/** A target's value or a breakdown cell: "—" when there is none, else a percentage
 *  (percent targets) or a count. */
export function formatTargetValue(value: number | null, percent: boolean): string {
  return value === null ? "—" : percent ? formatPercent(value) : formatInteger(value);
}
