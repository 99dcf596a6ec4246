// Evaluates targets against a series of YearInputs: value, exact achievement, baseline,
// linear projection, progress status, flags and a Vietnamese formula with the numbers.
import type { Comparator, TargetCode, TargetDefinition, TargetUnit } from "./definitions";
import type { YearInputs } from "./facts";
import { formatInteger, formatPercent } from "../format/number";
import { measure, type TargetFlag } from "./measures";
import { assessProgress, type ProgressAssessment, type ProgressStatus, type YearValue } from "./progress";

export type SeriesByYear = ReadonlyMap<number, YearInputs> | Readonly<Record<number, YearInputs>>;

export type EvaluateOptions = {
  /** Ignore years before this one when choosing the baseline (e.g. the programme's
   *  start year). Default: the first year with data. */
  baselineYear?: number;
};

export type SeriesPoint = { year: number; value: number | null; numerator: number; denominator: number | null };

export type TargetEvaluation = {
  code: TargetCode;
  title: string;
  unit: TargetUnit;
  comparator: Comparator;
  target: number;
  horizonYear: number;
  /** The year assessed (asOfYear). */
  year: number;
  /** Count, or percentage (64.28… for 18 ÷ 28); null when no data or zero denominator. */
  value: number | null;
  /** null when there is no YearInputs for the year. */
  numerator: number | null;
  /** null for counts (and when there is no data). */
  denominator: number | null;
  met: boolean | null;
  /** value ÷ target × 100, NOT capped: 120 means 20 % beyond the target, which the
   *  report wording "đạt 120 % kế hoạch" needs. null when value is null or target 0. */
  percentOfTarget: number | null;
  baseline: YearValue | null;
  series: SeriesPoint[];
  /** Linear trend baseline -> current extended to horizonYear; percentages clamped to
   *  [0, 100] and counts to >= 0 (a trend cannot leave the possible range). */
  projection: YearValue | null;
  status: ProgressStatus;
  statusExplanation: string;
  progress: ProgressAssessment;
  flags: TargetFlag[];
  /** e.g. "18 HTX xếp loại Tốt, Khá ÷ 28 HTX thuộc diện đánh giá = 64,3 %". */
  formula: string;
};

/** DB precision of Target.value (Decimal(12,4)): thresholds are exact at this scale. */
const TARGET_SCALE = 10_000;

function toMap(series: SeriesByYear): ReadonlyMap<number, YearInputs> {
  if (series instanceof Map) return series;
  return new Map(Object.entries(series).map(([y, v]) => [Number(y), v] as const));
}

function assertCount(n: number, what: string): void {
  // YearInputs is an integer contract; a float here means a broken aggregate upstream.
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
}

/**
 * Exact comparison of numerator/denominator (× 100 for rates) with the target, in
 * integers: numerator·100·S ⋚ round(target·S)·denominator with S = 10 000. Floats
 * would make 0.6 × 100 = 60.00000000000001 and misjudge a value exactly on a strict
 * threshold ("trên 60 %": exactly 60 % is not achieved).
 */
export function meetsTarget(
  numerator: number,
  denominator: number | null,
  comparator: Comparator,
  target: number,
): boolean | null {
  if (denominator === 0) return null;
  const lhs = BigInt(numerator) * BigInt(denominator === null ? 1 : 100) * BigInt(TARGET_SCALE);
  const rhs = BigInt(Math.round(target * TARGET_SCALE)) * BigInt(denominator ?? 1);
  switch (comparator) {
    case "GT":
      return lhs > rhs;
    case "GTE":
      return lhs >= rhs;
    case "LT":
      return lhs < rhs;
    case "LTE":
      return lhs <= rhs;
  }
}

/** One decimal, but more (up to 4) when one decimal would display a value that misses a
 *  strict threshold as the threshold itself (59,96 % shown as "60,0 %" beside "> 60 %"). */
