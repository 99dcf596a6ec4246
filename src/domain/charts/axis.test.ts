import { describe, expect, it } from "vitest";
import { niceAxis, type ValueAxis } from "./axis";
import { DEMO_SERIES as DEMO } from "./demo-series.fixture";

const NICE = [1, 2, 2.5, 5];
const isNiceStep = (s: number) => NICE.some((m) => Math.abs(s / 10 ** Math.floor(Math.log10(s)) - m) < 1e-9);

function expectWellFormed(axis: ValueAxis, top: number, target: number | null) {
  expect(axis.max).toBeGreaterThanOrEqual(top);
  expect(isNiceStep(axis.step)).toBe(true);
  expect(axis.ticks[0]).toBe(0);
  expect(axis.ticks.at(-1)).toBeCloseTo(axis.max, 9);
  axis.ticks.slice(1).forEach((t, i) => expect(t - axis.ticks[i]!).toBeCloseTo(axis.step, 9));
  expect(axis.ticks.length - 1).toBeLessThanOrEqual(5);
  if (target !== null) expect(axis.labels).toContain(target);
  // Labels never crowd each other: at least 0,6 of a step apart.
  axis.labels.slice(1).forEach((t, i) => expect(t - axis.labels[i]!).toBeGreaterThanOrEqual(0.6 * axis.step - 1e-9));
}

describe("niceAxis", () => {
  it.each(DEMO)("$code: a round top above data and target, even ticks, the target on the axis", (d) => {
    const values = [...d.values, d.projection];
    const axis = niceAxis(values, { target: d.target, percent: d.percent, integer: !d.percent });
    expectWellFormed(axis, Math.max(...values, d.target), d.target);
    if (d.percent) expect(axis.max).toBeLessThanOrEqual(100);
  });

  it("the odd maxima users saw become round numbers", () => {
    // Before: ceil(max × 1,1) gave 6.292, 11.655 and 13.271.
    expect(niceAxis([5720], { target: 5000, integer: true })).toMatchObject({
      max: 7500,
      ticks: [0, 2500, 5000, 7500],
    });
    expect(niceAxis([10595], { target: 10500, integer: true }).max).toBe(12500);
    expect(niceAxis([12064], { target: 10500, integer: true }).max).toBe(15000);
  });

  it("prefers a step that makes the target a tick", () => {
    const axis = niceAxis([59.1, 69.1], { target: 60, percent: true });
    expect(axis.ticks).toEqual([0, 20, 40, 60, 80]);
    expect(axis.labels).toEqual(axis.ticks);
  });

  it("otherwise labels the target and drops the regular tick too close to it", () => {
    const axis = niceAxis([12064], { target: 10500, integer: true });
    expect(axis.ticks).toEqual([0, 5000, 10000, 15000]);
    expect(axis.labels).toEqual([0, 5000, 10500, 15000]);
    expect(niceAxis([43], { target: 35, integer: true }).labels).toEqual([0, 10, 20, 35, 50]);
    expect(niceAxis([16], { target: 27, integer: true }).labels).toEqual([0, 10, 20, 27]);
  });

  it("a percentage stops at 100 %, even with the headroom", () => {
    expect(niceAxis([98], { target: 100, percent: true }).max).toBe(100);
    expect(niceAxis([42.4, 100], { target: 100, percent: true }).ticks).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("counts have whole steps; small percentages get fine ones", () => {
    expect(niceAxis([3], { integer: true }).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(niceAxis([2.1], { percent: true }).step).toBe(0.5);
  });

  it("leaves room above the highest value", () => {
    expect(niceAxis([40], { integer: true }).max).toBeGreaterThan(40);
  });

  it("no data: a plain axis, never NaN", () => {
    expect(niceAxis([], { integer: true })).toMatchObject({ max: 5, ticks: [0, 1, 2, 3, 4, 5] });
    expect(niceAxis([null, undefined], { percent: true }).max).toBe(100);
    expect(niceAxis([null], { target: 0 }).max).toBe(1);
  });
});
