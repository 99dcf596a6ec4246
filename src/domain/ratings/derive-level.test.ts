import { describe, expect, it } from "vitest";
import { deriveRatingLevel, scoreToHundredths, type ThresholdRow } from "./derive-level";

const tt01: ThresholdRow[] = [
  { level: "GOOD", minScore: "80.00", validFrom: "2020-01-01", validTo: null },
  { level: "FAIR", minScore: "65.00", validFrom: "2020-01-01", validTo: null },
  { level: "AVERAGE", minScore: "50.00", validFrom: "2020-01-01", validTo: null },
  { level: "WEAK", minScore: "0.00", validFrom: "2020-01-01", validTo: null },
];

describe("deriveRatingLevel", () => {
  it("uses inclusive lower bounds 80 / 65 / 50", () => {
    const at = "2026-12-31";
    expect(deriveRatingLevel(100, tt01, at)).toBe("GOOD");
    expect(deriveRatingLevel(80, tt01, at)).toBe("GOOD");
    expect(deriveRatingLevel("79.99", tt01, at)).toBe("FAIR");
    expect(deriveRatingLevel(65, tt01, at)).toBe("FAIR");
    expect(deriveRatingLevel(64.99, tt01, at)).toBe("AVERAGE");
    expect(deriveRatingLevel("50", tt01, at)).toBe("AVERAGE");
    expect(deriveRatingLevel("49.99", tt01, at)).toBe("WEAK");
    expect(deriveRatingLevel(0, tt01, at)).toBe("WEAK");
  });

  it("uses only the thresholds valid on the date", () => {
    const rows: ThresholdRow[] = [
      ...tt01.map((r) => ({ ...r, validTo: "2025-12-31" })),
      { level: "GOOD", minScore: 85, validFrom: "2026-01-01", validTo: null },
      { level: "FAIR", minScore: 70, validFrom: "2026-01-01", validTo: null },
      { level: "AVERAGE", minScore: 50, validFrom: "2026-01-01", validTo: null },
      { level: "WEAK", minScore: 0, validFrom: "2026-01-01", validTo: null },
    ];
    expect(deriveRatingLevel(82, rows, "2025-12-31")).toBe("GOOD");
    expect(deriveRatingLevel(82, rows, "2026-12-31")).toBe("FAIR");
    expect(deriveRatingLevel(85, rows, "2026-12-31")).toBe("GOOD");
    expect(deriveRatingLevel(82, rows, "2019-12-31")).toBeNull();
  });

  it("reads scores with up to two decimals exactly", () => {
    expect(scoreToHundredths("79.99")).toBe(7999);
    expect(scoreToHundredths("79,5")).toBe(7950);
    expect(scoreToHundredths(80)).toBe(8000);
    expect(() => scoreToHundredths("80.001")).toThrow(RangeError);
    expect(() => scoreToHundredths("-1")).toThrow(RangeError);
  });
});
