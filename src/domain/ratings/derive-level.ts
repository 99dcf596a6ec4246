// The rating level of a cooperative follows from its score and the thresholds in force
// (RatingThreshold rows, data with a validity period: TT 01/2020 gives Tốt ≥ 80,
// Khá ≥ 65, Trung bình ≥ 50, Yếu below). The server derives it; a level sent by a
// client is never trusted. Pure: no Prisma, no Next.
import type { RatingLevel } from "../targets/facts";

export type ThresholdRow = {
  level: RatingLevel;
  /** Lowest score of the level, inclusive: a number or a decimal string ("79.99"). */
  minScore: number | string;
  /** ISO 'YYYY-MM-DD'. */
  validFrom: string;
  /** Last day in force (inclusive), ISO; null while in force. */
  validTo: string | null;
};

/** A score in hundredths, so that 79.99 vs 80 is compared exactly. */
export function scoreToHundredths(score: number | string): number {
  const text = typeof score === "number" ? score.toFixed(2) : score.trim();
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!m) throw new RangeError(`Not a score with at most 2 decimals: ${String(score)}`);
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** The thresholds in force at `onDate` (ISO): validFrom <= onDate <= validTo. */
export function thresholdsInForce(rows: readonly ThresholdRow[], onDate: string): ThresholdRow[] {
  return rows.filter((r) => r.validFrom <= onDate && (r.validTo === null || r.validTo >= onDate));
}

/**
 * The level whose (inclusive) lower bound is the highest one not above the score,
 * among the thresholds in force at `onDate` (for a yearly rating: 31/12 of the year).
 * Null when no threshold is in force or the score is below every bound.
 */
export function deriveRatingLevel(
  score: number | string,
  rows: readonly ThresholdRow[],
  onDate: string,
): RatingLevel | null {
  const s = scoreToHundredths(score);
  const sorted = thresholdsInForce(rows, onDate)
    .map((r) => ({ level: r.level, min: scoreToHundredths(r.minScore) }))
    .sort((a, b) => b.min - a.min);
  return sorted.find((t) => s >= t.min)?.level ?? null;
}
