import { describe, expect, it } from "vitest";
import { todayInVietnam, yearInVietnam } from "./vietnam";

describe("Vietnam's calendar", () => {
  it("turns the day and the year at midnight in Vietnam (UTC+7), not in UTC", () => {
    const beforeMidnight = new Date("2025-12-31T16:59:59Z");
    const afterMidnight = new Date("2025-12-31T17:00:00Z");
    expect(yearInVietnam(beforeMidnight)).toBe(2025);
    expect(yearInVietnam(afterMidnight)).toBe(2026);
    expect(todayInVietnam(afterMidnight).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
});
