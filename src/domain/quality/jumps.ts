// Implausible jumps between two consecutive yearly reports of one organisation.
// A figure that triples (or falls to a third) from one year to the next is usually a
// typing error (an extra zero, đồng typed as triệu đồng) or a changed definition; it is
// listed for a person to check, not corrected. Small organisations move by large ratios
// for ordinary reasons (2 employees -> 7), so a change must also be large in absolute
// terms before it counts.
//
// Pure module: no Prisma, no Next.

/** The reported figures that are compared year on year (AnnualReport columns). */
export type JumpMetric = "memberCount" | "employeeCount" | "charterCapital" | "revenue";

export const JUMP_METRICS: readonly JumpMetric[] = ["memberCount", "employeeCount", "charterCapital", "revenue"];

/** A jump is a ratio between the two years' values strictly above this (either way:
 *  current > 3 × previous, or current < previous / 3). */
export const JUMP_RATIO = 3;

/** The smallest absolute change (in the metric's unit: persons, or đồng) that can be a
 *  jump. Below it, any ratio is treated as normal. */
export const JUMP_MIN_ABSOLUTE_CHANGE: Readonly<Record<JumpMetric, number>> = {
  memberCount: 15,
  employeeCount: 10,
  /** 500 triệu đồng */
  charterCapital: 500_000_000,
  /** 1 tỷ đồng */
  revenue: 1_000_000_000,
};

/** A change of sign (a loss-making year reported as negative revenue, then a positive
 *  one) is an ordinary business outcome, not a typing error: never a jump. */
export const SIGN_FLIP_IS_JUMP = false;

export type JumpCheck = {
  metric: JumpMetric;
  previous: number;
  current: number;
  /** larger ÷ smaller magnitude; null when one of the two values is 0 */
  ratio: number | null;
  direction: "UP" | "DOWN";
};

/**
 * The jump of one metric between two consecutive years, or null when the change is
 * plausible or cannot be judged (a missing value).
 *  1. both values present;
 *  2. |current − previous| >= JUMP_MIN_ABSOLUTE_CHANGE[metric];
 *  3. opposite signs (one < 0 < other): not a jump (SIGN_FLIP_IS_JUMP);
 *  4. larger magnitude ÷ smaller magnitude > JUMP_RATIO, where a change from or to 0
 *     counts as an infinite ratio (ratio reported as null).
 */
export function checkJump(metric: JumpMetric, previous: number | null, current: number | null): JumpCheck | null {
  if (previous === null || current === null) return null;
  if (Math.abs(current - previous) < JUMP_MIN_ABSOLUTE_CHANGE[metric]) return null;
  const flipped = (previous < 0 && current > 0) || (previous > 0 && current < 0);
  if (flipped && !SIGN_FLIP_IS_JUMP) return null;
  const lo = Math.min(Math.abs(previous), Math.abs(current));
  const hi = Math.max(Math.abs(previous), Math.abs(current));
  const direction = current > previous ? "UP" : "DOWN";
  if (lo === 0) return { metric, previous, current, ratio: null, direction };
  const ratio = hi / lo;
  return ratio > JUMP_RATIO ? { metric, previous, current, ratio, direction } : null;
}

export type YearFigures = Partial<Record<JumpMetric, number | null>>;

/** Every metric that jumps between `previous` and `current`, in JUMP_METRICS order. */
export function findJumps(previous: YearFigures, current: YearFigures): JumpCheck[] {
  const out: JumpCheck[] = [];
  for (const metric of JUMP_METRICS) {
    const jump = checkJump(metric, previous[metric] ?? null, current[metric] ?? null);
    if (jump) out.push(jump);
  }
  return out;
}
