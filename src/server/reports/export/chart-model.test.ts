// The small target charts of the PDF and of the Word export share one model: the web
// chart's value axis (round top, the target on it) and a "Mục tiêu" label clear of the
// data, and a gap where a year has nothing reported.
import { describe, expect, it } from "vitest";
import type { SnapshotTarget } from "@/domain/reports/snapshot";
import { snapshotTarget } from "@/domain/reports/snapshot.fixture";
import { lineChart } from "./chart-model";

const LABEL = { width: 24, height: 7, gap: 1.5 };

const target = (over: Partial<SnapshotTarget>): SnapshotTarget =>
  snapshotTarget({
    year: 2025,
    value: 26,
    numerator: 26,
    status: "ON_TRACK",
    series: [19, 21, 23, 26].map((value, i) => ({ year: 2022 + i, value, numerator: value, denominator: null })),
    trend: { from: { year: 2022, value: 19 }, to: { year: 2025, value: 26 }, annualChange: 2.3 },
    projection: { year: 2030, value: 38 },
    ...over,
  });

describe("lineChart", () => {
  it("has a round value axis from 0 with the target's tick marked", () => {
    const c = lineChart(target({}), true, 202, 80, LABEL);
    expect(c.ticks.map((t) => t.text)).toEqual(["0", "10", "20", "30", "40"]);
    expect(c.ticks.filter((t) => t.target).map((t) => t.text)).toEqual(["30"]);
    expect(c.grid).toHaveLength(5);
    // The top tick is the plot's top (pad 4), the 0 tick its bottom.
    expect(c.ticks.at(-1)!.y).toBe(4);
    expect(c.ticks[0]!.y).toBe(76);
    expect(c.targetY).toBe(c.ticks[3]!.y);
  });

  it("puts 'Mục tiêu' next to the target line, clear of the data and the trend", () => {
    const c = lineChart(target({}), true, 202, 80, LABEL);
    const box = c.targetLabel!;
    // Above or below the line, the gap away.
    expect([c.targetY! - LABEL.gap - LABEL.height, c.targetY! + LABEL.gap]).toContain(box.y);
    // The trend reaches the target's level near the right end: the label is at the left.
    expect(box.x).toBe(4);
  });

  it("percentages: the tick labels carry the sign, the target among them", () => {
    const c = lineChart(
      target({
        unit: "PERCENT",
        target: 60,
        series: [40, 45, 50].map((value, i) => ({ year: 2023 + i, value, numerator: null, denominator: null })),
        trend: undefined,
        projection: null,
      }),
      true,
      202,
      80,
      LABEL,
    );
    expect(c.ticks.at(-1)!.text.endsWith(" %")).toBe(true);
    expect(c.ticks.some((t) => t.target && t.text === "60 %")).toBe(true);
  });

  it("a narrowed view has no target line, no label and no red tick", () => {
    const c = lineChart(target({}), false, 202, 80, LABEL);
    expect(c.targetY).toBeNull();
    expect(c.targetLabel).toBeNull();
    expect(c.ticks.some((t) => t.target)).toBe(false);
  });

  it("a year with nothing reported breaks the line; a provisional year is a hollow point", () => {
    const series = [
      { year: 2022, value: 19, numerator: 19, denominator: null },
      { year: 2023, value: null, numerator: null, denominator: null, missing: true },
      { year: 2024, value: 23, numerator: 23, denominator: null },
      { year: 2025, value: 26, numerator: 26, denominator: null, provisional: true },
    ];
    const c = lineChart(target({ series }), true, 202, 80, LABEL);
    expect(c.lines).toHaveLength(1);
    expect(c.points.map((p) => p.year)).toEqual([2022, 2024, 2025]);
    expect(c.points.map((p) => p.provisional)).toEqual([false, false, true]);
  });
});
