// Area units with validity periods. The 2025 reorganisation merged communes: figures
// for a past year must use the units valid then, and a breakdown for a later year must
// show a ceased commune's organisations under the unit that took over its territory.
import type { AreaUnitFact, IsoDate } from "./facts";

/** True when the unit exists on `asOf` (validFrom <= asOf <= validTo, validTo inclusive:
 *  it is the unit's last day). */
export function unitExistsAt(unit: AreaUnitFact, asOf: IsoDate): boolean {
  return unit.validFrom <= asOf && (unit.validTo === null || unit.validTo >= asOf);
}

/**
 * The unit under which `unitId` is shown in a breakdown as of `asOf`: the unit itself
 * while it exists (or for any date before it ceased), else its successor, followed
 * transitively (a commune merged in 2025 and again later maps to the latest one).
 * Unknown ids, and ceased units without a successor, map to themselves: losing the
 * figure would be worse than showing an old name. A successor cycle (bad data) stops
 * at the first repeated unit instead of looping.
 */
export function effectiveUnitFor(
  unitId: number,
  asOf: IsoDate,
  units: readonly AreaUnitFact[] | ReadonlyMap<number, AreaUnitFact>,
): number {
  // Callers mapping every unit pass a Map: rebuilding it per call is quadratic (10,000
  // communes of a national scope took seconds).
  const byId: ReadonlyMap<number, AreaUnitFact> =
    units instanceof Map ? units : new Map((units as readonly AreaUnitFact[]).map((u) => [u.id, u] as const));
  const seen = new Set<number>();
  let current = unitId;
  for (;;) {
    seen.add(current);
    const unit = byId.get(current);
    if (!unit || unit.validTo === null || unit.validTo >= asOf || unit.successorId === null) return current;
    if (seen.has(unit.successorId)) return current;
    current = unit.successorId;
  }
}

/** effectiveUnitFor() for every unit at once, in linear time. */
export function effectiveUnits(asOf: IsoDate, units: readonly AreaUnitFact[]): Map<number, number> {
  const byId = new Map(units.map((u) => [u.id, u] as const));
  return new Map(units.map((u) => [u.id, effectiveUnitFor(u.id, asOf, byId)]));
}
