// Property-based bad input: every registered action's payload (the valid one of
// authz-expectations.ts) mutated by fast-check — wrong types, huge strings, negative,
// NaN and infinite numbers, impossible dates, odd unicode, missing and extra fields,
// ids of other communes' records — and sent as an object or as FormData by a district
// officer; then malformed spreadsheets through the importer. Every call must answer
// { ok } without throwing and without an unexpected ("mã tham chiếu") error, and a
// refused call must leave every table's row count as it was.
import fc from "fast-check";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { COLUMNS_BY_KIND, IMPORT_KINDS, type ImportKind } from "@/domain/import/columns";
import type { ActionResult } from "@/domain/actions/action-result";
import { getAction } from "@/server/actions/registry";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { createActionWorld, tableCounter, type ActionWorld } from "./action-world";
import { loadAllActions } from "./all-actions";
import { ACTION_EXPECTATIONS } from "./authz-expectations";

const NUM_RUNS = Math.max(200, Number(process.env.FUZZ_RUNS ?? 200));
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

let w: ActionWorld;
let counts: () => Promise<Record<string, number>>;
/** Row counts as last read, and the transaction id horizon at that time. */
let known: { counts: Record<string, number>; xmax: string };
/** Ids of records in the other commune, of other kinds, and ids no row has. */
let foreignIds: number[];

const xmax = async () =>
  (await w.prisma.$queryRawUnsafe<{ x: string }[]>(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`))[0].x;

beforeAll(async () => {
  await loadAllActions();
  w = await createActionWorld();
  counts = await tableCounter(w.prisma);
  const o = await w.make.organisation(w.communeOther);
  const report = await w.make.annualReport(o.id, "APPROVED");
  const support = await w.make.support(o.id);
  const member = await w.make.membership(o.id, w.communeOther);
  foreignIds = [o.id, report.id, support.id, member.id, w.communeOther, w.admin.id, 2_147_483_647, 2_147_483_648];
  known = { counts: await counts(), xmax: await xmax() };
});
afterAll(async () => w?.db.dispose());

/**
 * Fails when a refused call changed a row count. Recounting every table per input is
 * slow, so the counts are re-read only when a transaction that wrote (even one rolled
 * back) has ended since the last look: PostgreSQL's next transaction id has moved.
 */
async function assertNothingWritten(refused: boolean, label: string) {
  const now = await xmax();
  if (now === known.xmax) return;
  const after = await counts();
  if (refused) expect(after, `partial write: ${label}`).toEqual(known.counts);
  known = { counts: after, xmax: await xmax() };
}

/** A result as the wrapper promises it: never a throw, ok or a message, no unexpected error. */
async function callAndCheck(run: () => Promise<unknown>, label: string) {
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  let result: ActionResult<unknown>;
  try {
    result = (await run()) as ActionResult<unknown>;
  } catch (e) {
    throw new Error(`threw on ${label}: ${e instanceof Error ? e.stack : String(e)}`);
  } finally {
    errors.mockRestore();
  }
  expect(typeof result.ok, label).toBe("boolean");
  if (!result.ok) {
    expect(result.error, label).toEqual(expect.any(String));
    expect(result.error.length, label).toBeGreaterThan(0);
    expect(result.ref, `unexpected error ${result.error} on ${label}`).toBeUndefined();
  }
  expect(errors, `logged an unexpected error on ${label}`).not.toHaveBeenCalled();
  await assertNothingWritten(!result.ok, label);
  return result;
}

// ---------------------------------------------------------------- values

const DROP = Symbol("drop");

const nastyValues = fc.constantFrom<unknown>(
  null,
  undefined,
  "",
  "   ",
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -0,
  0,
  1.5,
  2 ** 31,
  2 ** 53,
  Number.MAX_VALUE,
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "0x1F",
  "１２３",
  "9223372036854775808",
  "-9223372036854775809",
  "1.000.000.000.000.000.000.000",
  "2025-02-30",
  "2025-13-01",
  "0000-00-00",
  "31/12/2025",
  "9999-12-31",
  "1899-12-31",
  "2025-01-01T00:00:00Z",
  new Date(Number.NaN),
  new Date("1970-01-01"),
  true,
  false,
  [],
  ["1", "2"],
  {},
  { nested: { deep: [1] } },
  "<script>alert(1)</script>",
  `'; DROP TABLE "User"; --`,
  "\u0000",
  "\ud800",
  "Hợp tác xã \u0301\u0301\u0301",
  "🙂".repeat(500),
  "ĐƯỜNG\tLÀNG\r\nẤP 3",
);

const hugeString = fc.integer({ min: 1_000, max: 200_000 }).map((n) => "ắ".repeat(n));

const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyValues },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }).map((d) => (d.getTime() ? d.toISOString() : "x")) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

