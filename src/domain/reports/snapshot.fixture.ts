// A snapshot target for tests: a count target with no series, overridden field by field.
import type { SnapshotTarget } from "./snapshot";

export const snapshotTarget = (over: Partial<SnapshotTarget>): SnapshotTarget => ({
  code: "HTX_COUNT",
  title: "Số hợp tác xã",
  unit: "COUNT",
  comparator: "GTE",
  target: 30,
  horizonYear: 2030,
  year: 2026,
  value: 12,
  numerator: 12,
  denominator: null,
  met: null,
  percentOfTarget: null,
  status: null,
  deteriorating: false,
  statusExplanation: "",
  formula: "",
  flags: [],
  series: [],
  projection: null,
  ...over,
});
