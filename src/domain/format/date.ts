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
