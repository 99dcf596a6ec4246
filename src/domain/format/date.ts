// vi-VN dates: "05/01/2026" on screen, "ngày 05 tháng 01 năm 2026" in formal report text.
// Input is an ISO 'YYYY-MM-DD' string (the domain's date type) or a Date. A Date is read
// in UTC: Prisma returns @db.Date columns as UTC midnight, and reading local time would
// shift the day in time zones west of UTC. Formatting is done by hand rather than with
// Intl.DateTimeFormat because the formal wording and the zero padding are fixed by
// administrative style, not by the locale data of the runtime.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Date -> 'YYYY-MM-DD' (UTC components). */
export function toIsoDate(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

function parts(input: string | Date): { d: string; m: string; y: string } {
  const iso = typeof input === "string" ? input.slice(0, 10) : toIsoDate(input);
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${String(input)}`);
  return { y: match[1]!, m: match[2]!, d: match[3]! };
}

/** "2026-01-05" -> "05/01/2026". */
export function formatDate(input: string | Date): string {
  const { d, m, y } = parts(input);
  return `${d}/${m}/${y}`;
}

/** "2026-01-05" -> "ngày 05 tháng 01 năm 2026". */
export function formatFormalDate(input: string | Date): string {
  const { d, m, y } = parts(input);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/**
 * A day as people type it, read the Vietnamese way whatever the browser's language:
 * "3/12/2026", "03/12/2026", "03-12-2026", "03.12.2026" or "03122026" is 3 December 2026 (day first,
 * never month first); an ISO "2026-12-03" (what older forms and shared links send) too.
 * Returns 'YYYY-MM-DD', or null for anything else or a day that does not exist.
 */
export function parseDayInput(input: string): string | null {
  const s = input.trim();
  let y: number, m: number, d: number;
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  const iso = ISO_DATE.exec(s);
  if (vi) [d, m, y] = [Number(vi[1]), Number(vi[2]), Number(vi[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return toIsoDate(date);
}

/** A stored day as a date field shows it: ISO "2026-12-03" → "03/12/2026"; other text
 *  (what the user typed, refilled after an error) is left as it is. */
export function dayInputValue(value: string | null | undefined): string {
  if (!value) return "";
  return ISO_DATE.test(value) ? formatDate(value) : value;
}
