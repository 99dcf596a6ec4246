// Every branch of the progress method with hand-computed changes and ratios.
import { describe, expect, it } from "vitest";
import { assessProgress, PROGRESS_METHOD_TEXT, valueToReach, type ProgressInput } from "./progress";

const NBSP = "\u00A0";
type Goal = Omit<ProgressInput, "currentValue" | "baseline" | "met">;
/** A target to reach by 2030, assessed in 2025. */
const goal = (comparator: Goal["comparator"], unit: Goal["unit"], target: number): Goal => ({
  comparator,
  unit,
  target,
  horizonYear: 2030,
  currentYear: 2025,
});
const count35 = goal("GTE", "COUNT", 35); // "ít nhất 35 by 2030", counts
const over60Percent = goal("GT", "PERCENT", 60);
const at = (year: number, value: number) => ({ year, value });
/** Not met in the current year, `from` the baseline. */
const assess = (g: Goal, currentValue: number, from: { year: number; value: number }) =>
  assessProgress({ ...g, currentValue, baseline: from, met: false });

describe("assessProgress", () => {
  it("ACHIEVED when met, whatever the trend", () => {
    const p = assessProgress({ ...count35, currentValue: 36, baseline: at(2020, 40), met: true });
    expect(p.status).toBe("ACHIEVED");
    expect(p.explanation).toBe("Năm 2025 đạt 36, đã đạt mục tiêu ít nhất 35 (năm đích 2030).");
  });

  it("ON_TRACK: 20 (2020) -> 30 (2025): observed 10/5 = 2/yr, required (35-20)/10 = 1,5/yr, ratio 1,33", () => {
    const p = assess(count35, 30, at(2020, 20));
    expect(p.status).toBe("ON_TRACK");
    expect(p.observedAnnualChange).toBe(2);
    expect(p.requiredAnnualChange).toBe(1.5);
    expect(p.ratio).toBeCloseTo(4 / 3, 12);
    expect(p.explanation).toBe(
      "Từ năm 2020 (20) đến năm 2025 (30) bình quân mỗi năm tăng 2; để đạt ít nhất 35 vào năm 2030 cần bình quân mỗi năm tăng 1,5. Tỷ số 1,33 ≥ 1: đúng tiến độ.",
    );
  });

  it.each([
    ["ratio exactly 1 is ON_TRACK: 15 -> 25: 10/5 = 2/yr vs (35-15)/10 = 2/yr", 25, "ON_TRACK", 1],
    ["ratio exactly 0,5 is NEEDS_ACCELERATION: 15 -> 20: 1/yr vs 2/yr", 20, "NEEDS_ACCELERATION", 0.5],
  ])("%s", (_, current, status, ratio) => {
    const p = assess(count35, current, at(2020, 15));
    expect([p.status, p.ratio]).toEqual([status, ratio]);
  });

  it("NEEDS_ACCELERATION: 20 -> 25: 1/yr vs 1,5/yr, ratio 0,667", () => {
    const p = assess(count35, 25, at(2020, 20));
    expect(p.status).toBe("NEEDS_ACCELERATION");
    expect(p.ratio).toBeCloseTo(2 / 3, 12);
  });

  it("OFF_TRACK (slow): 15 -> 17: 0,4/yr vs 2/yr, ratio 0,2", () => {
    const p = assess(count35, 17, at(2020, 15));
    expect([p.status, p.deteriorating]).toEqual(["OFF_TRACK", false]);
    expect(p.ratio).toBeCloseTo(0.2, 12);
  });

  it("OFF_TRACK (stagnating): 15 -> 15, ratio 0", () => {
    const p = assess(count35, 15, at(2020, 15));
    expect([p.status, p.ratio, p.deteriorating]).toEqual(["OFF_TRACK", 0, false]);
    expect(p.explanation).toContain("không thay đổi");
  });

  it("OFF_TRACK, deteriorating: 20 -> 18: -0,4/yr while +1,5/yr is needed", () => {
    const p = assess(count35, 18, at(2020, 20));
    expect([p.status, p.deteriorating, p.ratio]).toEqual(["OFF_TRACK", true, null]);
    expect(p.observedAnnualChange).toBeCloseTo(-0.4, 12);
    expect(p.explanation).toContain("giảm 0,4");
    expect(p.explanation).toContain("ngược chiều mục tiêu");
  });

  it("NOT_ENOUGH_DATA: no current value, no baseline, or a single year", () => {
    expect(assessProgress({ ...count35, currentValue: null, baseline: at(2020, 20), met: null }).status).toBe(
      "NOT_ENOUGH_DATA",
    );
    expect(assessProgress({ ...count35, currentValue: 20, baseline: null, met: false }).status).toBe("NOT_ENOUGH_DATA");
    const single = assess(count35, 20, at(2025, 20));
    expect(single.status).toBe("NOT_ENOUGH_DATA");
    expect(single.explanation).toBe(
      "Mới có số liệu của một năm (năm 2025: 20); cần số liệu ít nhất hai năm để đánh giá tiến độ.",
    );
  });

  it("strict count target: 'trên 05' must reach 6; 0 (2020) -> 3 (2025): 0,6/yr vs 6/10 = 0,6/yr, ratio 1", () => {
    const p = assess(goal("GT", "COUNT", 5), 3, at(2020, 0));
    expect(p.valueToReach).toBe(6);
    expect(p.requiredAnnualChange).toBeCloseTo(0.6, 12);
    expect(p.ratio).toBeCloseTo(1, 12);
    expect(p.status).toBe("ON_TRACK");
  });

  it("strict percentage: the threshold itself paces; 40 % (2020) -> 50 % (2025): 2 vs (60-40)/10 = 2 points/yr", () => {
    const p = assess(over60Percent, 50, at(2020, 40));
    expect([p.valueToReach, p.observedAnnualChange, p.requiredAnnualChange, p.ratio, p.status]).toEqual([
      60,
      2,
      2,
      1,
      "ON_TRACK",
    ]);
    expect(p.explanation).toBe(
      `Từ năm 2020 (40,0${NBSP}%) đến năm 2025 (50,0${NBSP}%) bình quân mỗi năm tăng 2 điểm %; để đạt trên 60,0${NBSP}% vào năm 2030 cần bình quân mỗi năm tăng 2 điểm %. Tỷ số 1 ≥ 1: đúng tiến độ.`,
    );
  });

  it("sitting exactly on a strict percentage threshold since the baseline: NEEDS_ACCELERATION", () => {
    const p = assess(over60Percent, 60, at(2020, 60));
    expect([p.status, p.ratio, p.requiredAnnualChange]).toEqual(["NEEDS_ACCELERATION", null, 0]);
  });

  it("deadline reached without meeting the target: OFF_TRACK", () => {
    const p = assessProgress({ ...count35, currentYear: 2030, currentValue: 34, baseline: at(2020, 20), met: false });
    expect([p.status, p.requiredAnnualChange]).toEqual(["OFF_TRACK", null]);
    expect(p.explanation).toContain("đã đến năm đích 2030");
  });

  it("decreasing targets (LT): 20 -> 15 toward 'dưới 10' (reach 9): -1/yr vs -1,1/yr, ratio 0,909", () => {
    const p = assess(goal("LT", "COUNT", 10), 15, at(2020, 20));
    expect(p.valueToReach).toBe(9);
    expect(p.ratio).toBeCloseTo(1 / 1.1, 12);
    expect(p.status).toBe("NEEDS_ACCELERATION");
  });

  it("valueToReach for every comparator", () => {
    expect([
      valueToReach("GT", "COUNT", 5),
      valueToReach("GTE", "COUNT", 5),
      valueToReach("LT", "COUNT", 5),
      valueToReach("LTE", "COUNT", 5),
    ]).toEqual([6, 5, 4, 5]);
    expect(valueToReach("GT", "PERCENT", 60)).toBe(60);
  });

  it("PROGRESS_METHOD_TEXT states the formula and the thresholds", () => {
    expect(PROGRESS_METHOD_TEXT).toContain("(giá trị hiện tại − giá trị năm gốc) ÷ (năm hiện tại − năm gốc)");
    expect(PROGRESS_METHOD_TEXT).toContain("Tỷ số từ 1 trở lên: Đúng tiến độ; từ 0,5 đến dưới 1: Cần đẩy nhanh");
  });
});
