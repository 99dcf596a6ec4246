// Closed and provisional years. A committee that sees a target turn red because a year
// is half-reported stops trusting the dashboard, so a year's figures are judged against
// the targets, and feed trends, only once the year is closed ("khoá sổ"). Every other
// year is provisional ("tạm tính"): shown, marked, never judged.
//
// Closure is a property of the year over the whole programme scope, never of a filtered
// selection: a commune filter must not reopen or close a year. The rule is an admin
// setting (SystemSetting "closingRule", /quan-tri/khoa-so); two rules exist:
//  - ALL_APPROVED (default): year Y is closed once Y is over in Vietnam and every yearly
//    dossier (AnnualReport) of Y in the scope is approved, at least one existing;
//  - CLOSING_DATE: year Y closes on a fixed day and month of Y + 1 (default 31/03),
//    whatever the approvals (the district's reporting calendar).
// Pure module: dates are ISO 'YYYY-MM-DD' strings, "today" is passed in.
import { formatInteger } from "../format/number";

export type ClosingRule = { kind: "ALL_APPROVED" } | { kind: "CLOSING_DATE"; day: number; month: number };

export const CLOSING_RULE_KINDS = ["ALL_APPROVED", "CLOSING_DATE"] as const;
export type ClosingRuleKind = (typeof CLOSING_RULE_KINDS)[number];

export const DEFAULT_CLOSING_RULE: ClosingRule = { kind: "ALL_APPROVED" };
export const DEFAULT_CLOSING_DAY = { day: 31, month: 3 } as const;

/** The SystemSetting key the rule is stored under. */
export const CLOSING_RULE_SETTING_KEY = "closingRule";

export const CLOSING_RULE_LABELS: Record<ClosingRuleKind, string> = {
  ALL_APPROVED: "Khi mọi hồ sơ năm đã được duyệt",
  CLOSING_DATE: "Vào một ngày cố định của năm sau",
};

/** Yearly dossiers of one year: all of them, and the approved ones. */
export type DossierCount = { total: number; approved: number };

const pad = (n: number) => String(n).padStart(2, "0");

/** Days in a month of a non-leap year: the rule must exist every year (no 29/02). */
export function daysInMonth(month: number): number {
  return new Date(Date.UTC(2023, month, 0)).getUTCDate();
}

/** The day year `year` closes under a closing-date rule (ISO), in year + 1. */
export function closingDate(year: number, rule: { day: number; month: number }): string {
  return `${year + 1}-${pad(rule.month)}-${pad(rule.day)}`;
}

/**
 * Whether `year` is closed on `today` under `rule`. `dossiers` are the year's yearly
 * dossiers over the whole programme scope (undefined: none).
 */
export function isYearClosed(
  year: number,
  rule: ClosingRule,
  today: string,
  dossiers: DossierCount | undefined,
): boolean {
  if (rule.kind === "CLOSING_DATE") return today >= closingDate(year, rule);
  const currentYear = Number(today.slice(0, 4));
  return year < currentYear && dossiers !== undefined && dossiers.total > 0 && dossiers.approved === dossiers.total;
}

export type YearClosure = {
  rule: ClosingRule;
  today: string;
  /** Closed years, ascending. */
  closedYears: number[];
  /** Dossiers per year over the whole programme scope (years with none are absent). */
  dossiers: Record<number, DossierCount>;
};

/** Closure of each of `years` (the years the overview offers). */
export function yearClosure(
  rule: ClosingRule,
  today: string,
  years: readonly number[],
  dossiers: ReadonlyMap<number, DossierCount>,
): YearClosure {
  const closedYears = [...years].sort((a, b) => a - b).filter((y) => isYearClosed(y, rule, today, dossiers.get(y)));
  return { rule, today, closedYears, dossiers: Object.fromEntries(dossiers) };
}

/** A year that is not closed is provisional ("tạm tính"). */
export function isProvisional(year: number, closure: Pick<YearClosure, "closedYears">): boolean {
  return !closure.closedYears.includes(year);
}

/**
 * The year the overview opens on when the URL names none: the latest closed year with
 * dossiers; if none is closed, the latest year with dossiers (shown provisional); with
 * no dossiers at all, the current year. A closed year without a single dossier (possible
 * under a closing date) would open on an empty page, so it is passed over.
 */
export function defaultOverviewYear(closure: YearClosure): number {
  const withData = (y: number) => (closure.dossiers[y]?.total ?? 0) > 0;
  const closed = closure.closedYears.filter(withData);
  if (closed.length) return closed[closed.length - 1]!;
  const years = Object.keys(closure.dossiers)
    .map(Number)
    .filter((y) => withData(y) && y <= Number(closure.today.slice(0, 4)))
    .sort((a, b) => a - b);
  return years.length ? years[years.length - 1]! : Number(closure.today.slice(0, 4));
}

/** The rule in one Vietnamese sentence (admin page, overview note). */
export function closingRuleText(rule: ClosingRule): string {
  if (rule.kind === "CLOSING_DATE") {
    return `Số liệu năm N được khoá sổ từ ngày ${pad(rule.day)}/${pad(rule.month)} của năm N + 1.`;
  }
  return "Số liệu một năm được khoá sổ khi năm đó đã kết thúc và mọi hồ sơ năm của năm đó trên toàn địa bàn Chương trình đã được duyệt.";
}

/** "12/40 hồ sơ đã duyệt". */
export function approvedDossiersText(c: DossierCount | undefined): string {
  return `${formatInteger(c?.approved ?? 0)}/${formatInteger(c?.total ?? 0)} hồ sơ đã duyệt`;
}

/** The stored setting read back; anything malformed is the default rule (a bad row must
 *  not take the overview down). */
export function parseClosingRule(value: unknown): ClosingRule {
  const v = (value ?? {}) as { kind?: unknown; day?: unknown; month?: unknown };
  if (v.kind === "CLOSING_DATE") {
    const month = Number(v.month);
    const day = Number(v.day);
    if (Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day)) {
      if (day >= 1 && day <= daysInMonth(month)) return { kind: "CLOSING_DATE", day, month };
    }
    return DEFAULT_CLOSING_RULE;
  }
  return DEFAULT_CLOSING_RULE;
}
