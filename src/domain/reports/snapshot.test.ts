import { describe, expect, it } from "vitest";
import { compareSnapshots, scopeKeyOf, targetChanges, type ReportSnapshot, type SnapshotTarget } from "./snapshot";

const target = (code: SnapshotTarget["code"], value: number | null, unit: "COUNT" | "PERCENT" = "COUNT") =>
  ({ code, title: code, unit, value, percentOfTarget: value === null ? null : value * 2 }) as SnapshotTarget;
const snap = (targets: SnapshotTarget[]) => ({ targets }) as ReportSnapshot;

describe("report comparisons", () => {
  it("change since the previous report, per target", () => {
    const changes = targetChanges(
      snap([target("HTX_COUNT", 31), target("HTX_GOOD_FAIR", 64.5, "PERCENT"), target("POP_SHARE", null)]),
      snap([target("HTX_COUNT", 28), target("HTX_GOOD_FAIR", 60, "PERCENT"), target("POP_SHARE", 12)]),
    );
    expect(changes.get("HTX_COUNT")).toEqual({ code: "HTX_COUNT", previous: 28, change: 3 });
    expect(changes.get("HTX_GOOD_FAIR")!.change).toBeCloseTo(4.5);
    expect(changes.get("POP_SHARE")!.change).toBeNull();
    expect(targetChanges(snap([target("HTX_COUNT", 31)]), null).get("HTX_COUNT")).toEqual({
      code: "HTX_COUNT",
      previous: null,
      change: null,
    });
  });

  it("side by side: B minus A", () => {
    const rows = compareSnapshots(snap([target("THT_COUNT", 30)]), snap([target("THT_COUNT", 33)]));
    expect(rows).toEqual([
      {
        code: "THT_COUNT",
        title: "THT_COUNT",
        unit: "COUNT",
        a: 30,
        b: 33,
        difference: 3,
        aPercentOfTarget: 60,
        bPercentOfTarget: 66,
      },
    ]);
  });

  it("scope keys ignore order", () => {
    const base = { sectors: [], orgTypes: [], includeUnapproved: false };
    expect(scopeKeyOf({ ...base, communeIds: [] })).toBe("all");
    expect(scopeKeyOf({ ...base, communeIds: [7, 3] })).toBe(scopeKeyOf({ ...base, communeIds: [3, 7] }));
    expect(scopeKeyOf({ ...base, communeIds: [3], includeUnapproved: true })).toBe("xa:3;chua_duyet");
  });
});
