// How the database's state of an organisation-year reads in the sheet's terms, shared
// by the export (what to write) and the import (what counts as a change), so that an
// export re-imported changes nothing.
import type { OrgStatus, RatingLevel } from "@/domain/targets/facts";
import { ANNUAL_REPORT_FIGURES, type AnnualReportFigures } from "@/domain/organisations/annual-report";
import { LEVEL_BY_KEY, invert, type RatingKey } from "./columns";
import { endOfYear, startOfYear } from "./import-rules";

export type StatusEntry = { status: OrgStatus; effectiveFrom: Date };

/** The status in force at `date`: the latest change on or before it, else the denormalised current status. */
export function statusAt(history: readonly StatusEntry[], date: Date, fallback: OrgStatus): OrgStatus {
  let found: StatusEntry | null = null;
  for (const h of history) {
    if (h.effectiveFrom.getTime() <= date.getTime() && (!found || h.effectiveFrom >= found.effectiveFrom)) found = h;
  }
  return found?.status ?? fallback;
}

/** A record with a validity period is "valid that year" when it overlaps the calendar year. */
export function overlapsYear(r: { validFrom: Date; validTo: Date | null }, year: number): boolean {
  return r.validFrom.getTime() <= endOfYear(year).getTime() && (!r.validTo || r.validTo >= startOfYear(year));
}

export type RatingState = {
  eligible: boolean;
  score: string | null;
  level: RatingLevel | null;
};

const KEY_BY_LEVEL = invert(LEVEL_BY_KEY as Record<"tot" | "kha" | "trung_binh" | "yeu", RatingLevel>);

/** xep_loai of a stored rating: its level, or chua_xep_loai (eligible) / khong_xep_loai (not eligible). */
export function ratingKeyOf(r: RatingState): RatingKey {
  if (r.level) return KEY_BY_LEVEL[r.level];
  return r.eligible ? "chua_xep_loai" : "khong_xep_loai";
}

export function sameReport(a: AnnualReportFigures, b: AnnualReportFigures): boolean {
  return ANNUAL_REPORT_FIGURES.every((f) => a[f] === b[f]);
}
