// Evaluates targets against a series of YearInputs: value, exact achievement, baseline,
// linear projection, progress status, flags and a Vietnamese formula with the numbers.
//
// Three things keep a figure honest (issue 10):
//  - a year with nothing reported is missing, never 0: its point is null, a gap;
//  - only closed years are judged and feed trends (closing.ts): a provisional year is
//    shown, with no status, no "% kế hoạch" and no projection drawn from it;
//  - a view narrower than the targets' scope (a commune, a type, a sector) is not judged
//    against the district's targets: value and trend only (`judge: false`).
import type { Comparator, TargetCode, TargetDefinition, TargetKind, TargetUnit } from "./definitions";
import type { YearInputs } from "./facts";
import { formatNumber } from "../format/number";
import { formulaText, meetsTarget } from "./achievement";
import { measure, type TargetFlag } from "./measures";
import { assessProgress, type ProgressAssessment, type ProgressStatus, type YearValue } from "./progress";

export type SeriesByYear = ReadonlyMap<number, YearInputs> | Readonly<Record<number, YearInputs>>;

export type EvaluateOptions = {
  /** Ignore years before this one when choosing the baseline (e.g. the programme's
   *  start year). Default: the first year with data. */
  baselineYear?: number;
  /** Whether a year is closed (closing.ts). Default: every year is. */
  isClosed?: (year: number) => boolean;
  /** Years with nothing reported in the selection (no yearly dossier): null points. */
  missingYears?: ReadonlySet<number>;
  /** false: the view is narrower than the scope the targets are set for, so the value is
   *  not judged against them (no status, no % kế hoạch, no "đạt"). Default true. */
  judge?: boolean;
};

export type SeriesPoint = {
  year: number;
  /** null: nothing reported that year (`missing`) or a zero denominator. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The year is not closed: shown, never judged nor used for a trend. */
  provisional: boolean;
  /** Nothing was reported that year in the selection ("chưa có số liệu"). */
  missing: boolean;
};

/** Average change per year between two closed years with data. */
export type Trend = { from: YearValue; to: YearValue; annualChange: number };

export type TargetEvaluation = {
  code: TargetCode;
  kind: TargetKind;
  title: string;
  unit: TargetUnit;
  comparator: Comparator;
  target: number;
  horizonYear: number;
  /** The year assessed (asOfYear). */
  year: number;
  /** The assessed year is not closed: figures are provisional ("tạm tính"). */
  provisional: boolean;
  /** Nothing reported in the assessed year ("chưa có số liệu"). */
  missing: boolean;
  /** Whether the value is judged against the target (status, met, % kế hoạch): a
   *  closed year in a view as wide as the targets' scope. */
  judged: boolean;
  /** Count, or percentage (64.28… for 18 ÷ 28); null when no data or zero denominator. */
  value: number | null;
  /** null when there is no YearInputs for the year. */
  numerator: number | null;
  /** null for counts (and when there is no data). */
  denominator: number | null;
  /** null when not judged or not computable. */
  met: boolean | null;
  /** value ÷ target × 100, NOT capped: 120 means 20 % beyond the target, which the
   *  report wording "đạt 120 % kế hoạch" needs. null when value is null, target 0, or
   *  the value is not judged. */
  percentOfTarget: number | null;
  baseline: YearValue | null;
  series: SeriesPoint[];
  /** From the baseline to the latest closed year with data (trendPoints()). */
  trend: Trend | null;
  /** The trend extended from its last point to horizonYear; percentages clamped to
   *  [0, 100] and counts to >= 0 (a trend cannot leave the possible range). */
  projection: YearValue | null;
  /** null when not judged (provisional year, narrowed view). */
  status: ProgressStatus | null;
  statusExplanation: string;
  progress: ProgressAssessment | null;
  flags: TargetFlag[];
  /** e.g. "18 HTX xếp loại Tốt, Khá ÷ 28 HTX thuộc diện đánh giá = 64,3 %". */
  formula: string;
};

function toMap(series: SeriesByYear): ReadonlyMap<number, YearInputs> {
  if (series instanceof Map) return series;
  return new Map(Object.entries(series).map(([y, v]) => [Number(y), v] as const));
}

function assertCount(n: number, what: string): void {
  // YearInputs is an integer contract; a float here means a broken aggregate upstream.
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
}

/**
 * The points a trend is drawn from: closed years with a value, from `baselineYear` on.
 * Missing and provisional years are skipped. The trend ends at the last of them; when a
 * later year up to `untilYear` has nothing reported, there is no trend at all: a
 * projection never crosses a gap (it would suggest figures nobody reported).
 */
export function trendPoints(
  series: readonly SeriesPoint[],
  untilYear: number,
  baselineYear = Number.NEGATIVE_INFINITY,
): YearValue[] {
  const points = series
    .filter((p) => !p.provisional && !p.missing && p.value !== null && p.year >= baselineYear && p.year <= untilYear)
    .map((p) => ({ year: p.year, value: p.value! }));
  const last = points[points.length - 1];
  if (!last) return [];
  const gapAfter = series.some((p) => p.missing && p.year > last.year && p.year <= untilYear);
  return gapAfter ? [] : points;
}

/** Linear trend between the first and the last trend point (null with fewer than two). */
export function trendOf(points: readonly YearValue[]): Trend | null {
  const from = points[0];
  const to = points[points.length - 1];
  if (!from || !to || from.year >= to.year) return null;
  return { from, to, annualChange: (to.value - from.value) / (to.year - from.year) };
}

