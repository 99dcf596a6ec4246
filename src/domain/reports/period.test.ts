import { describe, expect, it } from "vitest";
import { computePeriod, defaultPeriod, defaultReportTitle, lastDayOfMonth, PeriodError, periodLabel } from "./period";

const TODAY = "2026-11-29";

describe("report periods", () => {
  it("quarters end on the last day of their third month", () => {
    expect(computePeriod({ periodType: "QUARTER", year: 2025, periodNo: 1 }, TODAY)).toMatchObject({
      start: "2025-01-01",
      end: "2025-03-31",
      asOf: "2025-03-31",
      running: false,
    });
    expect(computePeriod({ periodType: "QUARTER", year: 2024, periodNo: 2 }, TODAY).asOf).toBe("2024-06-30");
    expect(computePeriod({ periodType: "QUARTER", year: 2026, periodNo: 3 }, TODAY).asOf).toBe("2026-09-30");
  });

  it("a running period is reported up to today", () => {
    const q4 = computePeriod({ periodType: "QUARTER", year: 2026, periodNo: 4 }, TODAY);
    expect(q4).toMatchObject({ start: "2026-10-01", end: "2026-12-31", asOf: TODAY, running: true });
    expect(computePeriod({ periodType: "YEAR", year: 2026 }, TODAY).asOf).toBe(TODAY);
  });

  it("halves and years", () => {
    expect(computePeriod({ periodType: "HALF", year: 2026, periodNo: 1 }, TODAY)).toMatchObject({
      start: "2026-01-01",
      asOf: "2026-06-30",
    });
    expect(computePeriod({ periodType: "HALF", year: 2025, periodNo: 2 }, TODAY).asOf).toBe("2025-12-31");
    expect(computePeriod({ periodType: "YEAR", year: 2025 }, TODAY)).toMatchObject({
      year: 2025,
      periodNo: null,
      start: "2025-01-01",
      asOf: "2025-12-31",
    });
  });

  it("as of a date: the year of the date, from 1 January", () => {
    expect(computePeriod({ periodType: "AS_OF", asOf: "2024-02-29" }, TODAY)).toMatchObject({
      year: 2024,
      start: "2024-01-01",
      asOf: "2024-02-29",
    });
  });

  it("refuses impossible and future periods", () => {
    expect(() => computePeriod({ periodType: "QUARTER", year: 2026, periodNo: 5 }, TODAY)).toThrow(PeriodError);
    expect(() => computePeriod({ periodType: "HALF", year: 2026, periodNo: 3 }, TODAY)).toThrow(PeriodError);
    expect(() => computePeriod({ periodType: "AS_OF", asOf: "2025-02-29" }, TODAY)).toThrow(PeriodError);
    expect(() => computePeriod({ periodType: "AS_OF", asOf: "2026-12-01" }, TODAY)).toThrow(/sau ngày hôm nay/);
    expect(() => computePeriod({ periodType: "YEAR", year: 2027 }, TODAY)).toThrow(/chưa bắt đầu/);
  });

  it("leap years", () => {
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
  });

  it("labels and titles in Vietnamese", () => {
    const q3 = computePeriod({ periodType: "QUARTER", year: 2026, periodNo: 3 }, TODAY);
    expect(periodLabel(q3)).toBe("quý III năm 2026");
    expect(periodLabel(computePeriod({ periodType: "HALF", year: 2026, periodNo: 1 }, TODAY))).toBe(
      "6 tháng đầu năm 2026",
    );
    expect(periodLabel(computePeriod({ periodType: "AS_OF", asOf: "2026-10-15" }, TODAY))).toBe("đến ngày 15/10/2026");
    expect(defaultReportTitle("SO_KET", q3)).toMatch(/^Kết quả thực hiện .* quý III năm 2026$/);
    expect(defaultReportTitle("DINH_KY", q3, "Nghị quyết 20-NQ/TW")).toBe(
      "Tình hình thực hiện Nghị quyết 20-NQ/TW về phát triển kinh tế tập thể quý III năm 2026",
    );
  });
});

describe("the default period of a new report", () => {
  it.each([
    ["2026-12-03", { kind: "TONG_KET", periodType: "YEAR", year: 2026 }],
    ["2026-11-20", { kind: "TONG_KET", periodType: "YEAR", year: 2026 }],
    ["2027-01-10", { kind: "TONG_KET", periodType: "YEAR", year: 2026 }],
    ["2027-02-05", { kind: "DINH_KY", periodType: "QUARTER", year: 2026, periodNo: 4 }],
    ["2026-03-25", { kind: "DINH_KY", periodType: "QUARTER", year: 2026, periodNo: 1 }],
    ["2026-04-02", { kind: "DINH_KY", periodType: "QUARTER", year: 2026, periodNo: 1 }],
    ["2026-05-31", { kind: "DINH_KY", periodType: "QUARTER", year: 2026, periodNo: 1 }],
    ["2026-06-15", { kind: "SO_KET", periodType: "HALF", year: 2026, periodNo: 1 }],
    ["2026-07-10", { kind: "SO_KET", periodType: "HALF", year: 2026, periodNo: 1 }],
    ["2026-08-10", { kind: "DINH_KY", periodType: "QUARTER", year: 2026, periodNo: 2 }],
    ["2026-09-20", { kind: "DINH_KY", periodType: "QUARTER", year: 2026, periodNo: 3 }],
    ["2026-10-05", { kind: "DINH_KY", periodType: "QUARTER", year: 2026, periodNo: 3 }],
  ])("on %s", (today, expected) => {
    expect(defaultPeriod(today)).toEqual(expected);
  });

  it("is always a period that has started, whatever the day", () => {
    for (let d = Date.UTC(2025, 0, 1); d <= Date.UTC(2026, 11, 31); d += 86_400_000) {
      const today = new Date(d).toISOString().slice(0, 10);
      const p = defaultPeriod(today);
      expect(() => computePeriod(p, today), today).not.toThrow();
    }
  });
});
