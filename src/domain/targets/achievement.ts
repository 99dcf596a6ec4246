// Whether a value meets its target, decided exactly (integers, never floats), and the
// formula line that shows the figure with enough decimals not to contradict the verdict.
import type { Comparator } from "./definitions";
import { formatInteger, formatPercent } from "../format/number";

/** DB precision of Target.value (Decimal(12,4)): thresholds are exact at this scale. */
const TARGET_SCALE = 10_000;

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

/** "18 HTX xếp loại Tốt, Khá ÷ 28 HTX thuộc diện đánh giá = 64,3 %", or why there is no value. */
export function formulaText(
  point: { numerator: number; denominator: number | null; value: number | null },
  labels: { num: string; den: string | null },
  target: number,
): string {
  if (point.denominator === null) return `${formatInteger(point.numerator)} ${labels.num}`;
  const left =
    `${formatInteger(point.numerator)} ${labels.num} ÷ ${formatInteger(point.denominator)} ${labels.den ?? ""}`.trimEnd();
  if (point.value === null) return `${left}: không tính được (mẫu số bằng 0)`;
  return `${left} = ${percentText(point.value, target)}`;
}
