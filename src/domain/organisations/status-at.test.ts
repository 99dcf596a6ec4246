import { describe, expect, it } from "vitest";
import { isActiveAt, statusAt } from "./status-at";

const history = [
  { status: "ACTIVE", effectiveFrom: "2020-03-01" },
  { status: "SUSPENDED", effectiveFrom: "2023-06-15" },
  { status: "ACTIVE", effectiveFrom: "2024-01-10" },
];

describe("statusAt", () => {
  it("is null before the first entry, then the latest entry on or before the day", () => {
    expect(statusAt(history, "2020-02-29")).toBeNull();
    expect(statusAt(history, "2020-03-01")).toBe("ACTIVE");
    expect(statusAt(history, "2023-06-14")).toBe("ACTIVE");
    expect(statusAt(history, "2023-06-15")).toBe("SUSPENDED");
    expect(statusAt(history, "2024-01-10")).toBe("ACTIVE");
  });

  it("does not depend on the order of the list; of two on the same day the later in the list wins", () => {
    expect(statusAt([...history].reverse(), "2023-12-31")).toBe("SUSPENDED");
    const sameDay = [
      { status: "ACTIVE", effectiveFrom: "2024-01-01" },
      { status: "TERMINATED", effectiveFrom: "2024-01-01" },
    ];
    expect(statusAt(sameDay, "2024-01-01")).toBe("TERMINATED");
  });

  it("reads Dates at UTC midnight the same as ISO days", () => {
    const dated = history.map((h) => ({ ...h, effectiveFrom: new Date(`${h.effectiveFrom}T00:00:00Z`) }));
    for (const day of ["2020-02-29", "2020-03-01", "2023-06-15", "2023-12-31", "2024-01-10"])
      expect(statusAt(dated, new Date(`${day}T00:00:00Z`))).toBe(statusAt(history, day));
  });
});

describe("isActiveAt", () => {
  it("needs the organisation founded by then (or an unknown founding) and ACTIVE", () => {
    expect(isActiveAt({ foundedOn: "2020-03-01", statusHistory: history }, "2021-01-01")).toBe(true);
    expect(isActiveAt({ foundedOn: "2021-05-01", statusHistory: history }, "2021-01-01")).toBe(false);
    expect(isActiveAt({ foundedOn: null, statusHistory: history }, "2023-07-01")).toBe(false);
    expect(isActiveAt({ foundedOn: null, statusHistory: history }, "2024-02-01")).toBe(true);
  });
});
