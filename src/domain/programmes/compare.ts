// Where a territory stands against other programmes' targets (issue 12): the district's
// figures measured with each programme's own definitions, against that programme's
// value, a count scaled by the territory's share of the programme's population. Scaled
// values are an indication only: a national programme is not allocated by population.
import type { TargetDefinition } from "../targets/definitions";
import type { YearInputs } from "../targets/facts";
import { measure } from "../targets/measures";
import { meetsTarget } from "../targets/achievement";
import { measuredValue, targetHeading } from "../targets/compute";

export type ComparedTarget = {
  code: string;
  kind: TargetDefinition["kind"];
  title: string;
  unit: TargetDefinition["unit"];
  comparator: TargetDefinition["comparator"];
  horizonYear: number;
  /** The territory's figure under this programme's definition; null: not computable. */
  value: number | null;
  /** The programme's own value. */
  target: number;
  /** What the territory would need: the target itself for a share, the target × the
   *  population share for a count; null when the share is unknown. */
  comparable: number | null;
  /** The comparable value is the programme's, scaled by population: an indication. */
  scaled: boolean;
  met: boolean | null;
};

/**
 * `share`: the territory's population ÷ the programme territory's (1 for the territory's
 * own programme; null when either population is unknown).
 */
export function compareWithProgramme(
  defs: readonly TargetDefinition[],
  inputs: YearInputs,
  share: number | null,
): ComparedTarget[] {
  return defs.map((def) => {
    const m = measure(def, inputs);
    const value = measuredValue(m);
    const scaled = def.unit === "COUNT" && share !== 1;
    const comparable = def.unit === "PERCENT" ? def.value : share === null ? null : def.value * share;
    return {
      ...targetHeading(def),
      value,
      comparable,
      scaled,
      met:
        comparable === null || value === null
          ? null
          : meetsTarget(m.numerator, m.denominator, def.comparator, comparable),
    };
  });
}

/** The population share, or null when it cannot be told: a population missing, or a
 *  programme territory that holds no more people than the territory itself (its other
 *  units have no population recorded, so the share would read 100 %). */
export function populationShare(territory: number, programme: number, sameTerritory: boolean): number | null {
  if (sameTerritory) return 1;
  if (territory <= 0 || programme <= 0 || territory >= programme) return null;
  return territory / programme;
}
