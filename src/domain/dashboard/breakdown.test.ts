import { describe, expect, it } from "vitest";
import { chooseBreakdown, isCommuneSelected, withAncestors, type AreaNode } from "./breakdown";

// Two provinces (1, 2); province 1 has districts 10 and 11, province 2 has district 20.
// Communes 100-103 in district 10, 110-111 in district 11, 200 in district 20.
// Commune 103 merged into 102 (shown under 102).
const nodes: AreaNode[] = [
  { id: 1, name: "A", kind: "Tỉnh", parentId: null },
  { id: 2, name: "B", kind: "Tỉnh", parentId: null },
  { id: 10, name: "A1", kind: "Huyện", parentId: 1 },
  { id: 11, name: "A2", kind: "Huyện", parentId: 1 },
  { id: 20, name: "B1", kind: "Huyện", parentId: 2 },
  ...[100, 101, 102, 103].map((id) => ({ id, name: `x${id}`, kind: "Xã", parentId: 10 })),
  ...[110, 111].map((id) => ({ id, name: `x${id}`, kind: "Xã", parentId: 11 })),
  { id: 200, name: "x200", kind: "Xã", parentId: 20 },
];
const areas = new Map(nodes.map((n) => [n.id, n]));
const communeRow = new Map([
  [100, 100],
  [101, 101],
  [102, 102],
  [103, 102],
  [110, 110],
  [111, 111],
  [200, 200],
]);

describe("chooseBreakdown", () => {
  it("keeps a row per commune (after mergers) while there are few enough", () => {
    const b = chooseBreakdown(communeRow, areas, 6);
    expect(b.level).toBe("COMMUNE");
    expect(b.group.get(103)).toBe(102);
    expect(new Set(b.group.values()).size).toBe(6);
  });

  it("climbs to districts, then provinces, when communes are too many", () => {
    const d = chooseBreakdown(communeRow, areas, 5);
    expect(d.level).toBe("DISTRICT");
    expect([...d.group]).toEqual([
      [100, 10],
      [101, 10],
      [102, 10],
      [103, 10],
      [110, 11],
      [111, 11],
      [200, 20],
    ]);
    const p = chooseBreakdown(communeRow, areas, 2);
    expect(p.level).toBe("PROVINCE");
    expect(new Set(p.group.values())).toEqual(new Set([1, 2]));
  });

  it("stops at provinces even when they exceed the maximum", () => {
    expect(chooseBreakdown(communeRow, areas, 1).level).toBe("PROVINCE");
  });

  it("keeps a commune without a known parent as its own row", () => {
    const b = chooseBreakdown(new Map([...communeRow, [999, 999]]), areas, 4);
    expect(b.level).toBe("DISTRICT");
    expect(b.group.get(999)).toBe(999);
  });
});

describe("commune filter by any level", () => {
  it("lists a unit's ancestors, nearest first, and survives a cycle", () => {
    expect(withAncestors(103, areas)).toEqual([103, 10, 1]);
    const cyclic = new Map([
      [1, { id: 1, name: "a", kind: "Xã", parentId: 2 }],
      [2, { id: 2, name: "b", kind: "Xã", parentId: 1 }],
    ]);
    expect(withAncestors(1, cyclic)).toEqual([1, 2]);
  });

  it("selects a commune by itself, by the unit it merged into, by its district or province", () => {
    const sel = (...ids: number[]) => new Set(ids);
    expect(isCommuneSelected(103, 102, sel(), areas)).toBe(true);
    expect(isCommuneSelected(103, 102, sel(103), areas)).toBe(true);
    expect(isCommuneSelected(103, 102, sel(102), areas)).toBe(true);
    expect(isCommuneSelected(103, 102, sel(10), areas)).toBe(true);
    expect(isCommuneSelected(103, 102, sel(1), areas)).toBe(true);
    expect(isCommuneSelected(103, 102, sel(11, 2, 100), areas)).toBe(false);
    expect(isCommuneSelected(200, 200, sel(1), areas)).toBe(false);
  });
});
