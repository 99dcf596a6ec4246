// Raw SQL results, typed and checked. A `$queryRaw<Row[]>` generic is a promise nothing
// keeps: the driver decides the JS types, and PostgreSQL's decide those (count(*) is
// int8 → bigint, sum() of integers is numeric → Prisma.Decimal, a date is a Date at UTC
// midnight; node-postgres gives int8 and numeric as strings). Every raw read goes through
// queryRows/queryOne with a zod row schema built from the column types below, which
// accept each of those representations and convert them the one way the app uses them
// (counts to number, money to bigint, dates to Date or 'YYYY-MM-DD'). A row that does
// not match fails loudly, naming the query, the row and the column. Measured cost and
// the choice against Prisma TypedSQL and Kysely: docs/typed-sql.md.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { toIsoDate } from "@/domain/format/date";

/** A Prisma client or transaction client (anything with $queryRaw). */
export type SqlClient = Pick<Prisma.TransactionClient, "$queryRaw">;

/** What a refused value was, for the error message. */
function describe(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined (no such column)";
  // Not the text itself: rows may hold personal data, and errors end up in logs.
  if (typeof v === "string") return `text of ${v.length} characters`;
  if (typeof v === "bigint") return `bigint ${v}n`;
  if (typeof v === "number" || typeof v === "boolean") return `${typeof v} ${v}`;
  if (Prisma.Decimal.isDecimal(v)) return `numeric ${String(v)}`;
  if (v instanceof Date) return `Date ${Number.isNaN(v.getTime()) ? "invalid" : v.toISOString()}`;
  return Array.isArray(v) ? "array" : typeof v;
}

/** A column converted by `convert`, which returns undefined for a value it refuses. */
function column<T>(expected: string, convert: (v: unknown) => T | undefined) {
  return z.unknown().transform((v, ctx): T => {
    const out = v === null || v === undefined ? undefined : convert(v);
    if (out === undefined) {
      ctx.issues.push({ code: "custom", message: `expected ${expected}, got ${describe(v)}`, input: v });
      return z.NEVER;
    }
    return out;
  });
}

const INTEGER_TEXT = /^-?\d+$/;

/** Any integer representation → bigint (undefined when it is not an integer). */
function toBigint(v: unknown): bigint | undefined {
  if (typeof v === "bigint") return v;
  if (typeof v === "number") return Number.isSafeInteger(v) ? BigInt(v) : undefined;
  if (typeof v === "string") return INTEGER_TEXT.test(v) ? BigInt(v) : undefined;
  if (Prisma.Decimal.isDecimal(v)) return v.isInteger() ? BigInt(v.toFixed()) : undefined;
  return undefined;
}

function toSafeInteger(v: unknown): number | undefined {
  // The common representations first, without a detour through bigint (the yearly
  // statement converts tens of thousands of these: docs/typed-sql.md).
  let n: number;
  if (typeof v === "number") n = v;
  else if (typeof v === "bigint") n = Number(v);
  else if (Prisma.Decimal.isDecimal(v)) {
    if (!v.isInteger()) return undefined;
    n = v.toNumber();
  } else if (typeof v === "string" && INTEGER_TEXT.test(v)) n = Number(v);
  else return undefined;
  return Number.isSafeInteger(n) ? n : undefined;
}

function toFiniteNumber(v: unknown): number | undefined {
  const n =
    typeof v === "number"
      ? v
      : typeof v === "bigint" || (typeof v === "string" && v.trim() !== "") || Prisma.Decimal.isDecimal(v)
        ? Number(String(v))
        : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Column types of a row schema. Each refuses null: add `.nullable()` where the column
 * may be NULL (a LEFT JOIN, an aggregate over no rows without coalesce).
 */
export const col = {
  /** int2/int4, count(*), sum() of integers: a JS number (refused beyond 2^53). */
  int: () => column("an integer", toSafeInteger),
  /** int8 amounts of money (VND): kept as bigint, whatever the driver gave. */
  bigint: () => column("an integer", toBigint),
  /** numeric/real with a fractional part: a JS number. */
  number: () => column("a number", toFiniteNumber),
  text: () => column("text", (v) => (typeof v === "string" ? v : undefined)),
  /** A text column (an enum cast ::text) holding one of `values`. */
  oneOf: <const T extends string>(values: readonly T[]) =>
    column(`one of ${values.join(", ")}`, (v) =>
      typeof v === "string" && (values as readonly string[]).includes(v) ? (v as T) : undefined,
    ),
  bool: () => column("a boolean", (v) => (typeof v === "boolean" ? v : undefined)),
  /** date/timestamp: a valid Date. */
  date: () =>
    column("a date", (v) => {
      const d = v instanceof Date ? v : typeof v === "string" ? new Date(v) : undefined;
      return d && !Number.isNaN(d.getTime()) ? d : undefined;
    }),
  /** A date column as 'YYYY-MM-DD' (the UTC day: Prisma gives a date at UTC midnight). */
  isoDate: () =>
    column("a date", (v) => {
      if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
      return v instanceof Date && !Number.isNaN(v.getTime()) ? toIsoDate(v) : undefined;
    }),
  /** json/jsonb holding an object. */
  jsonObject: () =>
    column("a JSON object", (v) =>
      typeof v === "object" && !Array.isArray(v) && !(v instanceof Date) ? (v as Record<string, unknown>) : undefined,
    ),
};

/** The error of a row that does not match its schema. */
export class SqlRowError extends Error {
  constructor(
    readonly query: string,
    readonly row: number,
    readonly column: string,
    detail: string,
  ) {
    super(`SQL query "${query}", row ${row}, column "${column}": ${detail}`);
    this.name = "SqlRowError";
  }
}

/**
 * Checks and converts rows already read (from $queryRaw, or a node-postgres result's
 * `rows`) with `row`. Throws SqlRowError on the first row that does not match.
 */
export function parseRows<S extends z.ZodType>(query: string, row: S, rows: readonly unknown[]): z.output<S>[] {
  const out: z.output<S>[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const res = row.safeParse(rows[i]);
    if (!res.success) {
      const issue = res.error.issues[0]!;
      throw new SqlRowError(query, i, issue.path.map(String).join(".") || "(row)", issue.message);
    }
    out[i] = res.data;
  }
  return out;
}

/** Runs `sql` and returns its rows checked and converted by `row` (see parseRows). */
export async function queryRows<S extends z.ZodType>(
  db: SqlClient,
  query: string,
  row: S,
  sql: Prisma.Sql,
): Promise<z.output<S>[]> {
  return parseRows(query, row, await db.$queryRaw<unknown[]>(sql));
}

/** Runs `sql`, which must return exactly one row (an aggregate without GROUP BY). */
export async function queryOne<S extends z.ZodType>(
  db: SqlClient,
  query: string,
  row: S,
  sql: Prisma.Sql,
): Promise<z.output<S>> {
  const rows = await db.$queryRaw<unknown[]>(sql);
  if (rows.length !== 1) throw new Error(`SQL query "${query}" returned ${rows.length} rows, expected exactly one`);
  return parseRows(query, row, rows)[0]!;
}
