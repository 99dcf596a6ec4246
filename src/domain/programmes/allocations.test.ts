import { describe, expect, it } from "vitest";
import { DEFAULT_TARGETS } from "../targets/definitions";
import { allocatedDefinition, parseAllocation, summariseAllocations } from "./allocations";

const htxCount = DEFAULT_TARGETS.find((t) => t.code === "HTX_COUNT")!; // ≥ 30
const goodFair = DEFAULT_TARGETS.find((t) => t.code === "HTX_GOOD_FAIR")!; // > 60 %

describe("reading an allocation", () => {
  it("reads vi-VN numbers, blank as none, and refuses what is not a number field by field", () => {
    expect(parseAllocation("1.500", "COUNT")).toEqual({ ok: true, value: 1500 });
    expect(parseAllocation(" 7 ", "COUNT")).toEqual({ ok: true, value: 7 });
    expect(parseAllocation("", "COUNT")).toEqual({ ok: true, value: null });
    expect(parseAllocation("62,5", "PERCENT")).toEqual({ ok: true, value: 62.5 });
    expect(parseAllocation("62,5 %", "PERCENT")).toEqual({ ok: true, value: 62.5 });
    expect(parseAllocation("2,5", "COUNT")).toEqual({ ok: false, message: "Số lượng là số nguyên" });
    expect(parseAllocation("120", "PERCENT")).toEqual({ ok: false, message: "Tỷ lệ không vượt quá 100 %" });
    expect(parseAllocation("-3", "COUNT").ok).toBe(false);
    expect(parseAllocation("ba", "COUNT")).toEqual({ ok: false, message: "Nhập số, ví dụ 1.500" });
  });
});

describe("how allocations add up", () => {
  it("counts: 8 + 7 + 6 + 5 + 4 = 30 covers the district's 30 exactly; a unit outside the territory is ignored", () => {
    const allocations = [1, 2, 3, 4, 5].map((id, i) => ({ areaUnitId: id, value: 8 - i }));
    const s = summariseAllocations(htxCount, [...allocations, { areaUnitId: 99, value: 50 }], [1, 2, 3, 4, 5]);
    expect(s).toEqual({ allocatedUnits: 5, units: 5, sum: 30, difference: 0, covers: true });
  });

  it("counts: two units short of the target by 12, three units without an allocation", () => {
    const s = summariseAllocations(
      htxCount,
      [
        { areaUnitId: 1, value: 10 },
        { areaUnitId: 2, value: 8 },
      ],
      [1, 2, 3, 4, 5],
    );
    expect(s).toEqual({ allocatedUnits: 2, units: 5, sum: 18, difference: -12, covers: false });
  });

  it("shares do not add up", () => {
    const s = summariseAllocations(goodFair, [{ areaUnitId: 1, value: 70 }], [1, 2]);
    expect([s.sum, s.difference, s.covers, s.allocatedUnits]).toEqual([null, null, null, 1]);
  });

  it("a one-unit view is judged against the unit's value, with the same comparator and wording", () => {
    const d = allocatedDefinition(htxCount, 6, "xã Bình Phú");
    expect([d.value, d.comparator, d.sourceText]).toEqual([6, "GTE", htxCount.sourceText]);
    expect(d.explanation).toMatch(/Mức giao cho xã Bình Phú: 6\.$/);
  });
});
