// Progress status, modelled on Open SDG (Statistics Canada's method, published at
// open-sdg.readthedocs.io "progress-methodology"): compare the observed annual change
// since the baseline with the change needed to reach the target on time.
//
// Differences from Open SDG, on purpose:
//  - Linear (absolute) annual change instead of a compound growth rate: several series
//    start from 0 (e.g. 0 high-tech HTX), where a growth rate is undefined, and counts
//    and percentage points read naturally per year ("+2 HTX/năm").
//  - Thresholds 1 and 0.5 (Open SDG: 0.95 and 0.6), and "limited progress" and
//    "deterioration" are one status OFF_TRACK with a `deteriorating` marker: the
//    dashboard has four colours, and the brief fixed these cut-offs. Both are named
//    constants below.
//
// Formula (also PROGRESS_METHOD_TEXT, shown in the UI):
//   met now                                    -> ACHIEVED
//   no current value, no baseline, or baseline year = current year -> NOT_ENOUGH_DATA
//   current year >= horizon year (deadline passed, not met)        -> OFF_TRACK
//   d        = +1 for GT/GTE (more is better), -1 for LT/LTE
//   observed = (current - baseline) / (currentYear - baselineYear)
//   required = (toReach - baseline) / (horizonYear - baselineYear)
//   d·observed < 0                             -> OFF_TRACK, deteriorating
//   d·required <= 0 (baseline already on/over the value to reach, now not met: only
//                    possible sitting exactly on a strict percentage threshold)
//                                              -> NEEDS_ACCELERATION (ratio null)
//   ratio = observed / required
//   ratio >= ON_TRACK_MIN_RATIO                -> ON_TRACK
//   ratio >= NEEDS_ACCELERATION_MIN_RATIO      -> NEEDS_ACCELERATION
//   otherwise                                  -> OFF_TRACK
// toReach: for a strict count target the next integer ("trên 05" -> 6; "dưới 5" -> 4);
// for a strict percentage the threshold itself: a rate can be arbitrarily close above
// it, so the threshold is the pace-setting value (achievement itself stays strict).
import type { Comparator, TargetUnit } from "./definitions";
import { formatNumber, formatPercent } from "../format/number";
import { COMPARATOR_WORDS, PROGRESS_STATUS_LABELS } from "./labels";

export type ProgressStatus = "ACHIEVED" | "ON_TRACK" | "NEEDS_ACCELERATION" | "OFF_TRACK" | "NOT_ENOUGH_DATA";

export const ON_TRACK_MIN_RATIO = 1;
export const NEEDS_ACCELERATION_MIN_RATIO = 0.5;
/** Float noise guard for ratios computed from exact hand figures (e.g. 0.4999999999). */
const RATIO_EPSILON = 1e-9;

export const PROGRESS_METHOD_TEXT =
  "Cách đánh giá tiến độ (theo phương pháp của Open SDG, tính theo mức thay đổi bình quân năm):\n" +
  "1. Giá trị năm hiện tại đã đạt mục tiêu: Đã đạt.\n" +
  "2. Cần số liệu của năm gốc (năm đầu tiên có số liệu) và của năm hiện tại, là hai năm khác nhau; nếu không: Chưa đủ số liệu.\n" +
  "3. Mức thay đổi thực tế mỗi năm = (giá trị hiện tại − giá trị năm gốc) ÷ (năm hiện tại − năm gốc).\n" +
  "4. Mức thay đổi cần thiết mỗi năm = (giá trị cần đạt − giá trị năm gốc) ÷ (năm đích − năm gốc). " +
  "Với mục tiêu “trên” một số lượng, giá trị cần đạt là số liền sau (trên 05 HTX nghĩa là từ 6 HTX); " +
  "với mục tiêu “trên” một tỷ lệ, giá trị cần đạt là chính tỷ lệ đó.\n" +
  `5. Tỷ số = mức thay đổi thực tế ÷ mức thay đổi cần thiết. Tỷ số từ ${formatNumber(ON_TRACK_MIN_RATIO)} trở lên: Đúng tiến độ; ` +
  `từ ${formatNumber(NEEDS_ACCELERATION_MIN_RATIO)} đến dưới ${formatNumber(ON_TRACK_MIN_RATIO)}: Cần đẩy nhanh; ` +
  `dưới ${formatNumber(NEEDS_ACCELERATION_MIN_RATIO)} hoặc thay đổi ngược chiều mục tiêu (đang giảm sút): Chậm tiến độ.\n` +
  "6. Đã đến năm đích mà chưa đạt: Chậm tiến độ.";

export type YearValue = { year: number; value: number };

export type ProgressInput = {
  comparator: Comparator;
  unit: TargetUnit;
  target: number;
  horizonYear: number;
  /** The year being assessed and its value (null: no data that year). */
  currentYear: number;
  currentValue: number | null;
  baseline: YearValue | null;
  met: boolean | null;
};

export type ProgressAssessment = {
  status: ProgressStatus;
  deteriorating: boolean;
  valueToReach: number;
  observedAnnualChange: number | null;
  requiredAnnualChange: number | null;
  ratio: number | null;
  /** Vietnamese sentence with the numbers. */
  explanation: string;
};

