import { describe, expect, it } from "vitest";
import { aggregateYear } from "../targets/facts";
import { districtFacts, SCOPE } from "../targets/fixtures";
import { DEFAULT_TARGETS } from "../targets/definitions";
import { RESOLUTION_20_TARGETS } from "./catalogue";
import { compareWithProgramme, populationShare } from "./compare";

// The fixture district, 2025: 6 active HTX, 1 union with 2 member cooperatives, 190 people.
const y2025 = aggregateYear(districtFacts(), { scopeUnitIds: SCOPE, asOf: "2025-12-31", year: 2025 });
const row = (rows: ReturnType<typeof compareWithProgramme>, code: string) => rows.find((r) => r.code === code)!;

describe("comparing a territory with other programmes", () => {
  it("its own programme: the targets as they are, never scaled", () => {
    const rows = compareWithProgramme(DEFAULT_TARGETS, y2025, 1);
    const htx = row(rows, "HTX_COUNT");
    expect([htx.value, htx.comparable, htx.scaled, htx.met]).toEqual([6, 30, false, false]);
  });

  it("the nation's counts scaled by the population share: 45.000 × 190/1.900.000 = 4,5 HTX, so 6 meets it", () => {
    const share = populationShare(190, 1_900_000, false)!;
    expect(share).toBeCloseTo(0.0001, 12);
    const rows = compareWithProgramme(RESOLUTION_20_TARGETS, y2025, share);
    const htx = row(rows, "HTX_COUNT");
    expect([htx.value, htx.target, htx.scaled, htx.met]).toEqual([6, 45_000, true, true]);
    expect(htx.comparable).toBeCloseTo(4.5, 9);
    // 340 unions × 0,0001 = 0,034: one union meets it
    expect(row(rows, "LHHTX_COUNT").met).toBe(true);
    // a share is compared as it is: 3 of 5 good/fair = 60 %, not above 60 %
    const gf = row(rows, "ORG_GOOD_FAIR");
    expect([gf.value, gf.comparable, gf.scaled, gf.met]).toEqual([60, 60, false, false]);
  });

  it("an unknown share leaves the counts without a comparable value, the shares still compared", () => {
    const rows = compareWithProgramme(RESOLUTION_20_TARGETS, y2025, null);
    expect([row(rows, "HTX_COUNT").comparable, row(rows, "HTX_COUNT").met]).toEqual([null, null]);
    expect(row(rows, "ORG_GOOD_FAIR").comparable).toBe(60);
  });

  it("a share cannot be told when the wider territory records no more people than the district", () => {
    expect(populationShare(190, 190, false)).toBeNull();
    expect(populationShare(0, 1000, false)).toBeNull();
    expect(populationShare(190, 0, false)).toBeNull();
    expect(populationShare(190, 190, true)).toBe(1);
  });
});
