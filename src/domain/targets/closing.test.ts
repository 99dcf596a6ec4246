import { describe, expect, it } from "vitest";
import {
  approvedDossiersText,
  closingDate,
  closingRuleText,
  defaultOverviewYear,
  isProvisional,
  isYearClosed,
  parseClosingRule,
  yearClosure,
  type ClosingRule,
} from "./closing";

const ALL: ClosingRule = { kind: "ALL_APPROVED" };
const MARCH_31: ClosingRule = { kind: "CLOSING_DATE", day: 31, month: 3 };

describe("all dossiers approved", () => {
  it("closes a past year whose every dossier is approved, at least one existing", () => {
    expect(isYearClosed(2025, ALL, "2026-01-01", { total: 40, approved: 40 })).toBe(true);
    expect(isYearClosed(2025, ALL, "2026-01-01", { total: 40, approved: 39 })).toBe(false);
    expect(isYearClosed(2025, ALL, "2026-01-01", { total: 0, approved: 0 })).toBe(false);
    expect(isYearClosed(2025, ALL, "2026-01-01", undefined)).toBe(false);
  });

  it("never closes the current year, even fully approved", () => {
    expect(isYearClosed(2026, ALL, "2026-12-31", { total: 40, approved: 40 })).toBe(false);
  });
});

describe("closing date", () => {
  it("closes year Y on the day of Y + 1, whatever the approvals", () => {
    expect(closingDate(2025, MARCH_31)).toBe("2026-03-31");
    expect(isYearClosed(2025, MARCH_31, "2026-03-30", { total: 40, approved: 40 })).toBe(false);
    expect(isYearClosed(2025, MARCH_31, "2026-03-31", { total: 40, approved: 2 })).toBe(true);
    expect(isYearClosed(2026, MARCH_31, "2026-12-31", undefined)).toBe(false);
  });
});

describe("the year the overview opens on", () => {
  const dossiers = new Map([
    [2022, { total: 30, approved: 30 }],
    [2023, { total: 32, approved: 32 }],
    [2024, { total: 30, approved: 30 }],
    [2025, { total: 35, approved: 35 }],
    [2026, { total: 36, approved: 12 }],
  ]);
  const years = [2022, 2023, 2024, 2025, 2026];

  it("is the latest closed year (demo data: 2025 in 2026)", () => {
    const c = yearClosure(ALL, "2026-11-29", years, dossiers);
    expect(c.closedYears).toEqual([2022, 2023, 2024, 2025]);
    expect(defaultOverviewYear(c)).toBe(2025);
    expect(isProvisional(2026, c)).toBe(true);
    expect(isProvisional(2025, c)).toBe(false);
  });

  it("skips a reopened year and opens on the latest one still closed", () => {
    const reopened = new Map(dossiers).set(2025, { total: 35, approved: 34 });
    const c = yearClosure(ALL, "2026-11-29", years, reopened);
    expect(c.closedYears).toEqual([2022, 2023, 2024]);
    expect(defaultOverviewYear(c)).toBe(2024);
  });

  it("with no closed year, opens on the latest year with data, provisional", () => {
    const none = new Map([
      [2025, { total: 10, approved: 3 }],
      [2026, { total: 0, approved: 0 }],
    ]);
    const c = yearClosure(ALL, "2026-02-01", [2025, 2026], none);
    expect(c.closedYears).toEqual([]);
    expect(defaultOverviewYear(c)).toBe(2025);
    expect(defaultOverviewYear(yearClosure(ALL, "2026-02-01", [2026], new Map()))).toBe(2026);
  });

  it("under a closing date, passes over a closed year without any dossier", () => {
    const c = yearClosure(MARCH_31, "2026-04-01", [2024, 2025], new Map([[2024, { total: 5, approved: 1 }]]));
    expect(c.closedYears).toEqual([2024, 2025]);
    expect(defaultOverviewYear(c)).toBe(2024);
  });
});

describe("the stored setting and its words", () => {
  it("reads a valid rule and falls back to the default on anything else", () => {
    expect(parseClosingRule({ kind: "CLOSING_DATE", day: 15, month: 4 })).toEqual({
      kind: "CLOSING_DATE",
      day: 15,
      month: 4,
    });
    expect(parseClosingRule({ kind: "CLOSING_DATE", day: 30, month: 2 })).toEqual(ALL);
    expect(parseClosingRule({ kind: "NOPE" })).toEqual(ALL);
    expect(parseClosingRule(null)).toEqual(ALL);
  });

  it("says the rule and the approved dossiers in Vietnamese", () => {
    expect(closingRuleText(MARCH_31)).toBe("Số liệu năm N được khoá sổ từ ngày 31/03 của năm N + 1.");
    expect(closingRuleText(ALL)).toMatch(/mọi hồ sơ năm/);
    expect(approvedDossiersText({ total: 1250, approved: 12 })).toBe("12/1.250 hồ sơ đã duyệt");
  });
});
