import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatFormalDate,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
  NBSP,
  toIsoDate,
} from "./number";

describe("vi-VN numbers", () => {
  it("thousands with dots, decimals with a comma", () => {
    expect(formatInteger(1250000)).toBe("1.250.000");
    expect(formatInteger(127753n)).toBe("127.753");
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(1.005, 1)).toBe("1");
    expect(formatNumber(2 / 3, 2)).toBe("0,67");
  });

  it("percent: value already in %, one fixed decimal, no-break space before %", () => {
    expect(formatPercent(60.5)).toBe(`60,5${NBSP}%`);
    expect(formatPercent(60)).toBe(`60,0${NBSP}%`);
    expect(formatPercent((18 / 28) * 100)).toBe(`64,3${NBSP}%`);
    expect(formatPercent(100, 0)).toBe(`100${NBSP}%`);
    // whitespace-normalising matchers read it as "60,5 %"
    expect(formatPercent(60.5).replace(/\s/g, " ")).toBe("60,5 %");
  });

  it("money in đồng, triệu đồng, tỷ đồng", () => {
    expect(formatMoney(950000)).toBe(`950.000${NBSP}đồng`);
    expect(formatMoney(1250000n, "DONG")).toBe(`1.250.000${NBSP}đồng`);
    expect(formatMoney(1250000n)).toBe(`1,25${NBSP}triệu đồng`);
    expect(formatMoney(1_500_000_000n)).toBe(`1,5${NBSP}tỷ đồng`);
    expect(formatMoney(1_500_000_000n, "MILLION")).toBe(`1.500${NBSP}triệu đồng`);
    expect(formatMoney(-2_000_000)).toBe(`-2${NBSP}triệu đồng`);
  });
});

describe("vi-VN dates", () => {
  it("dd/mm/yyyy and the formal wording", () => {
    expect(formatDate("2026-01-05")).toBe("05/01/2026");
    expect(formatFormalDate("2026-01-05")).toBe("ngày 05 tháng 01 năm 2026");
  });

  it("reads a Date in UTC (Prisma @db.Date is UTC midnight)", () => {
    const d = new Date(Date.UTC(2025, 11, 31));
    expect(toIsoDate(d)).toBe("2025-12-31");
    expect(formatDate(d)).toBe("31/12/2025");
  });

  it("rejects what is not an ISO date", () => {
    expect(() => formatDate("31/12/2025")).toThrow(RangeError);
  });
});
