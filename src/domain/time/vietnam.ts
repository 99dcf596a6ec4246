// "Today" and year ends, as calendar dates in Vietnam (Asia/Ho_Chi_Minh), stored as
// UTC midnight the way Prisma returns @db.Date columns.
import { toIsoDate } from "@/domain/format/date";

// One formatter for the process: creating an Intl.DateTimeFormat per call kept ≈ 20 KB
// of native (ICU) memory each that the collector did not reclaim under load (the server's
// RSS grew by 250 MB per 10,000 overview requests; measured with scripts/bench).
const VIETNAM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });

/** The calendar day of an instant in Vietnam, as YYYY-MM-DD. */
export const vietnamDay = (at: Date): string => VIETNAM_DAY.format(at);

export function todayInVietnam(now: Date = new Date()): Date {
  return new Date(`${vietnamDay(now)}T00:00:00Z`);
}

/** The calendar year in Vietnam now (not the server's local or UTC year: on 31/12 after
 *  17:00 UTC Vietnam is already in the next year). */
export const yearInVietnam = (now: Date = new Date()): number => Number(vietnamDay(now).slice(0, 4));

export const yearEnd = (year: number) => new Date(Date.UTC(year, 11, 31));
export const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));
export const isoDay = (d: Date | null | undefined) => (d ? toIsoDate(d) : null);

/** Today's date in Vietnam as YYYY-MM-DD (the dashboard's default as-of date). */
export const todayIsoInVietnam = () => vietnamDay(new Date());
