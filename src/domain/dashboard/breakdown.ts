// The overview's geographic breakdown. Built for one district (a row per commune), the
// same page must stay readable for a province or the whole country: with 10,000
// communes a row each made an 18 MB page. The breakdown therefore climbs the area
// hierarchy until it has few enough rows: communes, else districts, else provinces.
// The commune filter offers the same units, and choosing a district or a province
// selects every commune under it.

export type BreakdownLevel = "COMMUNE" | "DISTRICT" | "PROVINCE";

export type AreaNode = { id: number; name: string; kind: string; parentId: number | null };

/** At most this many rows (and filter options) at the chosen level, unless even the
 *  provinces are more (63 before 2025): then provinces. */
export const MAX_BREAKDOWN_ROWS = 70;

export const BREAKDOWN_LEVEL_LABELS: Record<BreakdownLevel, { heading: string; column: string }> = {
  COMMUNE: { heading: "Theo xã, thị trấn", column: "Xã, thị trấn" },
  DISTRICT: { heading: "Theo huyện, thị xã, thành phố", column: "Huyện, thị xã, thành phố" },
  PROVINCE: { heading: "Theo tỉnh, thành phố", column: "Tỉnh, thành phố" },
};

export type Breakdown = {
  level: BreakdownLevel;
  /** Every scope commune -> the id of the row it is counted in. */
  group: Map<number, number>;
};

/**
 * `communeRow` maps each scope commune to the commune it is shown under at the as-of
 * date (itself, or the unit that took it over in a merger). Going up a level replaces
 * that commune by its parent; a unit without a known parent stays its own row rather
 * than disappearing.
 */
export function chooseBreakdown(
  communeRow: ReadonlyMap<number, number>,
  areas: ReadonlyMap<number, AreaNode>,
  max = MAX_BREAKDOWN_ROWS,
): Breakdown {
  const up = (id: number) => areas.get(id)?.parentId ?? id;
  let level: BreakdownLevel = "COMMUNE";
  let group = new Map(communeRow);
  for (const next of ["DISTRICT", "PROVINCE"] as const) {
    if (new Set(group.values()).size <= max) break;
    group = new Map([...group].map(([commune, row]) => [commune, up(row)]));
    level = next;
  }
  return { level, group };
}

/** A unit and all its ancestors, nearest first (stops on a cycle in bad data). */
export function withAncestors(id: number, areas: ReadonlyMap<number, AreaNode>): number[] {
  const out = [id];
  for (let p = areas.get(id)?.parentId ?? null; p !== null && !out.includes(p); p = areas.get(p)?.parentId ?? null) {
    out.push(p);
  }
  return out;
}

/**
 * Whether a scope commune is chosen by the filter's ids, which may name communes,
 * districts or provinces: the commune itself, the unit it is shown under, or any
 * ancestor of either.
 */
export function isCommuneSelected(
  communeId: number,
  shownUnder: number,
  selected: ReadonlySet<number>,
  areas: ReadonlyMap<number, AreaNode>,
): boolean {
  if (selected.size === 0) return true;
  return [...withAncestors(communeId, areas), ...withAncestors(shownUnder, areas)].some((id) => selected.has(id));
}
