// What the three importers share and that needs no database: the dates of a data year,
// "today" (Vietnam's calendar day, not UTC: at 01:00 in Hà Nội on 1 January, UTC is
// still in the old year), who may import where, the marker of records created by an
// import (no schema column for it: ValueChainLink.contractRef = "IMPORT", and a fixed
// description/note elsewhere) and the result every importer returns.
import { todayInVietnam } from "../time/vietnam";
import type { ImportIssue } from "./issues";

export const IMPORT_CONTRACT_REF = "IMPORT";
export const IMPORT_NOTE = "Nhập từ bảng tính";
export const MIN_IMPORT_YEAR = 2000;

const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const startOfYear = (y: number) => utcDay(y, 1, 1);
export const endOfYear = (y: number) => utcDay(y, 12, 31);

/** The import's "today": the calendar day in Vietnam at `now`, as UTC midnight (like @db.Date). */
export const importToday = (now: Date = new Date()): Date => todayInVietnam(now);

/** The latest data year a sheet may carry: next year (plans are entered ahead). */
export const maxImportYear = (today: Date) => today.getUTCFullYear() + 1;

/**
 * The date at which a year's status is read and a new status of that year takes effect:
 * 31/12 of the year, or today while the year is not over (as the dashboard does).
 * `today` is a calendar day (importToday).
 */
export function yearReferenceDate(year: number, today: Date): Date {
  const end = endOfYear(year);
  return end.getTime() < today.getTime() ? end : today;
}

/** Who imports: ADMIN and DISTRICT anywhere, COMMUNE inside its units (COMMITTEE is refused before). */
export type ImportScope = { role: "ADMIN" | "DISTRICT" | "COMMUNE" | "COMMITTEE"; communeIds: readonly number[] };

export function inScope(scope: ImportScope, communeId: number): boolean {
  return scope.role === "ADMIN" || scope.role === "DISTRICT" || scope.communeIds.includes(communeId);
}

export type ImportResult<S> = { ok: true; summary: S } | { ok: false; issues: ImportIssue[]; rows: number };
/** A plan: the summary shown in the preview and the changes to write, or the file's issues. */
export type PlanResult<S, P> = { ok: true; summary: S; plan: P } | { ok: false; issues: ImportIssue[]; rows: number };

export function groupBy<T, K>(items: readonly T[], keyOf: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(item);
  }
  return out;
}
