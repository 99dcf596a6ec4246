// evaluateTarget on hand-made YearInputs: thresholds, exactness, zero denominators, no
// data, baseline, projection, formula text.
import { describe, expect, it } from "vitest";
import { DEFAULT_TARGETS, type TargetCode, type TargetDefinition } from "./definitions";
import { evaluateTarget, meetsTarget, trendOf, trendPoints, trendText } from "./compute";
import { inputs } from "./fixtures";
import type { YearInputs } from "./facts";

const NBSP = "\u00A0";
const def = (code: TargetCode): TargetDefinition => DEFAULT_TARGETS.find((d) => d.code === code)!;
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

describe("no data is not zero", () => {
  // THT_COUNT 2022: 10, 2023: 12, 2024: nothing reported (the loader still returns an
  // all-zero YearInputs for it), 2025: 16.
  const years = {
    2022: inputs({ activeTht: 10 }),
    2023: inputs({ activeTht: 12 }),
    2024: inputs({}),
    2025: inputs({ activeTht: 16 }),
  };
  const missing2024 = { missingYears: new Set([2024]) };

  it("a year with nothing reported is a null point, never a 0 point", () => {
    const e = evaluateTarget(def("THT_COUNT"), years, 2025, missing2024);
    const p2024 = e.series.find((p) => p.year === 2024)!;
    expect(p2024).toEqual({
      year: 2024,
      value: null,
      numerator: null,
      denominator: null,
      provisional: false,
      missing: true,
    });
    expect(e.series.some((p) => p.value === 0)).toBe(false);
  });

  it("the trend skips the missing year: 10 (2022) -> 16 (2025), 2 a year, not dragged to 0", () => {
    const e = evaluateTarget(def("THT_COUNT"), years, 2025, missing2024);
    expect(e.trend).toEqual({ from: { year: 2022, value: 10 }, to: { year: 2025, value: 16 }, annualChange: 2 });
    expect(e.projection).toEqual({ year: 2030, value: 26 });
    // Without the mark the same zeros would have made a point 0 in 2024.
    const naive = evaluateTarget(def("THT_COUNT"), years, 2025);
    expect(naive.series.find((p) => p.year === 2024)!.value).toBe(0);
  });

  it("the assessed year missing: no value, NO_DATA, no trend, no projection (never across the gap)", () => {
    const e = evaluateTarget(def("THT_COUNT"), years, 2024, missing2024);
    expect([e.value, e.numerator, e.missing, e.status, e.met]).toEqual([null, null, true, "NOT_ENOUGH_DATA", null]);
    expect(e.flags).toEqual([{ code: "NO_DATA" }]);
    expect(e.formula).toBe("Chưa có số liệu năm 2024");
    expect(e.baseline).toEqual({ year: 2022, value: 10 });
    expect(e.trend).toBeNull();
    expect(e.projection).toBeNull();
  });

  it("a gap after the last closed year stops the projection, even when a later provisional year has data", () => {
    const s = { ...years, 2024: inputs({ activeTht: 14 }), 2025: inputs({}), 2026: inputs({ activeTht: 20 }) };
    const e = evaluateTarget(def("THT_COUNT"), s, 2026, { missingYears: new Set([2025]), isClosed: (y) => y < 2026 });
    expect(e.series.map((p) => [p.year, p.value, p.missing])).toEqual([
      [2022, 10, false],
      [2023, 12, false],
      [2024, 14, false],
      [2025, null, true],
      [2026, 20, false],
    ]);
    expect(e.trend).toBeNull();
    expect(e.projection).toBeNull();
  });

  it("trendPoints: closed years with a value, none after a gap", () => {
    const point = (year: number, value: number | null, o: { provisional?: boolean; missing?: boolean } = {}) => ({
      year,
      value,
      numerator: value,
      denominator: null,
      provisional: o.provisional ?? false,
      missing: o.missing ?? false,
    });
    const s = [
      point(2022, 1),
      point(2023, null, { missing: true }),
      point(2024, 3),
      point(2025, 9, { provisional: true }),
    ];
    expect(trendPoints(s, 2025)).toEqual([
      { year: 2022, value: 1 },
      { year: 2024, value: 3 },
    ]);
    expect(trendPoints(s, 2025, 2023)).toEqual([{ year: 2024, value: 3 }]);
    expect(trendPoints([...s, point(2026, null, { missing: true })], 2026)).toEqual([]);
    expect(trendOf(trendPoints(s, 2025))).toEqual({
      from: { year: 2022, value: 1 },
      to: { year: 2024, value: 3 },
      annualChange: 1,
    });
    expect(trendOf([{ year: 2024, value: 3 }])).toBeNull();
  });
});

