import { describe, expect, it } from "vitest";
import { JUMP_MIN_ABSOLUTE_CHANGE, JUMP_RATIO, checkJump, findJumps } from "./jumps";

describe("checkJump", () => {
  it("flags a tenfold rise with a large absolute change", () => {
    expect(checkJump("memberCount", 40, 400)).toEqual({
      metric: "memberCount",
      previous: 40,
      current: 400,
      ratio: 10,
      direction: "UP",
    });
  });

  it("flags a fall to under a third", () => {
    const j = checkJump("revenue", 9_000_000_000, 2_000_000_000);
    expect(j?.direction).toBe("DOWN");
    expect(j?.ratio).toBe(4.5);
  });

  it("does not flag a normal change", () => {
    expect(checkJump("memberCount", 120, 150)).toBeNull();
    expect(checkJump("revenue", 2_000_000_000, 5_000_000_000)).toBeNull();
  });

  it("a ratio of exactly 3 is not a jump (strictly above)", () => {
    expect(JUMP_RATIO).toBe(3);
    expect(checkJump("memberCount", 20, 60)).toBeNull();
    expect(checkJump("memberCount", 60, 20)).toBeNull();
    expect(checkJump("memberCount", 20, 61)?.ratio).toBeCloseTo(3.05);
  });

  it("needs the minimum absolute change, whatever the ratio", () => {
    expect(JUMP_MIN_ABSOLUTE_CHANGE.employeeCount).toBe(10);
    expect(checkJump("employeeCount", 1, 10)).toBeNull(); // 10× but only +9
    expect(checkJump("employeeCount", 1, 11)?.ratio).toBe(11); // +10: on the minimum
    expect(checkJump("charterCapital", 10_000_000, 300_000_000)).toBeNull(); // 30× but +290 triệu
  });

  it("a change from or to zero counts as an infinite ratio", () => {
    expect(checkJump("employeeCount", 0, 25)).toEqual({
      metric: "employeeCount",
      previous: 0,
      current: 25,
      ratio: null,
      direction: "UP",
    });
    expect(checkJump("employeeCount", 25, 0)?.direction).toBe("DOWN");
  });

  it("a revenue sign flip is not a jump", () => {
    expect(checkJump("revenue", -2_000_000_000, 8_000_000_000)).toBeNull();
    expect(checkJump("revenue", 8_000_000_000, -2_000_000_000)).toBeNull();
  });

  it("a missing value cannot be judged", () => {
    expect(checkJump("memberCount", null, 500)).toBeNull();
    expect(checkJump("memberCount", 5, null)).toBeNull();
  });
});

describe("findJumps", () => {
  it("returns the jumping metrics in a fixed order and skips absent ones", () => {
    const jumps = findJumps(
      { memberCount: 30, employeeCount: 5, charterCapital: 200_000_000, revenue: 1_500_000_000 },
      { memberCount: 300, employeeCount: 6, charterCapital: 2_000_000_000 },
    );
    expect(jumps.map((j) => j.metric)).toEqual(["memberCount", "charterCapital"]);
  });
});
