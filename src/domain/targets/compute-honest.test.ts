// The three rules that keep a figure honest (issue 10), on hand-made YearInputs: a year
// with nothing reported is a gap, never 0; a provisional year is shown, never judged nor
// used for a trend; a narrowed view is not judged against the district's targets.
import { describe, expect, it } from "vitest";
import { evaluateTarget, trendOf, trendPoints, trendText } from "./compute";
import { inputs, targetDefinition as def } from "./fixtures";

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
