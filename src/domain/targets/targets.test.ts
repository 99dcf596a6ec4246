// The 11 targets of the programme on the fixture district (fixtures.ts), 2025, as of
// 31/12/2025. Every expected figure is derived by hand in the comments.
import { describe, expect, it } from "vitest";
import { DEFAULT_TARGETS, type TargetCode, type TargetDefinition } from "./definitions";
import { aggregateYear } from "./facts";
import { evaluateTarget, evaluateTargets } from "./compute";
import { districtFacts, SCOPE, targetDefinition as def } from "./fixtures";

const NBSP = "\u00A0";
const y2025 = aggregateYear(districtFacts(), { scopeUnitIds: SCOPE, asOf: "2025-12-31", year: 2025 });
const series = new Map([[2025, y2025]]);
const evalCode = (code: TargetCode, d: TargetDefinition = def(code)) => evaluateTarget(d, series, 2025);

describe("the 11 targets on hand-computed facts", () => {
  it("THT_COUNT: T1, T2, T4 active = 3 (< 35)", () => {
    const e = evalCode("THT_COUNT");
    expect([e.value, e.numerator, e.denominator, e.met]).toEqual([3, 3, null, false]);
    expect(e.percentOfTarget).toBeCloseTo((3 / 35) * 100, 10); // 8,57 %
    expect(e.formula).toBe("3 tổ hợp tác đang hoạt động");
    expect(e.flags).toEqual([]);
  });

  it("THT_MEMBERS: 3 (T1 register) + 10 (T2 reported) + 2 (T4 register) = 15", () => {
    const e = evalCode("THT_MEMBERS");
    expect([e.value, e.met]).toEqual([15, false]);
    expect(e.flags).toEqual([{ code: "MEMBERS_FROM_REPORTS", count: 10 }]);
  });

  it("HTX_COUNT: H1..H6 = 6", () => {
    expect(evalCode("HTX_COUNT").value).toBe(6);
  });

  it("HTX_MEMBERS: 3 + 20 (reported) + 1 + 1 + 0 + 0 = 25, H6 has no count", () => {
    const e = evalCode("HTX_MEMBERS");
    expect(e.value).toBe(25);
    expect(e.flags).toEqual([
      { code: "MEMBERS_FROM_REPORTS", count: 20 },
      { code: "MEMBER_COUNT_MISSING", count: 1 },
    ]);
  });

  it("HTX_GOOD_FAIR: (H1 GOOD + H2 FAIR) ÷ 4 eligible (H1 H2 H3 + unrated H5) = 50 %, H4/H6 excluded", () => {
    const e = evalCode("HTX_GOOD_FAIR");
    expect([e.numerator, e.denominator, e.value, e.met]).toEqual([2, 4, 50, false]);
    expect(e.flags).toEqual([{ code: "UNRATED_ELIGIBLE", count: 1 }]);
    expect(e.formula).toBe(`2 HTX xếp loại Tốt, Khá ÷ 4 HTX thuộc diện đánh giá = 50,0${NBSP}%`);
  });

  it("HTX_VALUE_CHAIN: (H1, H3) ÷ 6 active = 33,3 % (< 50)", () => {
    const e = evalCode("HTX_VALUE_CHAIN");
    expect([e.numerator, e.denominator, e.met]).toEqual([2, 6, false]);
    expect(e.value).toBeCloseTo(33.3333333, 6);
    expect(e.formula).toBe(`2 HTX có liên kết chuỗi ÷ 6 HTX đang hoạt động = 33,3${NBSP}%`);
  });

  it("HTX_VALUE_CHAIN, alternative reading chainBase=goodFair: H1 ÷ (H1, H2) = 50 %, met (≥)", () => {
    const d = def("HTX_VALUE_CHAIN");
    const e = evalCode("HTX_VALUE_CHAIN", { ...d, params: { chainBase: "goodFair" } });
    expect([e.numerator, e.denominator, e.value, e.met, e.status]).toEqual([1, 2, 50, true, "ACHIEVED"]);
  });

  it("HTX_HIGH_TECH: H1, H2 = 2; H2 lacks evidence (counted, flagged)", () => {
    const e = evalCode("HTX_HIGH_TECH");
    expect([e.value, e.met]).toEqual([2, false]);
    expect(e.flags).toEqual([{ code: "HIGH_TECH_NO_EVIDENCE", count: 1 }]);
  });

  it("POP_SHARE: (8 distinct persons + 10 + 20 reported) ÷ 190 = 20 %, met (≥ 20), flagged", () => {
    // persons {1,2,3,5} in THT ∪ {2,6,7,8,9} in HTX = {1,2,3,5,6,7,8,9}: persons 1 and 2,
    // each in two organisations, count once; L1's member 10 is never a person here.
    const e = evalCode("POP_SHARE");
    expect([e.numerator, e.denominator, e.value, e.met]).toEqual([38, 190, 20, true]);
    expect(e.flags).toEqual([
      { code: "POSSIBLE_DOUBLE_COUNT", count: 30 },
      { code: "MEMBER_COUNT_MISSING", count: 1 },
    ]);
    expect(e.formula).toBe(`38 người tham gia ÷ 190 dân số = 20,0${NBSP}%`);
  });

  it("POP_SHARE with orgTypes [HTX]: (5 persons + 20 reported) ÷ 190", () => {
    const e = evalCode("POP_SHARE", { ...def("POP_SHARE"), params: { orgTypes: ["HTX"] } });
    expect([e.numerator, e.denominator]).toEqual([25, 190]);
  });

  it("ORG_EFFECTIVE: (T1 T2 effective + H1 H2 + L1) ÷ (3 THT + 4 eligible HTX + 1 LHHTX) = 5 ÷ 8 = 62,5 %", () => {
    const e = evalCode("ORG_EFFECTIVE");
    expect([e.numerator, e.denominator, e.value, e.met]).toEqual([5, 8, 62.5, false]);
    expect(e.flags).toEqual([
      { code: "UNRATED_ELIGIBLE", count: 1 },
      { code: "THT_NOT_ASSESSED", count: 1 },
    ]);
  });

  it("ORG_CHAIN: (T1 T4 + H1 H3 + L1) ÷ (3 + 6 + 1) = 50 %", () => {
    const e = evalCode("ORG_CHAIN");
    expect([e.numerator, e.denominator, e.value, e.met]).toEqual([5, 10, 50, false]);
    const htxOnly = evalCode("ORG_CHAIN", { ...def("ORG_CHAIN"), params: { orgTypes: ["HTX"] } });
    expect([htxOnly.numerator, htxOnly.denominator]).toEqual([2, 6]);
  });

  it("ORG_DIGITAL: (T4 + H1 + L1) ÷ 10 = 30 %", () => {
    const e = evalCode("ORG_DIGITAL");
    expect([e.numerator, e.denominator, e.value, e.met]).toEqual([3, 10, 30, false]);
  });

  it("evaluateTargets returns the 11 defaults in order, one year only -> not enough data unless met", () => {
    const all = evaluateTargets(DEFAULT_TARGETS, { 2025: y2025 }, 2025);
    expect(all.map((e) => e.code)).toEqual(DEFAULT_TARGETS.map((d) => d.code));
    expect(all.map((e) => e.status)).toEqual([
      "NOT_ENOUGH_DATA", // THT_COUNT
      "NOT_ENOUGH_DATA",
      "NOT_ENOUGH_DATA",
      "NOT_ENOUGH_DATA",
      "NOT_ENOUGH_DATA", // HTX_GOOD_FAIR
      "NOT_ENOUGH_DATA",
      "NOT_ENOUGH_DATA",
      "ACHIEVED", // POP_SHARE 20 % ≥ 20 %
      "NOT_ENOUGH_DATA",
      "NOT_ENOUGH_DATA",
      "NOT_ENOUGH_DATA",
    ]);
  });
});
