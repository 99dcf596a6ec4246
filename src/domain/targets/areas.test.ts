import { describe, expect, it } from "vitest";
import { effectiveUnitFor, unitExistsAt } from "./areas";
import type { AreaUnitFact } from "./facts";
import { A, B, C, districtFacts } from "./fixtures";

describe("effectiveUnitFor (breakdowns across the 2025 merger)", () => {
  const units = districtFacts().units;

  it("a past year keeps the unit valid then", () => {
    expect(effectiveUnitFor(A, "2023-12-31", units)).toBe(A);
    expect(effectiveUnitFor(B, "2025-06-30", units)).toBe(B); // validTo is its last day
  });

  it("a later year maps a ceased unit to its successor", () => {
    expect(effectiveUnitFor(A, "2025-07-01", units)).toBe(C);
    expect(effectiveUnitFor(B, "2025-12-31", units)).toBe(C);
    expect(effectiveUnitFor(C, "2025-12-31", units)).toBe(C);
  });

  it("follows successors transitively, and survives bad data", () => {
    const chain: AreaUnitFact[] = [
      ...units.map((u) => (u.id === C ? { ...u, validTo: "2027-12-31", successorId: 4 } : u)),
      { id: 4, code: "D", name: "Xã D", validFrom: "2028-01-01", validTo: null, successorId: null },
    ];
    expect(effectiveUnitFor(A, "2026-01-01", chain)).toBe(C);
    expect(effectiveUnitFor(A, "2028-01-01", chain)).toBe(4);
    expect(effectiveUnitFor(99, "2028-01-01", chain)).toBe(99); // unknown id
    const cycle: AreaUnitFact[] = [
      { id: 1, code: "X", name: "X", validFrom: "2000-01-01", validTo: "2001-01-01", successorId: 2 },
      { id: 2, code: "Y", name: "Y", validFrom: "2000-01-01", validTo: "2001-01-01", successorId: 1 },
    ];
    expect(effectiveUnitFor(1, "2020-01-01", cycle)).toBe(2);
    const noSuccessor: AreaUnitFact[] = [
      { id: 5, code: "Z", name: "Z", validFrom: "2000-01-01", validTo: "2001-01-01", successorId: null },
    ];
    expect(effectiveUnitFor(5, "2020-01-01", noSuccessor)).toBe(5);
  });

  it("unitExistsAt includes both ends of the validity period", () => {
    const a = units.find((u) => u.id === A)!;
    expect(unitExistsAt(a, "2008-01-01")).toBe(true);
    expect(unitExistsAt(a, "2025-06-30")).toBe(true);
    expect(unitExistsAt(a, "2025-07-01")).toBe(false);
    expect(unitExistsAt(a, "2007-12-31")).toBe(false);
  });
});
