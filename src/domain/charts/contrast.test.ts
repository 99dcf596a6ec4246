import { describe, expect, it } from "vitest";
import { PROGRESS_STATUS_COLOURS } from "../targets/labels";
import { CHART_TEXT, SWATCH_OUTLINE, TARGET_COLOUR, TREND_COLOUR } from "./colours";
import { contrastRatio } from "./contrast";

const WHITE = "#ffffff";

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio("#767676", WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", WHITE)).toBeLessThan(4.5);
    expect(contrastRatio("#b91c1c", WHITE)).toBe(contrastRatio(WHITE, "#b91c1c"));
  });

  it("rejects what is not #rrggbb", () => {
    expect(() => contrastRatio("red", WHITE)).toThrow();
  });
});

describe("the charts' text on white", () => {
  it.each([
    ["legend and axis text", CHART_TEXT],
    ["target line label and target tick", TARGET_COLOUR],
  ])("%s: at least 4.5:1", (_, colour) => {
    expect(contrastRatio(colour, WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it("the lines and swatch outlines: at least 3:1 (non-text)", () => {
    for (const c of [TREND_COLOUR, SWATCH_OUTLINE, TARGET_COLOUR])
      expect(contrastRatio(c, WHITE)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(PROGRESS_STATUS_COLOURS))(
    "status %s: its line on white and the badge's white text, 4.5:1",
    (_, c) => {
      expect(contrastRatio(c.hex, WHITE)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
