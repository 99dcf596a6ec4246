// "Today" and year ends, as calendar dates in Vietnam (Asia/Ho_Chi_Minh), stored as
// UTC midnight the way Prisma returns @db.Date columns.
import { toIsoDate } from "@/domain/format/date";

export function todayInVietnam(now: Date = new Date()): Date {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(now);
  return new Date(`${iso}T00:00:00Z`);
}

export const yearEnd = (year: number) => new Date(Date.UTC(year, 11, 31));
export const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));
export const isoDay = (d: Date | null | undefined) => (d ? toIsoDate(d) : null);

/** Today's date in Vietnam as YYYY-MM-DD (the dashboard's default as-of date). */
export const todayIsoInVietnam = (now: Date = new Date()) => toIsoDate(todayInVietnam(now));
