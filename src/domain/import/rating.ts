// The rating level of a score, from the thresholds in force (data, not constants:
// whether a later text replaced TT 01/2020 is unconfirmed).
import type { RatingLevel } from "@/domain/targets/facts";

export type RatingSchemeKey = "GENERAL" | "AGRICULTURE";

export type ThresholdData = {
  scheme: RatingSchemeKey;
  level: RatingLevel;
  minScore: number;
  validFrom: Date;
  validTo: Date | null;
};

/** The level whose lowest score is the highest one not above `score`; null without thresholds in force. */
export function levelForScore(
  score: number,
  scheme: RatingSchemeKey,
  date: Date,
  thresholds: readonly ThresholdData[],
): RatingLevel | null {
  const t = date.getTime();
  let best: ThresholdData | null = null;
  for (const th of thresholds) {
    if (th.scheme !== scheme || th.validFrom.getTime() > t || (th.validTo && th.validTo.getTime() < t)) continue;
    if (th.minScore <= score && (!best || th.minScore > best.minScore)) best = th;
  }
  return best?.level ?? null;
}
