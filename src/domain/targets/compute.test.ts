// evaluateTarget on hand-made YearInputs: thresholds, exactness, zero denominators, no
// data, baseline, projection, formula text. Years with nothing reported, provisional years
// and narrowed views are in compute-honest.test.ts.
import { describe, expect, it } from "vitest";
import type { TargetCode, TargetDefinition } from "./definitions";
import { evaluateTarget } from "./compute";
import { meetsTarget } from "./achievement";
import { inputs, targetDefinition as def } from "./fixtures";
import type { YearInputs } from "./facts";

const NBSP = "\u00A0";
const one = (code: TargetCode, i: Partial<YearInputs>, d: TargetDefinition = def(code)) =>
  evaluateTarget(d, new Map([[2025, inputs(i)]]), 2025);

describe("strict and inclusive thresholds, exact arithmetic", () => {
  it("HTX_GOOD_FAIR: exactly 60 % (18 ÷ 30) is not 'trên 60 %'; 19 ÷ 30 is", () => {
    const e = one("HTX_GOOD_FAIR", { htxGoodFair: 18, htxEligible: 30 });
    expect([e.value, e.met]).toEqual([60, false]);
    expect(e.formula).toBe(`18 HTX xếp loại Tốt, Khá ÷ 30 HTX thuộc diện đánh giá = 60,0${NBSP}%`);
    expect(one("HTX_GOOD_FAIR", { htxGoodFair: 19, htxEligible: 30 }).met).toBe(true);
    expect(one("HTX_GOOD_FAIR", { htxGoodFair: 3, htxEligible: 5 }).met).toBe(false); // 60 % again
  });

  it("HTX_VALUE_CHAIN: exactly 50 % (15 ÷ 30) is 'ít nhất 50 %'; 14 ÷ 30 is not", () => {
    const e = one("HTX_VALUE_CHAIN", { htxWithChain: 15, activeHtx: 30 });
    expect([e.value, e.met, e.status]).toEqual([50, true, "ACHIEVED"]);
    expect(one("HTX_VALUE_CHAIN", { htxWithChain: 14, activeHtx: 30 }).met).toBe(false);
  });

  it("HTX_HIGH_TECH: 5 is not 'trên 05'; 6 is", () => {
    expect(one("HTX_HIGH_TECH", { htxHighTech: 5 }).met).toBe(false);
    expect(one("HTX_HIGH_TECH", { htxHighTech: 6 }).met).toBe(true);
  });

  it("THT_COUNT: 35 meets 'khoảng 35' (≥); 34 does not", () => {
    expect(one("THT_COUNT", { activeTht: 35 }).met).toBe(true);
    expect(one("THT_COUNT", { activeTht: 34 }).met).toBe(false);
  });

  it("ORG_DIGITAL needs exactly 100 %: 9 ÷ 10 no, 10 ÷ 10 yes", () => {
    expect(one("ORG_DIGITAL", { activeHtx: 10, htxDigital: 9 }).met).toBe(false);
    expect(one("ORG_DIGITAL", { activeHtx: 10, htxDigital: 10 }).met).toBe(true);
  });

  it("compares decimal thresholds in integers: 4 ÷ 7 = 57,142857… %", () => {
    // 4·100·10000 = 4 000 000 vs 571 428·7 = 3 999 996 (met) and 571 429·7 = 4 000 003 (not)
    expect(meetsTarget(4, 7, "GT", 57.1428)).toBe(true);
    expect(meetsTarget(4, 7, "GT", 57.1429)).toBe(false);
    expect(meetsTarget(1, 3, "GTE", 33.3333)).toBe(true);
    expect(meetsTarget(1, 3, "LTE", 33.3333)).toBe(false);
    expect(meetsTarget(5, null, "LT", 6)).toBe(true);
    expect(meetsTarget(0, 0, "GTE", 0)).toBeNull();
  });

  it("shows more decimals when one decimal would print the threshold itself", () => {
    expect(one("HTX_GOOD_FAIR", { htxGoodFair: 599, htxEligible: 1000 }).formula).toContain(`= 59,9${NBSP}%`);
    const e = one("HTX_GOOD_FAIR", { htxGoodFair: 5996, htxEligible: 10000 });
    expect(e.met).toBe(false);
    expect(e.formula).toContain(`= 59,96${NBSP}%`); // not "60,0 %"
  });
});

describe("missing data", () => {
  it("zero denominator: value null, met null, NOT_ENOUGH_DATA, flagged, formula says why", () => {
    const e = one("HTX_GOOD_FAIR", { htxGoodFair: 0, htxEligible: 0, htxIneligible: 2, activeHtx: 2 });
    expect([e.value, e.met, e.numerator, e.denominator, e.status, e.percentOfTarget]).toEqual([
      null,
      null,
      0,
      0,
      "NOT_ENOUGH_DATA",
      null,
    ]);
    expect(e.flags).toEqual([{ code: "ZERO_DENOMINATOR" }]);
    expect(e.formula).toBe("0 HTX xếp loại Tốt, Khá ÷ 0 HTX thuộc diện đánh giá: không tính được (mẫu số bằng 0)");
  });

  it("POP_SHARE without population: NO_POPULATION instead of the generic flag", () => {
    const e = one("POP_SHARE", { distinctMemberPersons: 50 });
    expect(e.value).toBeNull();
    expect(e.flags).toEqual([{ code: "NO_POPULATION" }]);
  });

  it("no data at all: NO_DATA, nulls, NOT_ENOUGH_DATA", () => {
    const e = evaluateTarget(def("HTX_COUNT"), new Map(), 2025);
    expect([e.value, e.numerator, e.denominator, e.met, e.baseline, e.projection, e.status]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      "NOT_ENOUGH_DATA",
    ]);
    expect(e.series).toEqual([]);
    expect(e.flags).toEqual([{ code: "NO_DATA" }]);
    expect(e.formula).toBe("Chưa có số liệu năm 2025");
    expect(e.statusExplanation).toBe("Chưa có số liệu năm 2025 để đánh giá tiến độ.");
  });

  it("earlier years but none for the assessed year: no value (stale data is not shown as current)", () => {
    const e = evaluateTarget(def("HTX_COUNT"), { 2023: inputs({ activeHtx: 20 }) }, 2025);
    expect([e.value, e.status]).toEqual([null, "NOT_ENOUGH_DATA"]);
    expect(e.baseline).toEqual({ year: 2023, value: 20 });
  });

  it("rejects non-integer inputs: YearInputs is an integer contract", () => {
    expect(() => one("HTX_COUNT", { activeHtx: 2.5 })).toThrow(RangeError);
  });
});

