import { describe, expect, it } from "vitest";
import { dayInputValue, formatDate, parseDayInput } from "./date";

describe("parseDayInput: day first, whatever the browser's language", () => {
  it("reads dd/mm/yyyy as day, month, year", () => {
    expect(parseDayInput("03/12/2026")).toBe("2026-12-03");
    expect(parseDayInput("3/12/2026")).toBe("2026-12-03");
    expect(parseDayInput(" 12/03/2026 ")).toBe("2026-03-12");
    expect(parseDayInput("03-12-2026")).toBe("2026-12-03");
    expect(parseDayInput("03.12.2026")).toBe("2026-12-03");
    expect(parseDayInput("03122026")).toBe("2026-12-03");
  });
  it("accepts ISO days from older forms and shared links", () => {
    expect(parseDayInput("2026-12-03")).toBe("2026-12-03");
  });
  it("refuses days that do not exist and other text", () => {
    for (const bad of ["31/02/2026", "00/01/2026", "13/13/2026", "2026/12/03", "12/2026", "abc", "", "03/12/26"])
      expect(parseDayInput(bad), bad).toBeNull();
    expect(parseDayInput("29/02/2024")).toBe("2024-02-29");
    expect(parseDayInput("29/02/2026")).toBeNull();
  });
  it("shows a stored day as dd/mm/yyyy and leaves typed text alone", () => {
    expect(dayInputValue("2026-12-03")).toBe("03/12/2026");
    expect(dayInputValue("3/12/2026")).toBe("3/12/2026");
    expect(dayInputValue(null)).toBe("");
    expect(formatDate(parseDayInput(dayInputValue("2026-01-05"))!)).toBe("05/01/2026");
  });
});
