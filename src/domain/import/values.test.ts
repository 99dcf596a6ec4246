import { describe, expect, it } from "vitest";
import { foldCommuneName, foldVietnamese, toKey } from "./normalize";
import { parseDate, parseEnum, parseScore, parseWholeNumber, parseYear, MONEY_HINT } from "./values";
import { MEMBER_TYPE_CHOICES, ORG_TYPE_CHOICES, SECTOR_CHOICES, STATUS_CHOICES, YES_NO_CHOICES } from "./columns";

const money = (cell: string | number, allowNegative = false) =>
  parseWholeNumber(cell, { hint: MONEY_HINT, allowNegative });

describe("normalisation", () => {
  it("folds diacritics, đ, case and spaces", () => {
    expect(foldVietnamese("  Đồng   Thạnh ")).toBe("dong thanh");
    expect(foldCommuneName("Xã Bình Phú")).toBe("binh phu");
    expect(foldCommuneName("thi tran Vinh Binh")).toBe("vinh binh");
    expect(toKey("Vốn điều lệ (đồng)")).toBe("von_dieu_le");
    expect(toKey("Đang hoạt động")).toBe("dang_hoat_dong");
  });
});

describe("money", () => {
  it("accepts Vietnamese thousand separators, spaces, plain digits and XLSX integers", () => {
    expect(money("1.500.000")).toEqual({ ok: true, value: 1_500_000n });
    expect(money("1 500 000")).toEqual({ ok: true, value: 1_500_000n });
    expect(money("1500000")).toEqual({ ok: true, value: 1_500_000n });
    expect(money("2.000.000 đồng")).toEqual({ ok: true, value: 2_000_000n });
    expect(money(1_500_000)).toEqual({ ok: true, value: 1_500_000n });
    expect(money("-2.500.000", true)).toEqual({ ok: true, value: -2_500_000n });
  });

  it("refuses decimals, English separators, bad groups and negatives where not allowed", () => {
    for (const bad of ["1,5", "1,500,000", "1.50.000", "1.5", "abc", "1.500.000,5"]) {
      expect(money(bad)).toEqual({ ok: false, message: MONEY_HINT });
    }
    expect(money(1500.5)).toEqual({ ok: false, message: MONEY_HINT });
    expect(money("-1.000").ok).toBe(false);
  });
});

describe("scores, years, enums, dates", () => {
  it("reads scores with a decimal comma or point, 0-100", () => {
    expect(parseScore("72,5")).toEqual({ ok: true, value: "72.50" });
    expect(parseScore("80")).toEqual({ ok: true, value: "80.00" });
    expect(parseScore(64.99)).toEqual({ ok: true, value: "64.99" });
    expect(parseScore("101").ok).toBe(false);
    expect(parseScore("72,555").ok).toBe(false);
  });

  it("reads years within bounds", () => {
    expect(parseYear("2025", 2000, 2027)).toEqual({ ok: true, value: 2025 });
    expect(parseYear(2025, 2000, 2027)).toEqual({ ok: true, value: 2025 });
    expect(parseYear("25", 2000, 2027).ok).toBe(false);
    expect(parseYear("2031", 2000, 2027).ok).toBe(false);
  });

  it("accepts keys in any case and Vietnamese labels, and names the labels when neither", () => {
    expect(parseEnum("HTX", ORG_TYPE_CHOICES)).toEqual({ ok: true, value: "HTX" });
    expect(parseEnum("htx", ORG_TYPE_CHOICES)).toEqual({ ok: true, value: "HTX" });
    expect(parseEnum("Hợp tác xã", ORG_TYPE_CHOICES)).toEqual({ ok: true, value: "HTX" });
    expect(parseEnum("lien hiep hop tac xa", ORG_TYPE_CHOICES)).toEqual({ ok: true, value: "LHHTX" });
    expect(parseEnum("Nông nghiệp", SECTOR_CHOICES)).toEqual({ ok: true, value: "nong_nghiep" });
    expect(parseEnum("nong_nghiep", SECTOR_CHOICES)).toEqual({ ok: true, value: "nong_nghiep" });
    expect(parseEnum("Thành viên liên kết góp vốn", MEMBER_TYPE_CHOICES)).toEqual({
      ok: true,
      value: "lien_ket_gop_von",
    });
    expect(parseEnum("xyz", YES_NO_CHOICES)).toEqual({ ok: false, message: "phải là một trong: “Có”, “Không”" });
    expect(parseEnum("AGRICULTURE", SECTOR_CHOICES)).toEqual({
      ok: false,
      message: "phải là một trong: “Nông nghiệp”, “Phi nông nghiệp”, “Tín dụng”",
    });
    // an alias (an older or shorter wording) is accepted; the message still names the labels
    expect(parseEnum("Tạm ngừng", STATUS_CHOICES, { tam_ngung: "tam_ngung" })).toEqual({
      ok: true,
      value: "tam_ngung",
    });
  });

  it("reads dd/mm/yyyy and ISO dates as UTC midnight, refusing impossible days", () => {
    expect(parseDate("15/03/2024")).toEqual({ ok: true, value: new Date(Date.UTC(2024, 2, 15)) });
    expect(parseDate("2024-03-15")).toEqual({ ok: true, value: new Date(Date.UTC(2024, 2, 15)) });
    expect(parseDate(new Date(Date.UTC(2024, 2, 15)))).toEqual({ ok: true, value: new Date(Date.UTC(2024, 2, 15)) });
    expect(parseDate("31/02/2024").ok).toBe(false);
    expect(parseDate("03-2024").ok).toBe(false);
  });
});
