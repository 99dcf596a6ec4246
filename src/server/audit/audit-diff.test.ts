import { describe, expect, it } from "vitest";
import { diffAudit, formatAuditValue } from "./audit-diff";

describe("diffAudit", () => {
  it("lists only the fields that changed, including added and removed ones", () => {
    expect(
      diffAudit(
        { name: "A", role: "COMMUNE", communeIds: [1] },
        { name: "A", role: "DISTRICT", communeIds: [], note: "x" },
      ),
    ).toEqual([
      { field: "role", before: "COMMUNE", after: "DISTRICT" },
      { field: "communeIds", before: [1], after: [] },
      { field: "note", before: null, after: "x" },
    ]);
  });

  it("treats a creation as every field going from empty to its value", () => {
    expect(diffAudit(null, { a: 1 })).toEqual([{ field: "a", before: null, after: 1 }]);
    expect(diffAudit(undefined, undefined)).toEqual([]);
  });

  it("formats values for people", () => {
    expect(formatAuditValue(null)).toBe("—");
    expect(formatAuditValue(true)).toBe("có");
    expect(formatAuditValue([1, 2])).toBe("1, 2");
    expect(formatAuditValue("12345678901234")).toBe("12345678901234");
  });
});
