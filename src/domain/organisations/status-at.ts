// The one rule for "an organisation's status at a date", used by the targets engine
// (src/domain/targets/aggregate.ts) and the demo generator (src/server/seed/demo-plan.ts).
// SQL cannot call it, so the queries repeat it as "the latest effectiveFrom <= day"
// (statusAtAsOf in src/server/targets-sql/load-year-inputs.ts, checked against the engine by
// tests/db/targets-sql.test.ts; src/server/organisation/current-status.ts; the quality
// and rating-distribution queries). OrgStatusChange is unique on (organisationId,
// effectiveFrom), so the same-day tie rule below matters only for lists built in memory.
// Dates are calendar days: YYYY-MM-DD strings, or Dates at UTC midnight (the way Prisma
// returns @db.Date columns) — one kind per call, so both compare in order.

type Day = string | Date;
const day = (d: Day): string | number => (typeof d === "string" ? d : d.getTime());

/**
 * The status in force on `at`: the entry with the latest effectiveFrom on or before
 * `at` (of two on the same day, the later in the list); null when none has started.
 */
export function statusAt<S, D extends Day>(history: readonly { status: S; effectiveFrom: D }[], at: D): S | null {
  const on = day(at);
  let best: { status: S; from: string | number } | null = null;
  for (const entry of history) {
    const from = day(entry.effectiveFrom);
    if (from <= on && (best === null || from >= best.from)) best = { status: entry.status, from };
  }
  return best ? best.status : null;
}

/** Active on `at`: founded by then (or founding date unknown) and its status ACTIVE. */
export function isActiveAt<D extends Day>(
  org: { foundedOn: D | null; statusHistory: readonly { status: string; effectiveFrom: D }[] },
  at: D,
): boolean {
  if (org.foundedOn !== null && day(org.foundedOn) > day(at)) return false;
  return statusAt(org.statusHistory, at) === "ACTIVE";
}