describe("provisional years", () => {
  // HTX_COUNT: closed 2022 (10), 2023 (12), 2024 (14), 2025 (16); 2026 provisional with a
  // half-reported 2 that would otherwise read as a collapse.
  const years = {
    2022: inputs({ activeHtx: 10 }),
    2023: inputs({ activeHtx: 12 }),
    2024: inputs({ activeHtx: 14 }),
    2025: inputs({ activeHtx: 16 }),
    2026: inputs({ activeHtx: 2 }),
  };
  const isClosed = (y: number) => y <= 2025;

  it("the provisional year gets no status, no met, no % kế hoạch", () => {
    const e = evaluateTarget(def("HTX_COUNT"), years, 2026, { isClosed });
    expect([e.provisional, e.judged, e.value]).toEqual([true, false, 2]);
    expect([e.status, e.progress, e.met, e.percentOfTarget]).toEqual([null, null, null, null]);
    expect(e.statusExplanation).toMatch(/^Năm 2026 chưa khoá sổ: số liệu tạm tính/);
    expect(e.series.map((p) => p.provisional)).toEqual([false, false, false, false, true]);
  });

  it("trends and projections use closed years only: the provisional point does not bend them", () => {
    const e = evaluateTarget(def("HTX_COUNT"), years, 2026, { isClosed });
    expect(e.trend).toEqual({ from: { year: 2022, value: 10 }, to: { year: 2025, value: 16 }, annualChange: 2 });
    // From 2025's 16 at 2 a year: 2030 -> 26, not extrapolated down from 2.
    expect(e.projection).toEqual({ year: 2030, value: 26 });
  });

  it("a provisional year inside the closed ones (reopened) is skipped by the baseline and the trend", () => {
    const e = evaluateTarget(def("HTX_COUNT"), years, 2025, { isClosed: (y) => y !== 2022 && y <= 2025 });
    expect(e.baseline).toEqual({ year: 2023, value: 12 });
    // observed (16 - 12)/2 = 2/yr vs (30 - 12)/7 ≈ 2,57 needed: ratio 0,78
    expect(e.status).toBe("NEEDS_ACCELERATION");
    expect(e.progress!.ratio).toBeCloseTo(2 / (18 / 7), 10);
  });

  it("a closed year is judged as before", () => {
    const e = evaluateTarget(def("HTX_COUNT"), years, 2025, { isClosed });
    expect([e.provisional, e.judged, e.status]).toEqual([false, true, e.progress!.status]);
    expect(e.percentOfTarget).toBeCloseTo((16 / 30) * 100, 10);
  });
});

describe("narrowed views are not judged", () => {
  it("judge: false keeps value and trend, drops status, met and % kế hoạch", () => {
    const e = evaluateTarget(
      def("THT_COUNT"),
      { 2024: inputs({ activeTht: 4 }), 2025: inputs({ activeTht: 70 }) },
      2025,
      { judge: false },
    );
    expect([e.value, e.judged, e.status, e.met, e.percentOfTarget]).toEqual([70, false, null, null, null]);
    expect(e.trend?.annualChange).toBe(66);
    expect(e.statusExplanation).toMatch(/thu hẹp phạm vi/);
    expect(trendText(e.trend, "COUNT")).toBe("Xu hướng 2024–2025: bình quân mỗi năm tăng 66");
    expect(trendText(null, "PERCENT")).toMatch(/Chưa đủ số liệu/);
  });
});
