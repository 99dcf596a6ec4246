// What the bench times: the targets computation as the dashboard does it (one SQL
// aggregate per year, then the engine), the physical floor (a plain count(*) over the
// scope's organisations and memberships) and the naive baseline (the scope's rows
// loaded into JavaScript and aggregated by the reference implementation).
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { col, queryOne } from "@/server/db/typed-sql";
import { aggregateYear } from "@/domain/targets/aggregate";
import { evaluateTargets } from "@/domain/targets/compute";
import type { AggregateOptions, YearInputs } from "@/domain/targets/facts";
import { loadFacts } from "@/server/read-model/load-facts";
import { getTargetDefinitions } from "@/server/programmes/get-target-definitions";
import { getProgramme } from "@/server/programmes/get-programme";
import { loadYearSeries, type SnapshotYears } from "@/server/targets-sql/load-year-inputs";
import { YEARS } from "./generate";

export const AS_OF_CURRENT = "2026-11-29";
export const asOfFor = (year: number) => (year === 2026 ? AS_OF_CURRENT : `${year}-12-31`);

/** The snapshots the bench builds: the five years as of the dates computeTargets asks for. */
export const SNAPSHOT_WANT = YEARS.map((year) => ({ year, asOf: asOfFor(year) }));

/**
 * All 11 targets for the scope, as the overview computes them (approved data only):
 * from the pre-aggregated facts when `snapshots` holds the years, else live.
 */
export async function computeTargets(
  prisma: PrismaClient,
  scopeUnitIds: number[],
  snapshots?: SnapshotYears,
  programmeCode?: string,
) {
  const defs = await getTargetDefinitions(prisma, (await getProgramme(prisma, programmeCode))!, AS_OF_CURRENT);
  // The same series loader as the overview (two yearly statements at a time on a server).
  const series = await loadYearSeries(prisma, { scopeUnitIds, approvedOnly: true }, YEARS, asOfFor, snapshots);
  return evaluateTargets(defs, series, 2026);
}

/** The physical floor: PostgreSQL counting the scope's organisations and memberships once. */
export async function floorCount(prisma: PrismaClient, scopeUnitIds: number[]): Promise<number> {
  const r = await queryOne(
    prisma,
    "floor count",
    z.object({ n: col.int() }),
    Prisma.sql`
    SELECT (SELECT count(*) FROM "Organisation" WHERE "communeId" = ANY(${scopeUnitIds}::int[]))
         + (SELECT count(*) FROM "Membership" m JOIN "Organisation" o ON o.id = m."organisationId"
            WHERE o."communeId" = ANY(${scopeUnitIds}::int[])) AS n`,
  );
  return r.n;
}

/** The naive path: every row of the scope into JavaScript, then aggregateYear per year. */
export async function naiveTargets(prisma: PrismaClient, scopeUnitIds: number[]) {
  const facts = await loadFacts(prisma, scopeUnitIds);
  const defs = await getTargetDefinitions(prisma, (await getProgramme(prisma))!, AS_OF_CURRENT);
  const series = new Map<number, YearInputs>();
  for (const year of YEARS) {
    const options: AggregateOptions = { scopeUnitIds, asOf: asOfFor(year), year, approvedOnly: true };
    series.set(year, aggregateYear(facts, options));
  }
  return evaluateTargets(defs, series, 2026);
}

export type Timing = { runs: number[]; median: number; p95: number };

/** Runs fn once to warm up (unless warm is false), then n times; milliseconds. */
export async function time(n: number, fn: () => Promise<unknown>, warm = true): Promise<Timing> {
  if (warm) await fn();
  const runs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  return { runs, median: percentile(runs, 50), p95: percentile(runs, 95) };
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