const idValue = () => fc.constantFrom(...foreignIds).chain((id) => fc.constantFrom<unknown>(id, String(id), -id));

/** The valid payload with 1+ fields replaced or dropped, maybe extra fields, as an object or FormData. */
function malformed(base: Record<string, unknown>) {
  const keys = Object.keys(base);
  const edited = fc
    .uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: keys.length })
    .chain((ks) =>
      fc.tuple(
        fc.constant(ks),
        fc.array(
          fc.oneof(
            { weight: 6, arbitrary: badValue },
            { weight: 2, arbitrary: idValue() },
            { weight: 1, arbitrary: fc.constant<unknown>(DROP) },
          ),
          { minLength: ks.length, maxLength: ks.length },
        ),
      ),
    );
  return fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(edited, fc.dictionary(fc.string({ maxLength: 12 }), badValue, { maxKeys: 3 }), fc.boolean())
        .map(([[ks, vs], extra, asForm]) => {
          const payload: Record<string, unknown> = { ...extra, ...base };
          ks.forEach((k, i) => (vs[i] === DROP ? delete payload[k] : (payload[k] = vs[i])));
          return asForm ? toFormData(payload) : payload;
        }),
    },
    // Not even an object.
    { weight: 1, arbitrary: fc.oneof(fc.anything({ maxDepth: 1 }), fc.constant(new FormData())) },
  );
}

function toFormData(payload: Record<string, unknown>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(payload)) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item === undefined) continue;
      fd.append(k, item instanceof Blob ? item : typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
  return fd;
}

const describeInput = (input: unknown) =>
  input instanceof FormData
    ? `FormData ${JSON.stringify([...input.entries()].map(([k, v]) => [k, String(v).slice(0, 80)]))}`
    : (JSON.stringify(input, (_k, v) =>
        typeof v === "bigint" ? `${v}n` : typeof v === "string" ? v.slice(0, 80) : v,
      ) ?? String(input));

// ---------------------------------------------------------------- forms

describe("every action's schema and handler under malformed input", () => {
  it.each(Object.keys(ACTION_EXPECTATIONS))(
    `%s: ${NUM_RUNS} inputs, no throw, no 500, no partial write`,
    async (name) => {
      const action = getAction(name)!;
      const base = await ACTION_EXPECTATIONS[name].payload(w, w.communeOwn);
      known = { counts: await counts(), xmax: await xmax() };
      await fc.assert(
        fc.asyncProperty(malformed(base), async (input) => {
          await callAndCheck(() => action.run(w.district, input, w.prisma), `${name} ${describeInput(input)}`);
        }),
        { numRuns: NUM_RUNS, seed: SEED, endOnFailure: true },
      );
    },
  );
});

// ---------------------------------------------------------------- importer

/** A cell of any column: plausible, empty, or hostile. */
const cell = fc.oneof(
  fc.constantFrom("", "HTX", "THT", "2025", "25", "1.500.000", "dang_hoat_dong", "nong_nghiep", "co", "01/02/2024"),
  fc.constantFrom('"', '""', 'a"b', "a,b;c\td", "=1+2", "-5", "1e9", "NaN", "31/02/2025", "2025-99-99", "\ufeff"),
  fc.constantFrom("9223372036854775808", "-9223372036854775809", "2147483648", "1.000.000.000.000.000.000.000"),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer({ min: -1e12, max: 1e12 }).map(String),
);