function percentText(value: number, target: number): string {
  for (let digits = 1; digits < 4; digits++) {
    const shown = Number(value.toFixed(digits));
    if (value === target || shown !== target) return formatPercent(value, digits);
  }
  return formatPercent(value, 4);
}

function formulaText(point: SeriesPoint, labels: { num: string; den: string | null }, target: number): string {
  if (point.denominator === null) return `${formatInteger(point.numerator)} ${labels.num}`;
  const left =
    `${formatInteger(point.numerator)} ${labels.num} ÷ ${formatInteger(point.denominator)} ${labels.den ?? ""}`.trimEnd();
  if (point.value === null) return `${left}: không tính được (mẫu số bằng 0)`;
  return `${left} = ${percentText(point.value, target)}`;
}

export function evaluateTarget(
  def: TargetDefinition,
  seriesByYear: SeriesByYear,
  asOfYear: number,
  options: EvaluateOptions = {},
): TargetEvaluation {
  const byYear = toMap(seriesByYear);
  const years = [...byYear.keys()].filter((y) => y <= asOfYear).sort((a, b) => a - b);

  const series: SeriesPoint[] = years.map((year) => {
    const m = measure(def, byYear.get(year)!);
    assertCount(m.numerator, `${def.code} ${year} numerator`);
    if (m.denominator !== null) assertCount(m.denominator, `${def.code} ${year} denominator`);
    const value =
      m.denominator === null ? m.numerator : m.denominator === 0 ? null : (m.numerator * 100) / m.denominator;
    return { year, value, numerator: m.numerator, denominator: m.denominator };
  });

  const current = series.find((p) => p.year === asOfYear) ?? null;
  const currentInputs = byYear.get(asOfYear);
  const currentMeasure = currentInputs ? measure(def, currentInputs) : null;

  const flags: TargetFlag[] = currentMeasure ? [...currentMeasure.flags] : [{ code: "NO_DATA" }];
  if (current && current.denominator === 0) {
    // POP_SHARE already says NO_POPULATION, which is the more useful message.
    if (!flags.some((f) => f.code === "NO_POPULATION")) flags.push({ code: "ZERO_DENOMINATOR" });
  }

  const value = current?.value ?? null;
  const met = current === null ? null : meetsTarget(current.numerator, current.denominator, def.comparator, def.value);

  const firstYear = options.baselineYear ?? Number.NEGATIVE_INFINITY;
  const basePoint = series.find((p) => p.year >= firstYear && p.value !== null) ?? null;
  const baseline = basePoint && basePoint.value !== null ? { year: basePoint.year, value: basePoint.value } : null;

  let projection: YearValue | null = null;
  if (baseline && value !== null && baseline.year < asOfYear && asOfYear <= def.horizonYear) {
    const slope = (value - baseline.value) / (asOfYear - baseline.year);
    const raw = value + slope * (def.horizonYear - asOfYear);
    const max = current?.denominator === null ? Number.POSITIVE_INFINITY : 100;
    projection = { year: def.horizonYear, value: Math.min(max, Math.max(0, raw)) };
  }

  const progress = assessProgress({
    comparator: def.comparator,
    unit: def.unit,
    target: def.value,
    horizonYear: def.horizonYear,
    currentYear: asOfYear,
    currentValue: value,
    baseline,
    met,
  });

  const formula =
    current && currentMeasure
      ? formulaText(current, { num: currentMeasure.numeratorLabel, den: currentMeasure.denominatorLabel }, def.value)
      : `Chưa có số liệu năm ${asOfYear}`;

  return {
    code: def.code,
    title: def.title,
    unit: def.unit,
    comparator: def.comparator,
    target: def.value,
    horizonYear: def.horizonYear,
    year: asOfYear,
    value,
    numerator: current?.numerator ?? null,
    denominator: current?.denominator ?? null,
    met,
    percentOfTarget: value === null || def.value === 0 ? null : (value / def.value) * 100,
    baseline,
    series,
    projection,
    status: progress.status,
    statusExplanation: progress.explanation,
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