/** "Xu hướng 2022–2025: bình quân mỗi năm tăng 2" (the narrowed cards' trend line). */
export function trendText(trend: Trend | null, unit: TargetUnit): string {
  if (!trend) return "Chưa đủ số liệu các năm đã khoá sổ để tính xu hướng";
  const span = `Xu hướng ${trend.from.year}–${trend.to.year}`;
  if (trend.annualChange === 0) return `${span}: không thay đổi`;
  const abs = formatNumber(Math.abs(trend.annualChange), unit === "PERCENT" ? 2 : 1);
  return `${span}: bình quân mỗi năm ${trend.annualChange > 0 ? "tăng" : "giảm"} ${abs}${unit === "PERCENT" ? " điểm %" : ""}`;
}

const NOT_JUDGED = {
  provisional: (year: number) =>
    `Năm ${year} chưa khoá sổ: số liệu tạm tính, chưa đánh giá tiến độ. Xu hướng và dự báo chỉ tính từ các năm đã khoá sổ.`,
  narrowed:
    "Bộ lọc đang thu hẹp phạm vi (xã, loại hình hoặc lĩnh vực): mục tiêu được đặt cho toàn địa bàn Chương trình nên không đánh giá tiến độ; xem giá trị, tỷ trọng trong toàn địa bàn và xu hướng.",
};

/** A measurement's value: the count itself, or the share in percent (null over an empty
 *  base). */
export function measuredValue(m: { numerator: number; denominator: number | null }): number | null {
  return m.denominator === null ? m.numerator : m.denominator === 0 ? null : (m.numerator * 100) / m.denominator;
}

/** What a result about a target repeats of its definition. */
export function targetHeading(def: TargetDefinition) {
  const { code, kind, title, unit, comparator, value: target, horizonYear } = def;
  return { code, kind, title, unit, comparator, target, horizonYear };
}

export function evaluateTarget(
  def: TargetDefinition,
  seriesByYear: SeriesByYear,
  asOfYear: number,
  options: EvaluateOptions = {},
): TargetEvaluation {
  const byYear = toMap(seriesByYear);
  const isClosed = options.isClosed ?? (() => true);
  const missingYears = options.missingYears ?? new Set<number>();
  const years = [...byYear.keys()].filter((y) => y <= asOfYear).sort((a, b) => a - b);

  const series: SeriesPoint[] = years.map((year) => {
    const provisional = !isClosed(year);
    if (missingYears.has(year)) {
      return { year, value: null, numerator: null, denominator: null, provisional, missing: true };
    }
    const m = measure(def, byYear.get(year)!);
    assertCount(m.numerator, `${def.code} ${year} numerator`);
    if (m.denominator !== null) assertCount(m.denominator, `${def.code} ${year} denominator`);
    const value = measuredValue(m);
    return { year, value, numerator: m.numerator, denominator: m.denominator, provisional, missing: false };
  });

  const current = series.find((p) => p.year === asOfYear && !p.missing) ?? null;
  const missing = current === null;
  const provisional = !isClosed(asOfYear);
  const judged = !provisional && (options.judge ?? true);
  const currentMeasure = current ? measure(def, byYear.get(asOfYear)!) : null;

  const flags: TargetFlag[] = currentMeasure ? [...currentMeasure.flags] : [{ code: "NO_DATA" }];
  if (current && current.denominator === 0) {
    // POP_SHARE already says NO_POPULATION, which is the more useful message.
    if (!flags.some((f) => f.code === "NO_POPULATION")) flags.push({ code: "ZERO_DENOMINATOR" });
  }

  const value = current?.value ?? null;
  const computedMet =
    current === null ? null : meetsTarget(current.numerator!, current.denominator, def.comparator, def.value);
  const met = judged ? computedMet : null;

  const firstYear = options.baselineYear ?? Number.NEGATIVE_INFINITY;
  const basePoint = series.find((p) => p.year >= firstYear && p.value !== null && !p.provisional && !p.missing) ?? null;
  const baseline = basePoint && basePoint.value !== null ? { year: basePoint.year, value: basePoint.value } : null;

  const trend = trendOf(trendPoints(series, asOfYear, firstYear));
  let projection: YearValue | null = null;
  if (trend && trend.to.year <= def.horizonYear) {
    const raw = trend.to.value + trend.annualChange * (def.horizonYear - trend.to.year);
    const max = def.unit === "PERCENT" ? 100 : Number.POSITIVE_INFINITY;
    projection = { year: def.horizonYear, value: Math.min(max, Math.max(0, raw)) };
  }

  const progress = judged
    ? assessProgress({
        comparator: def.comparator,
        unit: def.unit,
        target: def.value,
        horizonYear: def.horizonYear,
        currentYear: asOfYear,
        currentValue: value,
        baseline,
        met: computedMet,
      })
    : null;

  const formula =
    current && currentMeasure
      ? formulaText(
          { ...current, numerator: current.numerator! },
          { num: currentMeasure.numeratorLabel, den: currentMeasure.denominatorLabel },
          def.value,
        )
      : `Chưa có số liệu năm ${asOfYear}`;

  return {
    ...targetHeading(def),
    year: asOfYear,
    provisional,
    missing,
    judged,
    value,
    numerator: current?.numerator ?? null,
    denominator: current?.denominator ?? null,
    met,
    percentOfTarget: !judged || value === null || def.value === 0 ? null : (value / def.value) * 100,
    baseline,
    series,
    trend,
    projection,
    status: progress?.status ?? null,
    statusExplanation: progress?.explanation ?? (provisional ? NOT_JUDGED.provisional(asOfYear) : NOT_JUDGED.narrowed),
    progress,
    flags,
    formula,
  };
}

export function evaluateTargets(
  defs: readonly TargetDefinition[],
  seriesByYear: SeriesByYear,
  asOfYear: number,
  options: EvaluateOptions = {},
): TargetEvaluation[] {
  const byYear = toMap(seriesByYear);
  return defs.map((def) => evaluateTarget(def, byYear, asOfYear, options));
}
