// Pre-aggregated target facts ("snapshots"), so that a national series does not recount
// millions of memberships per year (docs/performance.md). For every kept year, as of
// one date (the year-end; today for the current year):
// - TargetOrgFact: one row per organisation active then, with its yearly facts
//   (orgFactsCte, the same SQL as the live statement) and its distinct members;
// - TargetMemberOverlap: the memberships of the persons counted in two or more
//   organisations, which turns a sum of per-organisation members into distinct persons.
// Kept exact on write: while the facts are on (mode.ts), statement triggers log every
// organisation and person a write touches into TargetDirty (migrations
// "target_snapshots", "read_model_switch"), whichever path wrote (forms, import,
// scripts, psql); the writer applies them after its commit (refreshAfterWrite), the
// background task whatever else was logged. A reader never writes: while anything is
// logged it computes live, so a snapshot is never read stale. A year without a current snapshot, or any
// other as-of date, is computed live. tests/db/target-snapshots.test.ts checks both
// sources against the reference aggregation, before and after writes of every kind.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import {
  ACTIVE_WHERE,
  orgFactsCte,
  paramsCte,
  statusAtAsOf,
  type SnapshotYears,
} from "../targets-sql/load-year-inputs";
import { sourceTables } from "../targets-sql/source-tables";

/** The facts are kept for the default view, approved data only (docs/approval.md): the
 *  approval gate's views, so a pending change never reaches them and an approval does
 *  (PendingChange's own triggers log the organisations it concerns). */
const T = sourceTables("approved");

/** One year to keep, as of this date (YYYY-MM-DD). */
export type SnapshotWant = { year: number; asOf: string };

/** pg_advisory_xact_lock key of the refresh (any constant unique to this purpose). */
const REFRESH_LOCK = 72_015_001;

/** A national build of five years takes tens of seconds; a refresh after a form is instant. */
const TRANSACTION_OPTIONS = { timeout: 30 * 60_000, maxWait: 5 * 60_000 };

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * The years the overview shows by default, as the dashboard's filters date them: from
 * the first data year to today's, each as of its year-end, today's year as of today.
 */
export function wantedSnapshots(firstYear: number, today: string): SnapshotWant[] {
  const current = Number(today.slice(0, 4));
  const want: SnapshotWant[] = [];
  for (let year = Math.min(firstYear, current); year <= current; year++)
    want.push({ year, asOf: year === current ? today : `${year}-12-31` });
  return want;
}

/**
 * The snapshots the overview may read now, without writing anything: none when the
 * facts are off, or while writes are logged but not applied yet (then the figures are
 * computed live, exact, slower nationally). Writes are applied right after the write
 * (refreshAfterWrite, called by defineAction and the importers) and by the background
 * task for writes from anywhere else (scripts, psql), so that window is short.
 */
export async function readySnapshots(prisma: Client): Promise<SnapshotYears> {
  const [state] = await prisma.$queryRaw<
    { on: boolean; pending: boolean; kept: { year: number; asOf: string }[] | null }[]
  >`
    SELECT ktt_facts_on() AS on,
           EXISTS (SELECT 1 FROM "TargetDirty") AS pending,
           (SELECT json_agg(json_build_object('year', year, 'asOf', to_char("asOf", 'YYYY-MM-DD')))
            FROM "TargetSnapshot") AS kept`;
  if (!state.on || state.pending || !state.kept) return new Map();
  return new Map(state.kept.map((k) => [k.year, k.asOf]));
}

/**
 * Applies what the writes so far logged, when the facts are kept: called after a write
 * commits, by the writer (a form, an import), so the next overview reads current facts
 * instead of computing live. Waits at most `lockWaitMs` for a refresh already running
 * (it will apply these rows too, or the next run will). Never throws: a failure leaves
 * the log for the background task, and readers compute live meanwhile.
 */
export async function refreshAfterWrite(prisma: PrismaClient, { lockWaitMs = 2_000 } = {}): Promise<void> {
  try {
    await refresh(prisma, undefined, lockWaitMs);
  } catch (err) {
    console.error("Không cập nhật được số liệu tổng hợp sẵn sau khi ghi:", err);
  }
}

/**
 * Brings the snapshots up to date. With `want`, exactly those years are kept: a missing
 * year, or one held at another as-of date, is rebuilt whole; years not wanted are
 * dropped. Then the organisations and persons logged since the last refresh are
 * recomputed in every kept year. One transaction under an advisory lock, so concurrent
 * callers run one after the other and readers see the old or the new snapshot, never
 * half of one. Returns the years rebuilt and how many organisations were recomputed.
 */
export async function refreshTargetSnapshots(prisma: PrismaClient, want?: readonly SnapshotWant[]): Promise<Refreshed> {
  return (await refresh(prisma, want, null))!;
}

type Refreshed = { rebuilt: number[]; organisations: number };

