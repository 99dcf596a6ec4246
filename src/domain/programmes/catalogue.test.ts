// The targets Resolution 20-NQ/TW adds (issue 12) on the fixture district of
// src/domain/targets/fixtures.ts, 2025 as of 31/12/2025, every figure derived by hand.
import { describe, expect, it } from "vitest";
import { aggregateYear } from "../targets/facts";
import { evaluateTarget } from "../targets/compute";
import type { TargetDefinition } from "../targets/definitions";
import { hiddenByTypeFilter } from "../dashboard/narrowed";
import { KIND_UNITS } from "../targets/measures";
import { districtFacts, SCOPE } from "../targets/fixtures";
import { PROGRAMME_CATALOGUE, RESOLUTION_20_TARGETS } from "./catalogue";

const NBSP = "\u00A0";
const y2025 = aggregateYear(districtFacts(), { scopeUnitIds: SCOPE, asOf: "2025-12-31", year: 2025 });
const series = new Map([[2025, y2025]]);
const nq20 = (code: string): TargetDefinition => RESOLUTION_20_TARGETS.find((d) => d.code === code)!;
const evaluate = (d: TargetDefinition) => evaluateTarget(d, series, 2025);

describe("Resolution 20-NQ/TW's own targets", () => {
  it("LHHTX_COUNT: L1 = 1 active union (< 340)", () => {
    const e = evaluate(nq20("LHHTX_COUNT"));
    expect([e.value, e.denominator, e.met, e.kind]).toEqual([1, null, false, "LHHTX_COUNT"]);
    expect(e.formula).toBe("1 liên hiệp HTX đang hoạt động");
  });

  it("LHHTX_MEMBER_HTX: L1's members in force at 31/12/2025 are H1 and H3 (H2 left 30/06/2024) = 2", () => {
    const e = evaluate(nq20("LHHTX_MEMBER_HTX"));
    expect([e.value, e.met]).toEqual([2, false]);
    expect(e.formula).toBe("2 HTX thành viên của các liên hiệp HTX");
    // On the threshold (≥): a target of 2 is met exactly.
    expect(evaluate({ ...nq20("LHHTX_MEMBER_HTX"), value: 2 }).met).toBe(true);
  });

  it("ORG_GOOD_FAIR over HTX and LHHTX: (H1 GOOD, H2 FAIR, L1 GOOD) ÷ (4 eligible HTX + L1) = 3 ÷ 5 = 60 %: on the strict threshold, not met", () => {
    const e = evaluate(nq20("ORG_GOOD_FAIR"));
    expect([e.numerator, e.denominator, e.value, e.met]).toEqual([3, 5, 60, false]);
    expect(e.flags).toEqual([{ code: "UNRATED_ELIGIBLE", count: 1 }]); // H5
    expect(e.formula).toBe(`3 tổ chức xếp loại Tốt, Khá ÷ 5 tổ chức thuộc diện đánh giá = 60,0${NBSP}%`);
  });

  it("ORG_GOOD_FAIR with THT (effectiveness stands for the level): (2 + 3) ÷ (3 + 5) = 62,5 %, met", () => {
    const e = evaluate({ ...nq20("ORG_GOOD_FAIR"), params: { orgTypes: ["THT", "HTX", "LHHTX"] } });
    expect([e.numerator, e.denominator, e.value, e.met]).toEqual([5, 8, 62.5, true]);
    expect(e.flags).toEqual([
      { code: "UNRATED_ELIGIBLE", count: 1 },
      { code: "THT_NOT_ASSESSED", count: 1 }, // T4
    ]);
  });

  it("ORG_VALUE_CHAIN (kind ORG_CHAIN, 2030): (T1 T4 + H1 H3 + L1) ÷ 10 = 50 %, met on the ≥ threshold", () => {
    const e = evaluate(nq20("ORG_VALUE_CHAIN"));
    expect([e.code, e.kind, e.numerator, e.denominator, e.value, e.met]).toEqual([
      "ORG_VALUE_CHAIN",
      "ORG_CHAIN",
      5,
      10,
      50,
      true,
    ]);
  });

  it("ORG_VALUE_CHAIN read as “among the good/fair ones”: (T1 + H1 + L1) ÷ (T1 T2 + H1 H2 + L1) = 60 %", () => {
    const e = evaluate({
      ...nq20("ORG_VALUE_CHAIN"),
      params: { orgTypes: ["THT", "HTX", "LHHTX"], chainBase: "goodFair" },
    });
    expect([e.numerator, e.denominator, e.value, e.met]).toEqual([3, 5, 60, true]);
  });

  it("the national counts judge the fixture district as far from the nation's goals", () => {
    expect(evaluate(nq20("HTX_COUNT")).met).toBe(false); // 6 < 45.000
    expect(evaluate(nq20("HTX_HIGH_TECH")).met).toBe(false); // 2, not > 5.000
  });

  it("a type filter hides the union targets when unions are filtered out, and keeps the good/fair share for HTX", () => {
    const hidden = hiddenByTypeFilter(RESOLUTION_20_TARGETS, ["HTX"]);
    expect([...hidden.codes].sort()).toEqual(["LHHTX_COUNT", "LHHTX_MEMBER_HTX", "THT_COUNT", "THT_MEMBERS"]);
  });
});

describe("the catalogue", () => {
  it("has three programmes with unique codes and unique target codes in each", () => {
    expect(PROGRAMME_CATALOGUE.map((p) => p.level)).toEqual(["NATIONAL", "DISTRICT", "PROVINCE"]);
    expect(new Set(PROGRAMME_CATALOGUE.map((p) => p.code)).size).toBe(3);
    for (const p of PROGRAMME_CATALOGUE) expect(new Set(p.targets.map((t) => t.code)).size).toBe(p.targets.length);
  });

  it("every seeded target's unit is its kind's (a count kind never carries a percentage)", () => {
    for (const p of PROGRAMME_CATALOGUE)
      for (const t of p.targets) expect([t.code, t.unit]).toEqual([t.code, KIND_UNITS[t.kind]]);
  });

  it("the resolution has 13 targets: 9 for 2030, the 4 of 2045 worded as the district repeats them", () => {
    expect(RESOLUTION_20_TARGETS.filter((t) => t.horizonYear === 2030)).toHaveLength(9);
    expect(RESOLUTION_20_TARGETS.filter((t) => t.horizonYear === 2045).map((t) => t.code)).toEqual([
      "POP_SHARE",
      "ORG_EFFECTIVE",
      "ORG_CHAIN",
      "ORG_DIGITAL",
    ]);
  });
});
