import { describe, expect, it } from "vitest";
import { DEFAULT_TARGETS } from "../targets/definitions";
import { targetDefinition as def } from "../targets/fixtures";
import { hiddenByTypeFilter, isNarrowed, shareOfWhole, targetOrgTypes } from "./narrowed";

describe("narrowed views", () => {
  it("any commune, sector or type filter narrows the view", () => {
    expect(isNarrowed({ communeIds: [], sectors: [], orgTypes: [] })).toBe(false);
    expect(isNarrowed({ communeIds: [3], sectors: [], orgTypes: [] })).toBe(true);
    expect(isNarrowed({ communeIds: [], sectors: ["CREDIT"], orgTypes: [] })).toBe(true);
    expect(isNarrowed({ communeIds: [], sectors: [], orgTypes: ["HTX"] })).toBe(true);
  });

  it("knows which types each target counts", () => {
    expect(targetOrgTypes(def("THT_MEMBERS"))).toEqual(["THT"]);
    expect(targetOrgTypes(def("HTX_HIGH_TECH"))).toEqual(["HTX"]);
    expect(targetOrgTypes(def("POP_SHARE"))).toEqual(["THT", "HTX"]);
    expect(targetOrgTypes(def("ORG_CHAIN"))).toEqual(["THT", "HTX", "LHHTX"]);
  });

  it("hides THT targets under an HTX-only filter, with a note saying why", () => {
    const h = hiddenByTypeFilter(DEFAULT_TARGETS, ["HTX"]);
    expect([...h.codes].sort()).toEqual(["THT_COUNT", "THT_MEMBERS"]);
    expect(h.notes).toEqual(["Ẩn 2 chỉ tiêu về tổ hợp tác vì bộ lọc loại hình không gồm tổ hợp tác."]);
  });

  it("under LHHTX only, hides THT, HTX and the population target, grouped by reason", () => {
    const h = hiddenByTypeFilter(DEFAULT_TARGETS, ["LHHTX"]);
    expect(h.codes.size).toBe(8);
    expect(h.codes.has("ORG_DIGITAL")).toBe(false);
    expect(h.notes).toEqual([
      "Ẩn 2 chỉ tiêu về tổ hợp tác vì bộ lọc loại hình không gồm tổ hợp tác.",
      "Ẩn 5 chỉ tiêu về hợp tác xã vì bộ lọc loại hình không gồm hợp tác xã.",
      "Ẩn 1 chỉ tiêu về tổ hợp tác và hợp tác xã vì bộ lọc loại hình không gồm tổ hợp tác và hợp tác xã.",
    ]);
  });

  it("hides nothing without a type filter", () => {
    expect(hiddenByTypeFilter(DEFAULT_TARGETS, [])).toEqual({ codes: new Set(), notes: [] });
  });

  it("share of the whole: of the count, or of the numerator of a rate", () => {
    expect(shareOfWhole({ numerator: 5 }, { numerator: 40, value: 40 })).toEqual({ wholeValue: 40, share: 12.5 });
    expect(shareOfWhole({ numerator: 3 }, { numerator: 12, value: 60 })).toEqual({ wholeValue: 60, share: 25 });
    expect(shareOfWhole({ numerator: 3 }, { numerator: 0, value: null })).toEqual({ wholeValue: null, share: null });
    expect(shareOfWhole({ numerator: null }, { numerator: 12, value: 60 }).share).toBeNull();
    expect(shareOfWhole({ numerator: 3 }, undefined)).toEqual({ wholeValue: null, share: null });
  });
});