/** refreshTargetSnapshots(); null if another refresh held the lock longer than `waitMs` (null: no limit). */
async function refresh(
  prisma: PrismaClient,
  want: readonly SnapshotWant[] | undefined,
  waitMs: number | null,
): Promise<Refreshed | null> {
  // Facts off (mode.ts: nothing is logged, so nothing built could be kept exact), or
  // nothing logged and the wanted years kept: no transaction, no lock (the background
  // task asks every 30 s).
  const [state] = await prisma.$queryRaw<{ on: boolean; pending: boolean; kept: string }[]>`
    SELECT ktt_facts_on() AS on, EXISTS (SELECT 1 FROM "TargetDirty") AS pending,
           coalesce(string_agg(year || '@' || to_char("asOf", 'YYYY-MM-DD'), ',' ORDER BY year), '') AS kept
    FROM "TargetSnapshot"`;
  const wantedKey =
    want &&
    [...want]
      .sort((a, b) => a.year - b.year)
      .map((w) => `${w.year}@${w.asOf}`)
      .join(",");
  if (!state.on || (!state.pending && (want === undefined || wantedKey === state.kept)))
    return { rebuilt: [], organisations: 0 };

  return prisma.$transaction(async (tx) => {
    if (waitMs === null) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK})`;
    else {
      const deadline = Date.now() + waitMs;
      const take = async () =>
        (await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${REFRESH_LOCK}) AS locked`)[0]
          .locked;
      while (!(await take())) {
        if (Date.now() >= deadline) return null;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    // The log rows this refresh applies: those committed by now. A write committing
    // later leaves its rows for the next refresh (they are not deleted here).
    await tx.$executeRaw`
      CREATE TEMP TABLE ktt_dirty ON COMMIT DROP AS
      WITH d AS (DELETE FROM "TargetDirty" RETURNING "organisationId", "personId") SELECT * FROM d`;
    await tx.$executeRaw`
      CREATE TEMP TABLE ktt_dirty_orgs ON COMMIT DROP AS
      SELECT DISTINCT "organisationId" AS id FROM ktt_dirty WHERE "organisationId" IS NOT NULL`;
    // The persons whose overlap may have changed: those of a membership written, and
    // every member of an organisation written (its status or type decides whether their
    // memberships count at all).
    await tx.$executeRaw`
      CREATE TEMP TABLE ktt_dirty_persons ON COMMIT DROP AS
      SELECT "personId" AS id FROM ktt_dirty WHERE "personId" IS NOT NULL
      UNION SELECT m."personId" FROM "Membership" m WHERE m."organisationId" IN (SELECT id FROM ktt_dirty_orgs)`;
    await tx.$executeRaw`ANALYZE ktt_dirty_orgs`;
    await tx.$executeRaw`ANALYZE ktt_dirty_persons`;

    const kept = await tx.$queryRaw<{ year: number; asOf: string }[]>`
      SELECT year, to_char("asOf", 'YYYY-MM-DD') AS "asOf" FROM "TargetSnapshot" ORDER BY year`;
    const rebuilt: number[] = [];
    if (want) {
      const wanted = new Map(want.map((w) => [w.year, w.asOf]));
      const drop = kept.filter((k) => wanted.get(k.year) !== k.asOf).map((k) => k.year);
      await dropYears(tx, drop);
      for (const w of want) {
        if (kept.some((k) => k.year === w.year && k.asOf === w.asOf)) continue;
        await buildYear(tx, w, true);
        await tx.$executeRaw`
          INSERT INTO "TargetSnapshot" (year, "asOf", "builtAt") VALUES (${w.year}, ${w.asOf}::date, now())`;
        rebuilt.push(w.year);
      }
    }
    // Years kept as they were: recompute what was written since.
    for (const k of kept) {
      if (rebuilt.includes(k.year) || (want && !want.some((w) => w.year === k.year))) continue;
      await tx.$executeRaw`
        DELETE FROM "TargetOrgFact" WHERE year = ${k.year} AND "organisationId" IN (SELECT id FROM ktt_dirty_orgs)`;
      await tx.$executeRaw`
        DELETE FROM "TargetMemberOverlap" WHERE year = ${k.year} AND "personId" IN (SELECT id FROM ktt_dirty_persons)`;
      await buildYear(tx, k, false);
    }
    // Fresh statistics after a whole build: planned on an empty TargetOrgFact, the next
    // incremental refresh of a district's demo data took 33 s instead of 0.7 s.
    if (rebuilt.length) await tx.$executeRaw`ANALYZE "TargetOrgFact", "TargetMemberOverlap"`;
    const [{ n }] = await tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM ktt_dirty_orgs`;
    return { rebuilt, organisations: Number(n) };
  }, TRANSACTION_OPTIONS);
}

async function dropYears(tx: Client, years: number[]): Promise<void> {
  if (years.length === 0) return;
  await tx.$executeRaw`DELETE FROM "TargetSnapshot" WHERE year = ANY(${years}::int[])`;
  await tx.$executeRaw`DELETE FROM "TargetOrgFact" WHERE year = ANY(${years}::int[])`;
  await tx.$executeRaw`DELETE FROM "TargetMemberOverlap" WHERE year = ANY(${years}::int[])`;
}

/**
 * Inserts the facts of one year: of every organisation (whole, after its rows were
 * deleted) or of the logged ones (their rows deleted by the caller). A whole build has
 * no filter to the logged rows rather than "whole OR id IN (…)": the planner cannot see
 * through that OR and then expected 1 % of the organisations (EXPLAIN ANALYZE).
 */
async function buildYear(tx: Client, { year, asOf }: SnapshotWant, whole: boolean): Promise<void> {
  if (whole) await dropYears(tx, [year]);
  await tx.$executeRaw`
    WITH ${paramsCte(asOf, year)},
    -- Inlined (NOT MATERIALIZED) so the planner estimates from the base tables: as a
    -- materialised CTE it guessed 200 register organisations instead of 47,000 and
    -- probed Membership per organisation (9.5 s of a national year, EXPLAIN ANALYZE)
    -- instead of one hashed scan.
    orgs AS NOT MATERIALIZED (
      SELECT o.id, o.type::text AS type, o.type AS type_enum, o."hasMemberRegister" AS reg, o."foundedOn",
             o."communeId", o.sector
      -- A refresh reads the logged organisations one by one (the approved state's views
      -- cannot be joined by index: readsPerOrganisation in load-year-inputs.ts).
      FROM ${
        whole
          ? T.Organisation
          : Prisma.sql`ktt_dirty_orgs d CROSS JOIN LATERAL (SELECT * FROM ${T.Organisation} o WHERE o.id = d.id OFFSET 0)`
      } o CROSS JOIN p
      ${statusAtAsOf(T)}
      WHERE ${ACTIVE_WHERE}
    ),
    ${orgFactsCte(T, !whole)},
    -- distinct persons in force of each register THT/HTX (the live statement's pairs)
    members AS (
      SELECT m."organisationId" AS id, count(DISTINCT m."personId")::int AS n
      -- on the enum column, not its text: the planner has statistics for the column only
      FROM ${
        whole
          ? Prisma.sql`${T.Membership} m JOIN orgs o ON o.id = m."organisationId"`
          : Prisma.sql`orgs o CROSS JOIN LATERAL (SELECT * FROM ${T.Membership} m WHERE m."organisationId" = o.id OFFSET 0) m`
      }
      CROSS JOIN p
      WHERE o.reg AND o.type_enum IN ('THT', 'HTX')
        AND m."joinedOn" <= p.as_of AND (m."leftOn" IS NULL OR m."leftOn" > p.as_of)
      GROUP BY m."organisationId"
    )
    INSERT INTO "TargetOrgFact" (year, "organisationId", "communeId", type, sector, "hasRegister",
      "foundedRecently", reported, effective, "hasReport", "hasRating", eligible, level,
      chain, digital, tech, "techEvidence", "memberPairs", "unionMembers")
    SELECT p.yr, f.id, f."communeId", f.type::"OrgType", f.sector, f.reg,
      f.founded_recently, f.reported, f.effective, f.has_report, f.has_rating, f.eligible,
      f.level::"RatingLevel", f.chain_any, f.digital_any, f.tech_any, f.tech_evidence_any, coalesce(mb.n, 0),
      f.union_members
    FROM org_facts f CROSS JOIN p LEFT JOIN members mb ON mb.id = f.id
    -- in commune order, so that reading a year by (year, communeId) reads the table in order
    ORDER BY f."communeId", f.id`;
  // The memberships in force of persons in two or more of the year's register THT/HTX
  // (after the facts above, which decide which organisations count).
  await tx.$executeRaw`
    INSERT INTO "TargetMemberOverlap" (year, "personId", "organisationId", "communeId", type, sector)
    SELECT ${year}::int, pid, id, "communeId", type, sector FROM (
      SELECT pid, id, "communeId", type, sector, count(*) OVER (PARTITION BY pid) AS orgs FROM (
        SELECT DISTINCT m."personId" AS pid, m."organisationId" AS id, f."communeId", f.type, f.sector
        FROM ${
          whole
            ? T.Membership
            : Prisma.sql`ktt_dirty_persons dp CROSS JOIN LATERAL (SELECT * FROM ${T.Membership} m WHERE m."personId" = dp.id OFFSET 0)`
        } m
        JOIN "TargetOrgFact" f ON f.year = ${year}::int AND f."organisationId" = m."organisationId"
          AND f."hasRegister" AND f.type IN ('THT', 'HTX')
        WHERE m."joinedOn" <= ${asOf}::date AND (m."leftOn" IS NULL OR m."leftOn" > ${asOf}::date)
      ) pairs
    ) x
    WHERE orgs > 1
    ORDER BY "communeId", pid`;
}