describe("series, baseline, projection, percent of target", () => {
  // HTX_GOOD_FAIR: 2020: 8 ÷ 20 = 40 %; 2022: zero denominator (no data); 2025: 10 ÷ 20 = 50 %; 2026 after asOfYear
  const series = {
    2020: inputs({ htxGoodFair: 8, htxEligible: 20 }),
    2022: inputs({}),
    2025: inputs({ htxGoodFair: 10, htxEligible: 20, htxEligibleUnrated: 3 }),
    2026: inputs({ htxGoodFair: 20, htxEligible: 20 }),
  };

  it("series up to asOfYear, baseline = first year with a value, linear projection to 2030", () => {
    const e = evaluateTarget(def("HTX_GOOD_FAIR"), series, 2025);
    expect(e.series).toEqual([
      { year: 2020, value: 40, numerator: 8, denominator: 20, provisional: false, missing: false },
      { year: 2022, value: null, numerator: 0, denominator: 0, provisional: false, missing: false },
      { year: 2025, value: 50, numerator: 10, denominator: 20, provisional: false, missing: false },
    ]);
    expect(e.baseline).toEqual({ year: 2020, value: 40 });
    // slope (50 - 40) / 5 = 2 points/yr; 2030: 50 + 2·5 = 60 (still not > 60)
    expect(e.projection).toEqual({ year: 2030, value: 60 });
    // observed 2/yr = required (60 - 40)/10 = 2/yr -> ratio 1
    expect([e.status, e.progress!.ratio]).toEqual(["ON_TRACK", 1]);
    expect(e.flags).toEqual([{ code: "UNRATED_ELIGIBLE", count: 3 }]);
    expect(e.percentOfTarget).toBeCloseTo((50 / 60) * 100, 10);
  });

  it("baselineYear option skips earlier years", () => {
    const e = evaluateTarget(def("HTX_GOOD_FAIR"), series, 2025, { baselineYear: 2021 });
    expect(e.baseline).toEqual({ year: 2025, value: 50 }); // 2022 has no value
    expect(e.status).toBe("NOT_ENOUGH_DATA");
    expect(e.projection).toBeNull();
  });

  it("projection of a rate is clamped to 100 %; of a count to >= 0", () => {
    // ORG_DIGITAL 50 % (2020) -> 90 % (2025): 8 points/yr, 2045 raw 90 + 8·20 = 250 -> 100
    const up = evaluateTarget(
      def("ORG_DIGITAL"),
      { 2020: inputs({ activeHtx: 10, htxDigital: 5 }), 2025: inputs({ activeHtx: 10, htxDigital: 9 }) },
      2025,
    );
    expect(up.projection).toEqual({ year: 2045, value: 100 });
    expect(up.status).toBe("ON_TRACK"); // 8 vs (100 - 50)/25 = 2 -> ratio 4
    // HTX_COUNT 20 (2020) -> 8 (2024)
    const down = evaluateTarget(
      def("HTX_COUNT"),
      { 2020: inputs({ activeHtx: 20 }), 2024: inputs({ activeHtx: 8 }) },
      2024,
    );
    // slope (8 - 20)/4 = -3/yr; 2030: 8 - 3·6 = -10 -> 0
    expect(down.projection).toEqual({ year: 2030, value: 0 });
    expect([down.status, down.progress!.deteriorating]).toEqual(["OFF_TRACK", true]);
  });

  it("THT_COUNT projection and percent of target beyond 100 % (not capped)", () => {
    // 20 (2020) -> 30 (2025): 2/yr -> 2030: 40; 42 of 35 = 120 % of target
    const e = evaluateTarget(
      def("THT_COUNT"),
      { 2020: inputs({ activeTht: 20 }), 2025: inputs({ activeTht: 30 }) },
      2025,
    );
    expect(e.projection).toEqual({ year: 2030, value: 40 });
    expect(e.status).toBe("ON_TRACK");
    expect(one("THT_COUNT", { activeTht: 42 }).percentOfTarget).toBeCloseTo(120, 10);
  });

  it("accepts a Map or a Record and gives the same result", () => {
    const fromRecord = evaluateTarget(def("HTX_GOOD_FAIR"), series, 2025);
    const fromMap = evaluateTarget(
      def("HTX_GOOD_FAIR"),
      new Map(Object.entries(series).map(([y, v]) => [Number(y), v])),
      2025,
    );
    expect(fromMap).toEqual(fromRecord);
  });
});
