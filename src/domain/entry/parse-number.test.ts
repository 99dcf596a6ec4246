import { describe, expect, it } from "vitest";
import { parseViInteger } from "./parse-number";

describe("parseViInteger (đồng)", () => {
  it("accepts vi-VN thousand separators and plain digits", () => {
    expect(parseViInteger("1.500.000")).toEqual({ ok: true, value: 1500000n });
    expect(parseViInteger("1500000")).toEqual({ ok: true, value: 1500000n });
    expect(parseViInteger(" 2.000 đồng ")).toEqual({ ok: true, value: 2000n });
    expect(parseViInteger("0")).toEqual({ ok: true, value: 0n });
    expect(parseViInteger("12.345.678.901.234")).toEqual({ ok: true, value: 12345678901234n });
  });

  it("refuses a decimal comma, bad grouping and letters", () => {
    expect(parseViInteger("1,5")).toEqual({ ok: false, reason: "DECIMAL" });
    expect(parseViInteger("1.5")).toEqual({ ok: false, reason: "FORMAT" });
    expect(parseViInteger("1.50.000")).toEqual({ ok: false, reason: "FORMAT" });
    expect(parseViInteger("abc")).toEqual({ ok: false, reason: "FORMAT" });
    expect(parseViInteger("")).toEqual({ ok: false, reason: "FORMAT" });
  });

  it("refuses negatives unless allowed (profit may be a loss)", () => {
    expect(parseViInteger("-1.000")).toEqual({ ok: false, reason: "NEGATIVE" });
    expect(parseViInteger("-1.000", { allowNegative: true })).toEqual({ ok: true, value: -1000n });
  });
});
