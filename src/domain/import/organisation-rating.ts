// The rating a row of the organisations-by-year sheet asks for, compared with the stored
// one: a score gives its level under the thresholds in force at the year's end (and
// must agree with xep_loai); chua_xep_loai / khong_xep_loai keep a stored reason.
import { LEVEL_BY_KEY } from "./columns";
import { endOfYear } from "./import-rules";
import { columnName, type ImportIssue } from "./issues";
import { ratingMismatch, type OrgYearRow } from "./organisation-row";
import type { ExistingRating } from "./organisation-snapshot";
import { levelForScore, type RatingSchemeKey, type ThresholdData } from "./rating";

/** What the row asks the rating to be; null (with an issue) when score and level disagree. */
export function desiredRating(
  row: OrgYearRow,
  stored: ExistingRating | undefined,
  thresholds: readonly ThresholdData[],
  issues: ImportIssue[],
): ExistingRating | null {
  const rating = row.rating!;
  const scheme: RatingSchemeKey = stored?.scheme ?? (row.sector === "AGRICULTURE" ? "AGRICULTURE" : "GENERAL");
  if (rating.score !== null) {
    const level = levelForScore(Number(rating.score), scheme, endOfYear(row.year), thresholds);
    if (!level) {
      issues.push({
        row: row.row,
        column: "diem_danh_gia",
        message: `chưa có ngưỡng xếp loại áp dụng cho năm ${row.year}; hãy để trống điểm và ghi cột ${columnName("xep_loai")}`,
      });
      return null;
    }
    const given = rating.key ? LEVEL_BY_KEY[rating.key] : level;
    if (given !== level) {
      issues.push(ratingMismatch(row.row, rating.score, level));
      return null;
    }
    return { scheme, eligible: true, score: rating.score, level, notRatedReason: null };
  }
  switch (rating.key) {
    case "chua_xep_loai":
      return {
        scheme,
        eligible: true,
        score: null,
        level: null,
        notRatedReason: stored?.eligible && !stored.level ? stored.notRatedReason : "PENDING",
      };
    case "khong_xep_loai":
      return {
        scheme,
        eligible: false,
        score: null,
        level: null,
        notRatedReason: stored && !stored.eligible ? (stored.notRatedReason ?? "OTHER") : "OTHER",
      };
    default:
      return { scheme, eligible: true, score: null, level: LEVEL_BY_KEY[rating.key!]!, notRatedReason: null };
  }
}

export function sameRating(a: ExistingRating, b: ExistingRating): boolean {
  return (
    a.scheme === b.scheme &&
    a.eligible === b.eligible &&
    a.score === b.score &&
    a.level === b.level &&
    a.notRatedReason === b.notRatedReason
  );
}
