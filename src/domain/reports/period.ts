// Reporting periods: a quarter, a half year, a calendar year, or "as of" a chosen date.
// A period that has not ended yet is reported "tính đến" today (local practice: the
// yearly report is often written in late November with figures up to that day).
// Pure module: ISO 'YYYY-MM-DD' strings, no Date arithmetic in local time.
import { formatDate } from "../format/date";

export const PERIOD_TYPES = ["QUARTER", "HALF", "YEAR", "AS_OF"] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export type PeriodInput =
  | { periodType: "QUARTER"; year: number; periodNo: number }
  | { periodType: "HALF"; year: number; periodNo: number }
  | { periodType: "YEAR"; year: number }
  | { periodType: "AS_OF"; asOf: string };

export type Period = {
  periodType: PeriodType;
  year: number;
  /** Quarter 1-4 or half 1-2; null for YEAR and AS_OF. */
  periodNo: number | null;
  /** First and last day of the period, ISO. */
  start: string;
  end: string;
  /** "Tính đến ngày": the period's end, or today while the period is running. */
  asOf: string;
  /** The period has not ended on `today` (figures are up to asOf). */
  running: boolean;
};

const ROMAN = ["I", "II", "III", "IV"] as const;
const pad = (n: number) => String(n).padStart(2, "0");

/** Last day of a month (1-12), leap years included. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
}

export class PeriodError extends Error {}

/**
 * The period's dates. Throws PeriodError (Vietnamese message) for an impossible period
 * (quarter 5, 30/02) or one that starts after `today` (a report cannot precede its period).
 */
export function computePeriod(input: PeriodInput, today: string): Period {
  let year: number;
  let periodNo: number | null = null;
  let start: string;
  let end: string;
  switch (input.periodType) {
    case "QUARTER": {
      if (!Number.isInteger(input.periodNo) || input.periodNo < 1 || input.periodNo > 4)
        throw new PeriodError("Quý phải từ I đến IV");
      year = input.year;
      periodNo = input.periodNo;
      const lastMonth = input.periodNo * 3;
      start = `${year}-${pad(lastMonth - 2)}-01`;
      end = `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`;
      break;
    }
    case "HALF": {
      if (input.periodNo !== 1 && input.periodNo !== 2) throw new PeriodError("Chọn 6 tháng đầu năm hoặc cuối năm");
      year = input.year;
      periodNo = input.periodNo;
      start = input.periodNo === 1 ? `${year}-01-01` : `${year}-07-01`;
      end = input.periodNo === 1 ? `${year}-06-30` : `${year}-12-31`;
      break;
    }
    case "YEAR":
      year = input.year;
      start = `${year}-01-01`;
      end = `${year}-12-31`;
      break;
    case "AS_OF":
      if (!isIsoDate(input.asOf)) throw new PeriodError("Ngày không hợp lệ");
      if (input.asOf > today) throw new PeriodError("Ngày tính đến không được sau ngày hôm nay");
      year = Number(input.asOf.slice(0, 4));
      start = `${year}-01-01`;
      end = input.asOf;
      break;
  }
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new PeriodError("Năm không hợp lệ");
  if (start > today) throw new PeriodError("Kỳ báo cáo chưa bắt đầu");
  const running = end > today;
  return { periodType: input.periodType, year, periodNo, start, end, asOf: running ? today : end, running };
}

/** "quý III năm 2026", "6 tháng đầu năm 2026", "năm 2026", "đến ngày 15/10/2026". */
export function periodLabel(p: Pick<Period, "periodType" | "year" | "periodNo" | "asOf">): string {
  switch (p.periodType) {
    case "QUARTER":
      return `quý ${ROMAN[(p.periodNo ?? 1) - 1]} năm ${p.year}`;
    case "HALF":
      return `6 tháng ${p.periodNo === 2 ? "cuối" : "đầu"} năm ${p.year}`;
    case "YEAR":
      return `năm ${p.year}`;
    case "AS_OF":
      return `đến ngày ${formatDate(p.asOf)}`;
  }
}

export const REPORT_KINDS = ["DINH_KY", "SO_KET", "TONG_KET"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  DINH_KY: "Báo cáo định kỳ",
  SO_KET: "Báo cáo sơ kết",
  TONG_KET: "Báo cáo tổng kết",
};

/** The heading word of the document: "BÁO CÁO", "BÁO CÁO SƠ KẾT", "BÁO CÁO TỔNG KẾT". */
export const REPORT_KIND_HEADINGS: Record<ReportKind, string> = {
  DINH_KY: "BÁO CÁO",
  SO_KET: "BÁO CÁO SƠ KẾT",
  TONG_KET: "BÁO CÁO TỔNG KẾT",
};

export const PERIOD_TYPE_LABELS: Record<PeriodType, string> = {
  QUARTER: "Quý",
  HALF: "6 tháng",
  YEAR: "Năm",
  AS_OF: "Tính đến ngày",
};

export const REPORT_STATUS_LABELS = { DRAFT: "Dự thảo", PUBLISHED: "Đã ban hành" } as const;

/** The default title under the heading word; `programme`: the short title of the
 *  programme the report is judged against ("Nghị quyết 20-NQ/TW"). */
export function defaultReportTitle(
  kind: ReportKind,
  p: Pick<Period, "periodType" | "year" | "periodNo" | "asOf">,
  programme = "Chương trình hành động số 26-CTr/TU",
) {
  const what = kind === "DINH_KY" ? "Tình hình thực hiện" : "Kết quả thực hiện";
  return `${what} ${programme} về phát triển kinh tế tập thể ${periodLabel(p)}`;
}

export type DefaultPeriod = { kind: ReportKind } & (
  | { periodType: "QUARTER"; year: number; periodNo: number }
  | { periodType: "HALF"; year: number; periodNo: number }
  | { periodType: "YEAR"; year: number }
);

/**
 * The report a district officer most likely means to write on `today` (ISO, Vietnam):
 * in the last month of a quarter, that quarter's report "tính đến" today (the local
 * practice of writing the report before the period closes); in June the half-year
 * review (sơ kết), from November the year's review (tổng kết) and in January the review
 * of the year just ended; otherwise the quarter that has just ended.
 */
export function defaultPeriod(today: string): DefaultPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month >= 11) return { kind: "TONG_KET", periodType: "YEAR", year };
  if (month === 1) return { kind: "TONG_KET", periodType: "YEAR", year: year - 1 };
  if (month === 6 || month === 7) return { kind: "SO_KET", periodType: "HALF", year, periodNo: 1 };
  if (month % 3 === 0) return { kind: "DINH_KY", periodType: "QUARTER", year, periodNo: month / 3 };
  // February: the fourth quarter of last year; otherwise the quarter before this one.
  const quarter = Math.floor((month - 1) / 3);
  return quarter === 0
    ? { kind: "DINH_KY", periodType: "QUARTER", year: year - 1, periodNo: 4 }
    : { kind: "DINH_KY", periodType: "QUARTER", year, periodNo: quarter };
}
