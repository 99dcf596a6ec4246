import { describe, expect, it } from "vitest";
import { qualityParamsSchema } from "./params";

const parse = (q: Record<string, unknown>) => qualityParamsSchema("2026-05-10").parse(q);

describe("qualityParamsSchema", () => {
  it("defaults to the current year, counted as of today", () => {
    expect(parse({})).toEqual({ year: 2026, asOf: "2026-05-10" });
  });
  it("a past year is counted at its end", () => {
    expect(parse({ nam: "2024" })).toEqual({ year: 2024, asOf: "2024-12-31" });
    expect(parse({ nam: ["2023", "2024"] })).toEqual({ year: 2023, asOf: "2023-12-31" });
  });
  it("malformed or future years fall back to the current year", () => {
    for (const nam of ["abc", "2027", "1999", "2024.5", ""]) expect(parse({ nam }).year, nam).toBe(2026);
  });
});
