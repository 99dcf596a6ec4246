// The SQL twin of aggregateYear() (src/domain/targets/aggregate.ts): the same YearInputs
// for one scope, as-of date and year, computed by PostgreSQL in one statement so that
// national-scale data (hundreds of thousands of organisations, millions of memberships)
// never travels into JavaScript. Two sources give the same figures:
// - live: counts from the registers themselves, for any as-of date;
// - snapshot: reads the pre-aggregated facts of read-model/snapshots.ts (one row per active
//   organisation and year, plus the persons who are members of several), kept for the
//   year-ends and today and refreshed on write: a national series in a fraction of the time.
// tests/db/targets-sql.test.ts (live) and tests/db/target-snapshots.test.ts (snapshot)
// feed them and the reference the same rows and require identical results, field by field.
// The statements themselves: year-inputs-statements.ts and org-facts-sql.ts.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { AggregateOptions, YearInputs } from "@/domain/targets/facts";
import { YEAR_INPUT_KEYS, emptyYearInputs } from "@/domain/targets/facts";
import { allowsConcurrentStatements } from "../db/connection";
import { parseRows } from "../db/typed-sql";
import { mapLimited } from "../map-limited";
import { readsPerOrganisation, sourceTables, stateOf } from "./source-tables";
import {
  SECTOR_KEYS,
  TYPE_KEYS,
  YearInputsRow,
  liveStatement,
  snapshotStatement,
  type StatementContext,
} from "./year-inputs-statements";

// The snapshot build (src/server/read-model/snapshots.ts) reads the shared CTEs from here.
export { ACTIVE_WHERE, orgFactsCte, paramsCte, statusAtAsOf } from "./org-facts-sql";

/** How to split the figures: one total, or one YearInputs per commune / sector / type. */
export type Grouping =
  | { by: "none" }
  /** unitGroup maps every scope unit to the unit it is shown under (itself, or the
   *  successor of a ceased commune: effectiveUnitFor()). */
  | { by: "commune"; unitGroup: ReadonlyMap<number, number> }
  | { by: "sector" }
  | { by: "type" };

/** Years whose pre-aggregated facts are current, with the as-of date they hold (readySnapshots()). */
export type SnapshotYears = ReadonlyMap<number, string>;

/** At most this many yearly statements at once on a server (2 cores here: more only queue). */
const CONCURRENT_STATEMENTS = 2;

/** How many of these statements may run at once on this client. */
export function statementConcurrency(prisma: PrismaClient): number {
  return allowsConcurrentStatements(prisma) ? CONCURRENT_STATEMENTS : 1;
}

/**
 * One YearInputs per year, each as of `asOfFor(year)`. On a PostgreSQL server the yearly
 * statements run two at a time (each is single-threaded in PostgreSQL, so the national
 * series takes about half the time on two cores); on the embedded database or inside a
 * transaction, one after the other. A year whose snapshot holds that as-of date is read
 * from it.
 */
export async function loadYearSeries(
  prisma: PrismaClient,
  base: Omit<AggregateOptions, "asOf" | "year">,
  years: readonly number[],
  asOfFor: (year: number) => string,
  snapshots?: SnapshotYears,
): Promise<Map<number, YearInputs>> {
  const load = (year: number) => loadYearInputs(prisma, { ...base, asOf: asOfFor(year), year }, snapshots);
  const results = await mapLimited(years, statementConcurrency(prisma), load);
  return new Map(years.map((year, i) => [year, results[i]]));
}

/** YearInputs for the whole selection (see aggregateYear for the semantics). */
export async function loadYearInputs(
  prisma: PrismaClient,
  options: AggregateOptions,
  snapshots?: SnapshotYears,
): Promise<YearInputs> {
  const groups = await loadYearInputsGrouped(prisma, options, { by: "none" }, snapshots);
  return groups.get("all") ?? emptyYearInputs();
}

type RawRow = Record<string, unknown>;

/**
 * The statement's rows, the first checked with YearInputsRow (every column present, of
 * an integer type or NULL). Not every row: a national breakdown by commune returns
 * ~10,000 rows of 39 columns, and checking each with zod cost 15-25 ms per 1,000 rows
 * here against ~6 ms for the plain conversion below (docs/typed-sql.md). Every row comes
 * from the same statement, so the first one's shape is theirs; the values are counts
 * (int8) and integer sums (numeric), which Number() converts exactly.
 */
async function readRows(prisma: PrismaClient, query: string, sql: Prisma.Sql): Promise<RawRow[]> {
  const rows = await prisma.$queryRaw<RawRow[]>(sql);
  parseRows(query, YearInputsRow, rows.slice(0, 1));
  return rows;
}

/**
 * YearInputs per group in one statement. Population and its gaps are per commune when
 * grouping by commune; for sector and type groups they are the whole selection's.
 */
export async function loadYearInputsGrouped(
  prisma: PrismaClient,
  options: AggregateOptions,
  grouping: Grouping,
  snapshots?: SnapshotYears,
): Promise<Map<string, YearInputs>> {
  const { asOf, year } = options;
  const unitIds = [...new Set(options.scopeUnitIds)];
  const by = grouping.by;
  const ctx: StatementContext = {
    asOf,
    year,
    by,
    unitIds,
    groupIds: unitIds.map((id) => (grouping.by === "commune" ? (grouping.unitGroup.get(id) ?? id) : id)),
    sectors: options.sectors?.length ? options.sectors : null,
    types: options.orgTypes?.length ? options.orgTypes : null,
    T: sourceTables(stateOf(options)),
    perOrg: readsPerOrganisation(stateOf(options), unitIds.length),
  };
  // Groups are integers inside the statement (year-inputs-statements.ts says why).
  const groupKey = (grp: number): string =>
    by === "commune"
      ? String(grp)
      : by === "sector"
        ? SECTOR_KEYS[grp - 1]
        : by === "type"
          ? TYPE_KEYS[grp - 1]
          : "all";

  // The pre-aggregated facts hold the approved state only (the default view); the working
  // state is always counted live.
  const fromSnapshot = options.approvedOnly === true && snapshots?.get(year) === asOf;
  let rows = fromSnapshot ? await readRows(prisma, "year inputs (snapshot)", snapshotStatement(ctx)) : null;
  // The snapshots were read before this statement; if the year was rebuilt for another
  // date in between (the current year, after midnight), its facts are not c.asOf's.
  if (rows === null || rows.some((r) => r.held === false))
    rows = await readRows(prisma, "year inputs (live)", liveStatement(ctx));

  const out = new Map<string, YearInputs>();
  for (const row of rows) {
    const inputs = {} as YearInputs;
    for (const key of YEAR_INPUT_KEYS) inputs[key] = Number(row[key] ?? 0);
    out.set(groupKey(Number(row.grp)), inputs);
  }
  return out;
}
