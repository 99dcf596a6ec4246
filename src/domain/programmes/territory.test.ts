import { describe, expect, it } from "vitest";
import { chosenUnitsOf, communesOfTerritory, type TerritoryUnit } from "./territory";

// Tiền Giang (1) → district Gò Công Tây (2) → communes 10, 11, 12; Đồng Tháp (3) with its
// own commune 20 and the new communes 21, 22 that took over 10–12 in 2025; Tiền Giang was
// merged into Đồng Tháp. Another province (4) with commune 40.
const UNITS: TerritoryUnit[] = [
  { id: 1, level: "PROVINCE", parentId: null, successorId: 3 },
  { id: 2, level: "DISTRICT", parentId: 1, successorId: 3 },
  { id: 10, level: "COMMUNE", parentId: 2, successorId: 21 },
  { id: 11, level: "COMMUNE", parentId: 2, successorId: 21 },
  { id: 12, level: "COMMUNE", parentId: 2, successorId: 22 },
  { id: 3, level: "PROVINCE", parentId: null, successorId: null },
  { id: 20, level: "COMMUNE", parentId: 3, successorId: null },
  { id: 21, level: "COMMUNE", parentId: 3, successorId: null },
  { id: 22, level: "COMMUNE", parentId: 3, successorId: null },
  { id: 4, level: "PROVINCE", parentId: null, successorId: null },
  { id: 40, level: "COMMUNE", parentId: 4, successorId: null },
];

describe("communesOfTerritory", () => {
  it("a province today covers its communes and those of the province merged into it", () => {
    expect(communesOfTerritory(UNITS, [3])).toEqual([10, 11, 12, 20, 21, 22]);
  });
  it("a dissolved district covers its own communes only", () => {
    expect(communesOfTerritory(UNITS, [2])).toEqual([10, 11, 12]);
  });
  it("a new commune covers the old communes it took over; an old one only itself", () => {
    expect(communesOfTerritory(UNITS, [21])).toEqual([10, 11, 21]);
    expect(communesOfTerritory(UNITS, [12])).toEqual([12]);
  });
  it("a mixed choice is the union, unknown ids ignored, nothing chosen is nothing", () => {
    expect(communesOfTerritory(UNITS, [40, 22, 999])).toEqual([12, 22, 40]);
    expect(communesOfTerritory(UNITS, [])).toEqual([]);
  });
  it("a cycle of successor links does not loop", () => {
    const cyclic: TerritoryUnit[] = [
      { id: 1, level: "COMMUNE", parentId: null, successorId: 2 },
      { id: 2, level: "COMMUNE", parentId: null, successorId: 1 },
    ];
    expect(communesOfTerritory(cyclic, [1])).toEqual([1, 2]);
  });
});

describe("chosenUnitsOf", () => {
  it("a whole province stands for its communes", () => {
    expect(chosenUnitsOf(UNITS, [10, 11, 12, 20, 21, 22])).toEqual([3]);
  });
  it("the widest unit wholly inside wins: the old province (only one district here) and the new communes", () => {
    expect(chosenUnitsOf(UNITS, [10, 11, 12, 21, 22])).toEqual([1, 21, 22]);
  });
  it("a district's programme shows no unit wider than a district", () => {
    expect(chosenUnitsOf(UNITS, [10, 11, 12, 20, 21, 22], "DISTRICT")).toEqual([2, 20, 21, 22]);
    expect(chosenUnitsOf(UNITS, [10, 11, 12], "COMMUNE")).toEqual([10, 11, 12]);
  });
  it("without the old province, the district stands for its communes", () => {
    expect(
      chosenUnitsOf(
        UNITS.filter((u) => u.id !== 1).map((u) => (u.id === 2 ? { ...u, parentId: null } : u)),
        [10, 11, 12],
      ),
    ).toEqual([2]);
  });
  it("loose communes stay communes; the round trip gives the same communes back", () => {
    const stored = [11, 40];
    const chosen = chosenUnitsOf(UNITS, stored);
    expect(chosen).toEqual([4, 11]);
    expect(communesOfTerritory(UNITS, chosen)).toEqual(stored);
  });
});
