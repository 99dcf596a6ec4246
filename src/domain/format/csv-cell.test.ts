import { describe, expect, it } from "vitest";
import { neutraliseCsvText, restoreCsvText } from "./csv-cell";

describe("CSV cells that a spreadsheet would run as formulas", () => {
  it.each([
    '=HYPERLINK("http://evil.example","Bấm")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
  ])("neutralises %j and restores it on import", (text) => {
    const out = neutraliseCsvText(text);
    expect(out).toBe(`'${text}`);
    expect(restoreCsvText(out)).toBe(text);
  });

  it("leaves ordinary text alone, including an apostrophe typed by the user", () => {
    for (const text of ["Hợp tác xã Bình Phú", "'Tổ hợp tác", "5-2026", "", "Ấp 3 - Bình Nhì"]) {
      expect(neutraliseCsvText(text)).toBe(text);
      expect(restoreCsvText(text)).toBe(text);
    }
  });
});
