import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { col, parseRows, queryOne, queryRows, SqlRowError, type SqlClient } from "./typed-sql";

/** A client whose $queryRaw returns `rows` (what the driver adapter would give). */
const client = (rows: unknown[]): SqlClient => ({ $queryRaw: vi.fn(async () => rows) }) as unknown as SqlClient;

describe("column types", () => {
  it("int: int4 numbers, int8 bigints, numeric sums and node-postgres strings all become numbers", () => {
    const Row = z.object({ a: col.int(), b: col.int(), c: col.int(), d: col.int() });
    const [r] = parseRows("q", Row, [{ a: 3, b: 42n, c: new Prisma.Decimal("17"), d: "-5" }]);
    expect(r).toEqual({ a: 3, b: 42, c: 17, d: -5 });
  });

  it("int refuses fractions, non-numeric text and integers beyond 2^53", () => {
    const Row = z.object({ n: col.int() });
    for (const n of [1.5, new Prisma.Decimal("2.5"), "12a", 2n ** 60n, true])
      expect(() => parseRows("q", Row, [{ n }])).toThrow(SqlRowError);
  });

  it("bigint keeps money exact whatever the driver gave", () => {
    const Row = z.object({ a: col.bigint(), b: col.bigint(), c: col.bigint(), d: col.bigint() });
    const big = 9_007_199_254_740_993n; // 2^53 + 1: lost as a number
    const [r] = parseRows("q", Row, [{ a: big, b: new Prisma.Decimal(big.toString()), c: String(big), d: 7 }]);
    expect(r).toEqual({ a: big, b: big, c: big, d: 7n });
  });

  it("number reads numeric, bigint and text; refuses text that is not a number", () => {
    const Row = z.object({ n: col.number() });
    expect(parseRows("q", Row, [{ n: new Prisma.Decimal("1.25") }, { n: 3n }, { n: "0.5" }, { n: 2 }])).toEqual([
      { n: 1.25 },
      { n: 3 },
      { n: 0.5 },
      { n: 2 },
    ]);
    expect(() => parseRows("q", Row, [{ n: "abc" }])).toThrow(/expected a number, got text of 3 characters/);
  });

  it("null only where the column is nullable", () => {
    const Row = z.object({ n: col.int().nullable(), d: col.date().nullable(), t: col.text().nullable() });
    expect(parseRows("q", Row, [{ n: null, d: null, t: null }])).toEqual([{ n: null, d: null, t: null }]);
    expect(() => parseRows("q", z.object({ n: col.int() }), [{ n: null }])).toThrow(
      'SQL query "q", row 0, column "n": expected an integer, got null',
    );
  });

  it("dates: a Date stays a Date; isoDate is the UTC day of a date column", () => {
    const utcMidnight = new Date("2024-03-01T00:00:00Z");
    const Row = z.object({ d: col.date(), iso: col.isoDate(), s: col.isoDate() });
    expect(parseRows("q", Row, [{ d: utcMidnight, iso: utcMidnight, s: "2024-12-31" }])).toEqual([
      { d: utcMidnight, iso: "2024-03-01", s: "2024-12-31" },
    ]);
    expect(() => parseRows("q", Row, [{ d: new Date("x"), iso: utcMidnight, s: "2024-12-31" }])).toThrow(
      /column "d": expected a date, got Date invalid/,
    );
  });

  it("text, booleans, enums and JSON objects", () => {
    const Row = z.object({
      t: col.text(),
      b: col.bool(),
      e: col.oneOf(["GOOD", "FAIR"]),
      j: col.jsonObject().nullable(),
    });
    expect(parseRows("q", Row, [{ t: "Xã Bình Nhì", b: false, e: "FAIR", j: { a: 1 } }])).toEqual([
      { t: "Xã Bình Nhì", b: false, e: "FAIR", j: { a: 1 } },
    ]);
    expect(() => parseRows("q", Row, [{ t: "x", b: false, e: "WEAK", j: null }])).toThrow(
      /column "e": expected one of GOOD, FAIR, got text of 4 characters/,
    );
    expect(() => parseRows("q", Row, [{ t: "x", b: "true", e: "GOOD", j: null }])).toThrow(/column "b"/);
  });

  it("a missing column is named as such; extra columns are dropped", () => {
    const Row = z.object({ id: col.int(), n: col.int() });
    expect(() => parseRows("q", Row, [{ id: 1 }])).toThrow(/column "n": expected an integer, got undefined/);
    expect(parseRows("q", Row, [{ id: 1, n: 2, other: "x" }])).toEqual([{ id: 1, n: 2 }]);
  });
});

describe("queryRows / queryOne", () => {
  const Row = z.object({ year: col.int(), total: col.int() });

  it("runs the statement and converts every row", async () => {
    const db = client([
      { year: 2024, total: 3n },
      { year: 2025, total: 0n },
    ]);
    await expect(queryRows(db, "dossiers by year", Row, Prisma.sql`SELECT 1`)).resolves.toEqual([
      { year: 2024, total: 3 },
      { year: 2025, total: 0 },
    ]);
  });

  it("names the query, the row and the column of a row that does not match", async () => {
    const db = client([
      { year: 2024, total: 3n },
      { year: 2025, total: "many" },
    ]);
    const err = await queryRows(db, "dossiers by year", Row, Prisma.sql`SELECT 1`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SqlRowError);
    expect(err).toMatchObject({ query: "dossiers by year", row: 1, column: "total" });
    expect((err as Error).message).toBe(
      'SQL query "dossiers by year", row 1, column "total": expected an integer, got text of 4 characters',
    );
  });

  it("queryOne wants exactly one row", async () => {
    await expect(queryOne(client([{ year: 2024, total: 1n }]), "one", Row, Prisma.sql`SELECT 1`)).resolves.toEqual({
      year: 2024,
      total: 1,
    });
    await expect(queryOne(client([]), "one", Row, Prisma.sql`SELECT 1`)).rejects.toThrow(
      'SQL query "one" returned 0 rows, expected exactly one',
    );
  });
});
