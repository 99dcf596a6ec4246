import { describe, expect, it } from "vitest";
import { describeChange, formatChange, memberEvent, numeric } from "./describe-change";

describe("describeChange", () => {
  it("lists the filled fields of a row created pending", () => {
    const c = describeChange(
      "Membership",
      7,
      null,
      { personId: 3, memberType: "OFFICIAL", joinedOn: "2026-01-01", leftOn: null, capitalContributed: 5_000_000 },
      { person: (id) => (id === 3 ? "Nguyễn Văn A" : undefined) },
    );
    expect(c.kind).toBe("ADDED");
    expect(c.title).toBe("Nguyễn Văn A");
    expect(c.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ["Thành viên", null, "Nguyễn Văn A"],
      ["Loại thành viên", null, "Thành viên chính thức"],
      ["Ngày vào", null, "01/01/2026"],
      ["Vốn góp", null, "5\u00A0triệu đồng"],
    ]);
  });

  it("shows only the fields that changed, before → now", () => {
    const before = { name: "HTX Cũ", code: "HTX-1", communeId: 1, mainProducts: ["Lúa"], foundedOn: "2020-01-15" };
    const now = { ...before, name: "HTX Mới", mainProducts: ["Lúa", "dừa"] };
    const c = describeChange("Organisation", 1, before, now, { commune: () => "Xã Bình Phú" });
    expect(c.kind).toBe("CHANGED");
    expect(c.fields).toEqual([
      { key: "name", label: "Tên tổ chức", before: "HTX Cũ", after: "HTX Mới" },
      { key: "mainProducts", label: "Sản phẩm, dịch vụ chính", before: "Lúa", after: "Lúa, dừa" },
    ]);
  });

  it("describes a removed row by its last approved image", () => {
    const c = describeChange("SupportReceived", 4, { policyArea: "CREDIT", amount: 20_000_000, note: "" }, null);
    expect(c.kind).toBe("REMOVED");
    expect(c.title).toBe("2.4. Tín dụng");
    expect(c.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ["Chính sách", "2.4. Tín dụng", null],
      ["Số tiền", "20\u00A0triệu đồng", null],
    ]);
  });
});

describe("memberEvent", () => {
  it("tells joins, leaves and capital changes apart", () => {
    const m = { personId: 1, joinedOn: "2024-01-01", leftOn: null, capitalContributed: 1 };
    expect(memberEvent(null, m)).toBe("JOIN");
    expect(memberEvent(m, { ...m, leftOn: "2026-06-30" })).toBe("LEAVE");
    expect(memberEvent(m, { ...m, capitalContributed: 2 })).toBe("CAPITAL");
    expect(memberEvent(m, { ...m, memberType: "ASSOCIATE_CAPITAL" })).toBe("EDIT");
    expect(memberEvent(m, null)).toBe("REMOVED");
  });
});

describe("formatChange", () => {
  it("gives the signed change in percent, or nothing without a base", () => {
    expect(formatChange(1_000, 1_250)).toBe("+25,0\u00A0%");
    expect(formatChange(1_000, 875)).toBe("−12,5\u00A0%");
    expect(formatChange(5, 5)).toBe("0,0\u00A0%");
    expect(formatChange(0, 5)).toBeNull();
    expect(formatChange(null, 5)).toBeNull();
    expect(formatChange(-100, -50)).toBe("+50,0\u00A0%");
  });
  it("reads numbers from images and audit rows alike", () => {
    expect(numeric("1500000000")).toBe(1_500_000_000);
    expect(numeric(12)).toBe(12);
    expect(numeric(null)).toBeNull();
    expect(numeric("abc")).toBeNull();
  });
});
