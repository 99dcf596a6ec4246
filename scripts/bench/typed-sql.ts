// The cost of checking raw SQL results with zod (src/server/db/typed-sql.ts) on the
// largest result the app reads: the yearly statement of load-year-inputs.ts, one row per
// group (at most one per commune of the scope: ~10,000 nationally) with 39 columns of
// int8, numeric and NULL. Rows of that shape come from a real PostgreSQL statement
// (generate_series), then the old unchecked conversion (Number() per column) and the
// checked one (parseRows with YearInputsRow) are timed on the same rows. See docs/typed-sql.md.
//
//   npm run bench:typed-sql -- [--rows 1000,5000,10000,50000] [--runs 15]
//
// BENCH_DATABASE_URL: the server to ask (default postgresql://postgres@127.0.0.1:5432/postgres);
// nothing is written there.
import { parseArgs } from "node:util";
import { Prisma } from "@/generated/prisma/client";
import { YEAR_INPUT_KEYS, type YearInputs } from "@/domain/targets/facts";
import { openDatabase } from "@/server/db/connection";
import { parseRows } from "@/server/db/typed-sql";
import { YearInputsRow } from "@/server/targets-sql/year-inputs-statements";

const { values: args } = parseArgs({
  options: { rows: { type: "string", default: "1000,5000,10000,50000" }, runs: { type: "string", default: "15" } },
});
const sizes = args.rows.split(",").map(Number);
const runs = Number(args.runs);

// Like the real statement: counts are int8 (bigint), sums numeric (Prisma.Decimal), and
// the person and population figures NULL for some groups.
const columns = Prisma.raw(
  YEAR_INPUT_KEYS.map((k, i) =>
    i % 3 === 0
      ? `(g % 97)::bigint AS "${k}"`
      : i % 3 === 1
        ? `(g % 89)::numeric AS "${k}"`
        : `CASE WHEN g % 5 = 0 THEN NULL ELSE (g % 83)::bigint END AS "${k}"`,
  ).join(", "),
);
const statement = (n: number) =>
  Prisma.sql`SELECT g AS grp, ${columns}, true AS held FROM generate_series(1, ${n}::int) AS g`;

type Row = Record<string, unknown>;

/** Unchecked, Number() per column: the conversion before typed-sql.ts, and load-year-inputs.ts's
 *  now after checking the first row. */
function unchecked(rows: Row[]): Map<number, YearInputs> {
  const out = new Map<number, YearInputs>();
  for (const row of rows) {
    const inputs = {} as YearInputs;
    for (const key of YEAR_INPUT_KEYS) inputs[key] = Number(row[key] ?? 0);
    out.set(Number(row.grp), inputs);
  }
  return out;
}

/** Every row checked by YearInputsRow (what queryRows does for the other raw reads). */
function checked(rows: Row[]): Map<number, YearInputs> {
  const out = new Map<number, YearInputs>();
  for (const row of parseRows("bench", YearInputsRow, rows)) {
    const inputs = {} as YearInputs;
    for (const key of YEAR_INPUT_KEYS) inputs[key] = row[key] ?? 0;
    out.set(row.grp, inputs);
  }
  return out;
}

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function main() {
  const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const db = openDatabase({ kind: "server", url });
  try {
    console.log("rows    | statement ms | unchecked ms | zod-checked ms | extra per 1,000 rows");
    for (const n of sizes) {
      const t = performance.now();
      const rows = await db.prisma.$queryRaw<Row[]>(statement(n));
      const query = performance.now() - t;
      // Same result both ways, or the comparison means nothing.
      if (JSON.stringify([...unchecked(rows)]) !== JSON.stringify([...checked(rows)]))
        throw new Error("results differ");
      const a = median(() => unchecked(rows));
      const b = median(() => checked(rows));
      console.log(
        `${String(n).padEnd(7)} | ${query.toFixed(1).padStart(12)} | ${a.toFixed(2).padStart(12)} | ${b.toFixed(2).padStart(14)} | ${(((b - a) / n) * 1000).toFixed(2)} ms`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