/** The value whose reaching means "on time" (see the header for strict comparators). */
export function valueToReach(comparator: Comparator, unit: TargetUnit, target: number): number {
  if (unit === "PERCENT") return target;
  switch (comparator) {
    case "GT":
      return Math.floor(target) + 1;
    case "GTE":
      return Math.ceil(target);
    case "LT":
      return Math.ceil(target) - 1;
    case "LTE":
      return Math.floor(target);
  }
}

export function formatValue(value: number, unit: TargetUnit): string {
  return unit === "PERCENT" ? formatPercent(value) : formatNumber(value, 1);
}

/** Annual change: percentage points for rates ("2,5 điểm %"), plain numbers for counts. */
function formatChange(value: number, unit: TargetUnit): string {
  const abs = formatNumber(Math.abs(value), unit === "PERCENT" ? 2 : 1);
  return unit === "PERCENT" ? `${abs} điểm %` : abs;
}

export function assessProgress(p: ProgressInput): ProgressAssessment {
  const reach = valueToReach(p.comparator, p.unit, p.target);
  const goal = `${COMPARATOR_WORDS[p.comparator]} ${formatValue(p.target, p.unit)}`;
  const result = (
    status: ProgressStatus,
    explanation: string,
    extra: Partial<ProgressAssessment> = {},
  ): ProgressAssessment => ({
    status,
    deteriorating: false,
    valueToReach: reach,
    observedAnnualChange: null,
    requiredAnnualChange: null,
    ratio: null,
    explanation,
    ...extra,
  });

  if (p.met === true && p.currentValue !== null) {
    return result(
      "ACHIEVED",
      `Năm ${p.currentYear} đạt ${formatValue(p.currentValue, p.unit)}, đã đạt mục tiêu ${goal} (năm đích ${p.horizonYear}).`,
    );
  }
  if (p.currentValue === null) {
    return result("NOT_ENOUGH_DATA", `Chưa có số liệu năm ${p.currentYear} để đánh giá tiến độ.`);
  }
  const current = p.currentValue;
  const base = p.baseline;
  if (base === null || base.year >= p.currentYear) {
    return result(
      "NOT_ENOUGH_DATA",
      `Mới có số liệu của một năm (năm ${p.currentYear}: ${formatValue(current, p.unit)}); cần số liệu ít nhất hai năm để đánh giá tiến độ.`,
    );
  }

  const d = p.comparator === "GT" || p.comparator === "GTE" ? 1 : -1;
  const observed = (current - base.value) / (p.currentYear - base.year);
  const since = `Từ năm ${base.year} (${formatValue(base.value, p.unit)}) đến năm ${p.currentYear} (${formatValue(current, p.unit)})`;
  const moved =
    observed === 0
      ? "không thay đổi"
      : `bình quân mỗi năm ${observed > 0 ? "tăng" : "giảm"} ${formatChange(observed, p.unit)}`;

  if (p.currentYear >= p.horizonYear) {
    return result("OFF_TRACK", `${since} ${moved}; đã đến năm đích ${p.horizonYear} mà chưa đạt mục tiêu ${goal}.`, {
      observedAnnualChange: observed,
      deteriorating: d * observed < 0,
    });
  }

  const required = (reach - base.value) / (p.horizonYear - base.year);
  const need = `để đạt ${COMPARATOR_WORDS[p.comparator]} ${formatValue(p.target, p.unit)} vào năm ${p.horizonYear} cần bình quân mỗi năm ${required >= 0 ? "tăng" : "giảm"} ${formatChange(required, p.unit)}`;
  const numbers = { observedAnnualChange: observed, requiredAnnualChange: required };

  if (d * observed < 0) {
    return result(
      "OFF_TRACK",
      `${since} ${moved}, ngược chiều mục tiêu (${need}): ${PROGRESS_STATUS_LABELS.OFF_TRACK.toLowerCase()}, đang giảm sút.`,
      {
        ...numbers,
        deteriorating: true,
      },
    );
  }
  if (d * required <= 0) {
    return result(
      "NEEDS_ACCELERATION",
      `${since} ${moved}; giá trị đang ở đúng ngưỡng ${formatValue(p.target, p.unit)} nhưng mục tiêu là ${goal}: cần đẩy nhanh.`,
      numbers,
    );
  }

  const ratio = observed / required;
  const status: ProgressStatus =
    ratio >= ON_TRACK_MIN_RATIO - RATIO_EPSILON
      ? "ON_TRACK"
      : ratio >= NEEDS_ACCELERATION_MIN_RATIO - RATIO_EPSILON
        ? "NEEDS_ACCELERATION"
        : "OFF_TRACK";
  const verdict =
    status === "ON_TRACK"
      ? `≥ ${formatNumber(ON_TRACK_MIN_RATIO)}: đúng tiến độ`
      : status === "NEEDS_ACCELERATION"
        ? `từ ${formatNumber(NEEDS_ACCELERATION_MIN_RATIO)} đến dưới ${formatNumber(ON_TRACK_MIN_RATIO)}: cần đẩy nhanh`
        : `< ${formatNumber(NEEDS_ACCELERATION_MIN_RATIO)}: chậm tiến độ`;
  return result(status, `${since} ${moved}; ${need}. Tỷ số ${formatNumber(ratio, 2)} ${verdict}.`, {
    ...numbers,
    ratio,
  });
}
