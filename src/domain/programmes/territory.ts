// A programme's territory as an admin chooses it: whole provinces, districts or single
// communes. Figures are kept per commune, so the choice is stored as the communes it
// covers — those under each chosen unit *and under the units it took over*: a plan of
// today's Đồng Tháp covers the communes of the former Tiền Giang (merged into it on
// 01/07/2025), so its baseline years still have data.

export type TerritoryUnit = {
  id: number;
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  parentId: number | null;
  /** The unit that took over this one's territory when it ceased to exist. */
  successorId: number | null;
};

type Graph = Map<number, number[]>;

const LEVELS: readonly TerritoryUnit["level"][] = ["PROVINCE", "DISTRICT", "COMMUNE"];

/** Unit → the units it reaches in one step: its children and its predecessors. */
function graphOf(units: readonly TerritoryUnit[]): Graph {
  const next: Graph = new Map(units.map((u) => [u.id, []]));
  for (const u of units) {
    if (u.parentId !== null) next.get(u.parentId)?.push(u.id);
    if (u.successorId !== null) next.get(u.successorId)?.push(u.id);
  }
  return next;
}

/** Every unit a choice reaches: going down (children) and back in time (predecessors). */
function reach(next: Graph, chosen: readonly number[]): Set<number> {
  const seen = new Set<number>();
  const stack = chosen.filter((id) => next.has(id));
  // `seen` also stops a cycle in hand-entered successor links from looping
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return seen;
}

/** The commune ids a choice of units covers, ascending. Unknown ids are ignored. */
export function communesOfTerritory(units: readonly TerritoryUnit[], chosen: readonly number[]): number[] {
  const reached = reach(graphOf(units), chosen);
  return units
    .filter((u) => u.level === "COMMUNE" && reached.has(u.id))
    .map((u) => u.id)
    .sort((a, b) => a - b);
}

/**
 * The units to show as chosen for a stored set of communes: a province or district whose
 * whole territory is in the set stands for its communes (the widest first), so a
 * province's plan opens with its province ticked rather than a long list of communes.
 */
export function chosenUnitsOf(
  units: readonly TerritoryUnit[],
  communeIds: readonly number[],
  /** The widest level to show: a district's programme reads as its district and communes
   *  even when, in the catalogue, they happen to make up a whole province. */
  widest: TerritoryUnit["level"] = "PROVINCE",
): number[] {
  const stored = new Set(communeIds);
  const graph = graphOf(units);
  const isCommune = new Set(units.filter((u) => u.level === "COMMUNE").map((u) => u.id));
  const allowed = new Set<TerritoryUnit["level"]>(LEVELS.slice(LEVELS.indexOf(widest)));
  allowed.delete("COMMUNE");
  const candidates = units
    .filter((u) => allowed.has(u.level))
    .map((u) => {
      const reached = reach(graph, [u.id]);
      const communes = [...reached].filter((id) => isCommune.has(id));
      return { id: u.id, reached, communes };
    })
    // the widest first: today's province before the province merged into it
    .sort((a, b) => b.communes.length - a.communes.length);
  const chosen: number[] = [];
  const covered = new Set<number>();
  for (const c of candidates) {
    if (covered.has(c.id) || c.communes.length === 0 || !c.communes.every((id) => stored.has(id))) continue;
    chosen.push(c.id);
    for (const id of c.reached) covered.add(id);
  }
  for (const id of communeIds) if (!covered.has(id)) chosen.push(id);
  return chosen.sort((a, b) => a - b);
}