/** Each file carries at least one defect the importer must report. */
const DEFECTS = [
  "unknown-column",
  "missing-column",
  "duplicate-column",
  "bad-year",
  "unknown-commune",
  "bad-encoding",
  "empty",
] as const;

const spreadsheet = fc.record({
  kind: fc.constantFrom<ImportKind>(...IMPORT_KINDS),
  defect: fc.constantFrom(...DEFECTS),
  labels: fc.boolean(),
  note: fc.boolean(),
  bom: fc.boolean(),
  delimiter: fc.constantFrom(",", ";", "\t"),
  raw: fc.boolean(),
  rows: fc.array(fc.array(cell, { maxLength: 24 }), { minLength: 0, maxLength: 8 }),
  blankLines: fc.array(fc.nat({ max: 10 }), { maxLength: 3 }),
  crlf: fc.boolean(),
});

type Spreadsheet = typeof spreadsheet extends fc.Arbitrary<infer T> ? T : never;

function buildFile(s: Spreadsheet, communeCode: string): Uint8Array {
  const columns = COLUMNS_BY_KIND[s.kind];
  let header = columns.map((c) => (s.labels ? c.label : c.key));
  if (s.defect === "unknown-column") header = [...header, "cot_la"];
  if (s.defect === "missing-column") header = header.filter((_, i) => i !== columns.findIndex((c) => c.required));
  if (s.defect === "duplicate-column") header = [...header, header[header.length - 1]];
  // Good values of a few columns (by key and by label); a row made of them alone lacks required cells.
  const good: Record<string, string> = { ma_xa: communeCode, nam: "2025", ma_to_chuc: "HTX-FUZZ" };
  for (const c of columns) if (good[c.key]) good[c.label] = good[c.key];
  const rows = s.rows.map((r) => header.map((h, i) => r[i] ?? good[h] ?? ""));
  // The first data row has empty required cells, and maybe the defect of the file.
  const first = header.map((h) => good[h] ?? "");
  const yearAt = header.findIndex((h) => h === "nam" || h === "Năm" || h === "ngay_vao" || h === "Ngày vào");
  const communeAt = header.findIndex((h) => h === "ma_xa" || h === "Mã xã");
  if (s.defect === "bad-year" && yearAt >= 0) first[yearAt] = "năm 20x5";
  if (s.defect === "unknown-commune" && communeAt >= 0) first[communeAt] = "99999";
  const table = s.defect === "empty" ? [] : [header, ...(s.note ? [columns.map((c) => c.label)] : []), first, ...rows];
  const newline = s.crlf ? "\r\n" : "\n";
  let text = s.raw
    ? table.map((r) => r.join(s.delimiter)).join(newline)
    : Papa.unparse(table, { delimiter: s.delimiter, newline });
  for (const at of s.blankLines) {
    const lines = text.split(newline);
    lines.splice(Math.min(at, lines.length), 0, "");
    text = lines.join(newline);
  }
  const bytes = new TextEncoder().encode((s.bom ? "\ufeff" : "") + text);
  // Latin-1 bytes that are not UTF-8: the importer must ask for a UTF-8 file.
  return s.defect === "bad-encoding" ? Uint8Array.from([...bytes, 0xe0, 0x28, 0x61]) : bytes;
}

describe("the importer under malformed spreadsheets", () => {
  it(`${NUM_RUNS} malformed CSV files: errors reported, nothing written`, async () => {
    const communeCode = w.communeCode(w.communeOwn);
    known = { counts: await counts(), xmax: await xmax() };
    await fc.assert(
      fc.asyncProperty(spreadsheet, async (s) => {
        const bytes = buildFile(s, communeCode);
        const file = new File([bytes as Uint8Array<ArrayBuffer>], "du-lieu.csv", { type: "text/csv" });
        const label = `${s.kind}/${s.defect}: ${new TextDecoder().decode(bytes).slice(0, 300)}`;
        const result = await callAndCheck(
          () => importSpreadsheet.run(w.district, { kind: s.kind, file }, w.prisma),
          label,
        );
        expect(result.ok, label).toBe(false);
      }),
      { numRuns: NUM_RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
