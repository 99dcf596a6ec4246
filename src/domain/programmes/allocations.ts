// "Giao chỉ tiêu": a programme's target allocated to the units of its territory. Pure
// rules: reading the typed values, how allocations add up against the programme's own
// target, and the definition a one-unit view is judged against.
import type { TargetDefinition, TargetUnit } from "../targets/definitions";

export type Allocation = { areaUnitId: number; value: number };

/** Field name of a unit's value in the allocation form: one field a unit, so an error
 *  lands beside the unit it is about. */
export const allocationField = (areaUnitId: number) => `giao_${areaUnitId}`;
export const ALLOCATION_FIELD = /^giao_(\d{1,9})$/;

export type ParsedAllocation = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * A typed allocation in vi-VN style: "1.500" (dots group thousands), "62,5" (comma for
 * decimals), blank = no allocation for that unit. A count is a whole number; a share is
 * at most 100.
 */
export function parseAllocation(text: string, unit: TargetUnit): ParsedAllocation {
  const s = text.replace(/[\s\u00A0%]/g, "");
  if (s === "") return { ok: true, value: null };
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(s)) {
    return { ok: false, message: unit === "PERCENT" ? "Nhập tỷ lệ, ví dụ 62,5" : "Nhập số, ví dụ 1.500" };
  }
  const value = Number(s.replace(/\./g, "").replace(",", "."));
  if (unit === "COUNT" && !Number.isInteger(value)) return { ok: false, message: "Số lượng là số nguyên" };
  if (unit === "PERCENT" && value > 100) return { ok: false, message: "Tỷ lệ không vượt quá 100 %" };
  if (value > 1_000_000_000) return { ok: false, message: "Số quá lớn" };
  return { ok: true, value };
}

export type AllocationSummary = {
  /** Units with an allocation / units of the territory. */
  allocatedUnits: number;
  units: number;
  /** Σ of the allocations (counts only: shares do not add up). */
  sum: number | null;
  /** sum − the programme's target; null for shares. */
  difference: number | null;
  /** Counts: whether the allocations reach the programme's target (every unit meeting its
   *  allocation then meets the programme's). Shares: null. */
  covers: boolean | null;
};

/** How a target's allocations add up against the programme's own value. */
export function summariseAllocations(
  target: Pick<TargetDefinition, "unit" | "value">,
  allocations: readonly Allocation[],
  unitIds: readonly number[],
): AllocationSummary {
  const inTerritory = allocations.filter((a) => unitIds.includes(a.areaUnitId));
  if (target.unit === "PERCENT") {
    return { allocatedUnits: inTerritory.length, units: unitIds.length, sum: null, difference: null, covers: null };
  }
  const sum = inTerritory.reduce((t, a) => t + a.value, 0);
  return {
    allocatedUnits: inTerritory.length,
    units: unitIds.length,
    sum,
    difference: sum - target.value,
    covers: sum >= target.value,
  };
}

/** The target as allocated to one unit: same definition and wording, the unit's value. */
export function allocatedDefinition(def: TargetDefinition, allocation: number, unitName: string): TargetDefinition {
  return {
    ...def,
    value: allocation,
    explanation: `${def.explanation} Mức giao cho ${unitName}: ${allocation.toLocaleString("vi-VN")}${def.unit === "PERCENT" ? " %" : ""}.`,
  };
}
