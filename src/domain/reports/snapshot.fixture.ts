// Snapshot parts for tests, overridden field by field: a count target with no series, a
// breakdown row, and a snapshot with its filters and nothing else.
import type { ReportSnapshot, SnapshotBreakdownRow, SnapshotTarget } from "./snapshot";

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

export const breakdownRow = (over: Partial<SnapshotBreakdownRow>): SnapshotBreakdownRow => ({
  key: "1",
  label: "Xã A",
  activeTht: 1,
  activeHtx: 2,
  activeLhhtx: 0,
  thtMembers: 10,
  htxMembers: 20,
  values: {},
  ...over,
});

export const reportSnapshot = (over: Partial<ReportSnapshot>): ReportSnapshot =>
  ({
    filters: {
      year: 2026,
      asOf: "2026-06-30",
      communeIds: [3, 4],
      sectors: ["AGRICULTURE"],
      orgTypes: ["HTX"],
      includeUnapproved: true,
    },
    scopeLabel: "Xã Bình Phú, Xã Thạnh Trị",
    targets: [],
    communes: [],
    ...over,
  }) as ReportSnapshot;
