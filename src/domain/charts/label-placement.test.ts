import { describe, expect, it } from "vitest";
import { niceAxis } from "./axis";
import { DEMO_SERIES } from "./demo-series.fixture";
import { placeTargetLabel, type LabelInput, type PlotPoint } from "./label-placement";

// The web card's plot: about 300 × 120 px; the label "Mục tiêu" at 10 px.
const W = 300;
const H = 120;
const LABEL = { width: 48, height: 12 };

/** Years (default 2022–2025) and values to plot pixels on a niceAxis axis, as the charts draw them. */
function plot(opts: {
  years?: number[];
  values: number[];
  horizonYear: number;
  projection?: number;
  target: number;
  percent?: boolean;
}) {
  const years = opts.years ?? [2022, 2023, 2024, 2025];
  const percent = opts.percent ?? true;
  const axis = niceAxis([...opts.values, opts.projection], { target: opts.target, percent, integer: !percent });
  const first = years[0]!;
  const x = (year: number) => ((year - first) / (opts.horizonYear - first)) * W;
  const y = (v: number) => H - (v / axis.max) * H;
  const actual: PlotPoint[] = years.map((year, i) => ({ x: x(year), y: y(opts.values[i]!) }));
  const lines = [actual];
  if (opts.projection !== undefined) lines.push([actual.at(-1)!, { x: x(opts.horizonYear), y: y(opts.projection) }]);
  return { width: W, height: H, lineY: y(opts.target), label: LABEL, lines, gap: 3 } satisfies LabelInput;
}

const inside = (box: { x: number; y: number; width: number; height: number }) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= W && box.y + box.height <= H;

describe("the target line's label", () => {
  it.each(DEMO_SERIES)("$code (demo data): clear of the data lines and inside the plot", (d) => {
    const input = plot(d);
    const place = placeTargetLabel(input);
    expect(place.overlaps).toBe(false);
    expect(inside(place.box)).toBe(true);
  });

  it.each([
    {
      when: "data just above the target, then nothing to the horizon: above, where the line has not reached",
      values: [60.2, 60.4, 60.1, 60.3],
      horizonYear: 2030,
      expected: { vertical: "above", horizontal: "right" },
    },
    {
      when: "data just below the target all along: the label goes above",
      values: [59.6, 59.8, 59.7, 59.9],
      horizonYear: 2030,
      expected: { vertical: "above", horizontal: "left" },
    },
    {
      when: "data just above the target across the whole width: the label goes below",
      values: [60.2, 60.4, 60.1, 60.3],
      horizonYear: 2025,
      expected: { vertical: "below" },
    },
    {
      when: "data just above the target on the left, the trend below on the right: above, at the right",
      values: [60.5, 60.3, 60.2, 59.5],
      horizonYear: 2030,
      projection: 58,
      expected: { vertical: "above", horizontal: "right" },
    },
  ])("$when", ({ values, horizonYear, projection, expected }) => {
    const input = plot({ values, horizonYear, projection, target: 60 });
    expect(placeTargetLabel(input)).toMatchObject({ ...expected, overlaps: false });
  });

  it("the HTX_GOOD_FAIR card users reported (59,1 % against 60 %): no longer under the line", () => {
    const d = DEMO_SERIES.find((s) => s.code === "HTX_GOOD_FAIR")!;
    const input = plot(d);
    const place = placeTargetLabel(input);
    expect(place.overlaps).toBe(false);
    // The label's box stays clear of the 2025 point (59,1 %) just under the line.
    const p2025 = input.lines[0]![3]!;
    const b = place.box;
    expect(p2025.x >= b.x && p2025.x <= b.x + b.width && p2025.y >= b.y && p2025.y <= b.y + b.height).toBe(false);
  });

  it("a target at the top of the axis: below the line, never cut off", () => {
    const input = plot({ values: [30, 29, 33, 42], horizonYear: 2045, target: 100 });
    const place = placeTargetLabel(input);
    expect(place.vertical).toBe("below");
    expect(inside(place.box)).toBe(true);
  });

  it("a line through every position: the least covered one, and says so", () => {
    const zigzag = [0, 40, 80, 120, 160, 200, 240, 280, 300].map((x, i) => ({ x, y: i % 2 ? 45 : 75 }));
    const place = placeTargetLabel({ width: W, height: H, lineY: 60, label: LABEL, lines: [zigzag] });
    expect(place.overlaps).toBe(true);
    expect(inside(place.box)).toBe(true);
  });

  it("a single point (one year of data) is avoided too", () => {
    const place = placeTargetLabel({ width: W, height: H, lineY: 60, label: LABEL, lines: [[{ x: 20, y: 50 }]] });
    expect(place).toMatchObject({ vertical: "above", horizontal: "right", overlaps: false });
  });
});
