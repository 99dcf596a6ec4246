// Parsing of one spreadsheet cell. Cells come from XLSX (numbers, dates, text) or
// CSV (text only), typed by people in vi-VN: "1.500.000" is one and a half million,
// "72,5" is a score with a decimal comma. Every failure carries a Vietnamese message
// meant to follow "Dòng 7, cột von_dieu_le: ".
import type { Choice } from "./columns";
import { toKey } from "./normalize";

export type Cell = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell)
    .replace(/\u00a0/g, " ")
    .trim();
}

export function isBlank(cell: Cell | undefined): boolean {
  return cellText(cell) === "";
}

export const MONEY_HINT = "phải là số nguyên đồng, ví dụ 1.500.000";
export const COUNT_HINT = "phải là số nguyên không âm, ví dụ 1.250";

// Digits, optionally grouped by three with "." or a space (one separator kind per value).
const GROUPED = /^\d{1,3}(?:(\.)\d{3})+$|^\d{1,3}(?:( )\d{3})+$/;

/** A whole number, e.g. money in đồng ("1.500.000", "1 500 000", "1500000", "-2.000.000 đồng"). */
export function parseWholeNumber(
  cell: Cell | undefined,
  opts: { allowNegative?: boolean; max?: bigint; hint: string },
): Parsed<bigint> {
  let value: bigint;
  if (typeof cell === "number") {
    if (!Number.isSafeInteger(cell)) return fail(opts.hint);
    value = BigInt(cell);
  } else {
    let text = cellText(cell)
      .replace(/\s*(đồng|đ|vnđ|vnd)$/i, "")
      .trim();
    let negative = false;
    if (text.startsWith("-")) {
      negative = true;
      text = text.slice(1).trim();
    }
    if (!/^\d+$/.test(text) && !GROUPED.test(text)) return fail(opts.hint);
    value = BigInt(text.replace(/[. ]/g, ""));
    if (negative) value = -value;
  }
  if (value < 0n && !opts.allowNegative) return fail(`${opts.hint} (không được âm)`);
  const max = opts.max ?? 9_000_000_000_000_000n;
  if (value > max || value < -max) return fail(`${opts.hint} (quá lớn)`);
  return ok(value);
}

/** A count (members, workers, population): a non-negative integer within JavaScript's safe range. */
export function parseCount(cell: Cell | undefined, max = 100_000_000): Parsed<number> {
  const r = parseWholeNumber(cell, { hint: COUNT_HINT, max: BigInt(max) });
  return r.ok ? ok(Number(r.value)) : r;
}

/** A year between `min` and `max`. */
export function parseYear(cell: Cell | undefined, min: number, max: number): Parsed<number> {
  const text = cellText(cell);
  if (!/^\d{4}$/.test(text)) return fail(`phải là năm gồm 4 chữ số, ví dụ ${max - 1}`);
  const year = Number(text);
  if (year < min || year > max) return fail(`năm phải từ ${min} đến ${max}`);
  return ok(year);
}

/** A rating score 0-100 with at most two decimals ("72,5" or "72.5"), as the canonical "72.50". */
export function parseScore(cell: Cell | undefined): Parsed<string> {
  const hint = "phải là điểm từ 0 đến 100, tối đa 2 chữ số thập phân, ví dụ 72,5";
  let n: number;
  if (typeof cell === "number") n = cell;
  else {
    const text = cellText(cell);
    if (!/^\d{1,3}(?:[.,]\d{1,2})?$/.test(text)) return fail(hint);
    n = Number(text.replace(",", "."));
  }
  if (!Number.isFinite(n) || n < 0 || n > 100 || Math.abs(n * 100 - Math.round(n * 100)) > 1e-6) return fail(hint);
  return ok((Math.round(n * 100) / 100).toFixed(2));
}

/**
 * One of the choices of an enumerated column. Accepted: the key itself (any case), the
 * Vietnamese label, or an alias (an older or shorter wording), labels and aliases
 * compared without diacritics. A value that is none of them is answered with the
 * labels, as the files and their dropdowns show them.
 */
export function parseEnum<K extends string>(
  cell: Cell | undefined,
  choices: readonly Choice<K>[],
  aliases: Readonly<Record<string, K>> = {},
): Parsed<K> {
  const text = cellText(cell);
  // The same few values repeat over thousands of rows: remember each answer.
  let memo = enumMemo.get(choices);
  if (!memo) enumMemo.set(choices, (memo = new Map()));
  const memoKey = `${text}\u0000${Object.keys(aliases).length}`;
  const known = memo.get(memoKey);
  if (known) return known as Parsed<K>;
  const result = parseEnumUncached(text, choices, aliases);
  if (memo.size < 1000) memo.set(memoKey, result);
  return result;
}

const enumMemo = new WeakMap<readonly Choice[], Map<string, Parsed<string>>>();

function parseEnumUncached<K extends string>(
  text: string,
  choices: readonly Choice<K>[],
  aliases: Readonly<Record<string, K>>,
): Parsed<K> {
  const key = toKey(text);
  const lower = text.toLowerCase();
  const direct = choices.find((c) => c.key === key || c.key.toLowerCase() === lower || toKey(c.label) === key);
  if (direct) return ok(direct.key);
  const alias = aliases[key];
  if (alias) return ok(alias);
  return fail(`phải là một trong: ${choices.map((c) => `“${c.label}”`).join(", ")}`);
}

/** Aliases from labels: { "Đang hoạt động": "dang_hoat_dong" } → { dang_hoat_dong: "dang_hoat_dong" } by key. */
export function labelAliases<K extends string>(labels: Readonly<Record<string, K>>): Record<string, K> {
  const out: Record<string, K> = {};
  for (const [label, key] of Object.entries(labels)) out[toKey(label)] = key;
  return out;
}

/** A date: an XLSX date cell, "dd/mm/yyyy" (vi-VN) or "yyyy-mm-dd"; returned as UTC midnight. */
export function parseDate(cell: Cell | undefined): Parsed<Date> {
  const hint = "phải là ngày dạng dd/mm/yyyy, ví dụ 15/03/2024";
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail(hint);
    return ok(new Date(Date.UTC(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate())));
  }
  const text = cellText(cell);
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)))
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return fail(hint);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900) {
    return fail(`${hint} (ngày không tồn tại)`);
  }
  return ok(date);
}
