// How an administrative unit is named where people read it, across the 2025
// reorganisation: a dissolved unit is always marked and says where it counts today
// ("Xã Bình Phú (cũ) – nay thuộc xã Phú Thành"), so the old and the new "Long Bình" are
// never two identical lines. Pure: units are passed in.

export type UnitForLabel = {
  id: number;
  kind: string;
  name: string;
  validTo: string | Date | null;
  successorId?: number | null;
};

const lower = (kind: string) => kind.charAt(0).toLowerCase() + kind.slice(1);

/** "Xã Phú Thành" (provinces and districts are stored with their kind: "Tỉnh Đồng Tháp"). */
const fullName = (u: UnitForLabel) => (u.name.startsWith(`${u.kind} `) ? u.name : `${u.kind} ${u.name}`);

/** "Xã Phú Thành"; a dissolved unit: "Xã Bình Phú (cũ) – nay thuộc xã Phú Thành". */
export function unitLabel(unit: UnitForLabel, byId?: ReadonlyMap<number, UnitForLabel>): string {
  const base = fullName(unit);
  if (!unit.validTo) return base;
  const successor = unit.successorId != null ? byId?.get(unit.successorId) : undefined;
  return successor ? `${base} (cũ) – nay thuộc ${lower(fullName(successor))}` : `${base} (cũ)`;
}

/** unitLabel of a unit read with the one unit it may name, its successor. */
export const labelWithSuccessor = (unit: UnitForLabel & { successor: UnitForLabel | null }): string =>
  unitLabel(unit, new Map(unit.successor ? [[unit.successor.id, unit.successor]] : []));

const iso = (d: string | Date) => (typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** Whether the unit existed on `day` (YYYY-MM-DD). */
export function unitExistsOn(unit: { validFrom: string | Date; validTo: string | Date | null }, day: string): boolean {
  return iso(unit.validFrom) <= day && (unit.validTo === null || iso(unit.validTo) >= day);
}

/** The unit that holds `unit`'s territory on `day`: itself, or its successor's chain. */
export function unitHoldingOn<
  U extends { id: number; validFrom: string | Date; validTo: string | Date | null; successorId?: number | null },
>(unit: U, day: string, byId: ReadonlyMap<number, U>): U {
  let u: U | undefined = unit;
  const seen = new Set<number>();
  while (u && u.validTo && iso(u.validTo) < day && u.successorId != null && !seen.has(u.id)) {
    seen.add(u.id);
    u = byId.get(u.successorId);
  }
  return u ?? unit;
}

type Compare = (a: string, b: string) => number;

/** The order every list of units follows: the current ones first, then the dissolved ones,
 *  each group in `compare` order (Vietnamese: "Đồng Sơn" after "Bình Tân", not after "Yên
 *  Luông", which a byte order such as SQL's `ORDER BY name` gives) of the name, then of
 *  the label (the old town "Vĩnh Bình" and a commune of that name apart). */
export const unitListOrder =
  (compare: Compare) =>
  (a: { name: string; label: string; validTo: unknown }, b: { name: string; label: string; validTo: unknown }) =>
    Number(!!a.validTo) - Number(!!b.validTo) || compare(a.name, b.name) || compare(a.label, b.label);

/** Units read each with its successor, labelled and in list order (unitListOrder). */
export function labelInListOrder<U extends UnitForLabel & { successor: UnitForLabel | null }>(
  units: readonly U[],
  compare: Compare,
): (U & { label: string })[] {
  return units.map((u) => ({ ...u, label: labelWithSuccessor(u) })).sort(unitListOrder(compare));
}

/** Units for a picker: the current ones first, then the dissolved ones apart, each group
 *  in Vietnamese alphabetical order, every dissolved one marked with where it counts today. */
export function groupUnitsForPicker<U extends UnitForLabel>(
  units: readonly U[],
  compare: Compare,
): { current: (U & { label: string })[]; former: (U & { label: string })[] } {
  const byId = new Map<number, UnitForLabel>(units.map((u) => [u.id, u]));
  const labelled = units.map((u) => ({ ...u, label: unitLabel(u, byId) })).sort(unitListOrder(compare));
  return { current: labelled.filter((u) => !u.validTo), former: labelled.filter((u) => u.validTo) };
}
