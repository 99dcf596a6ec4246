import { describe, expect, it } from "vitest";
import {
  groupUnitsForPicker,
  labelInListOrder,
  unitExistsOn,
  unitHoldingOn,
  unitLabel,
  unitListOrder,
} from "./unit-label";

const phuThanh = { id: 2, kind: "Xã", name: "Phú Thành", validFrom: "2025-07-01", validTo: null, successorId: null };
const binhPhu = { id: 1, kind: "Xã", name: "Bình Phú", validFrom: "1979-01-01", validTo: "2025-06-30", successorId: 2 };
const oldTown = {
  id: 3,
  kind: "Thị trấn",
  name: "Vĩnh Bình",
  validFrom: "1979-01-01",
  validTo: "2025-06-30",
  successorId: 4,
};
const newVinhBinh = { id: 4, kind: "Xã", name: "Vĩnh Bình", validFrom: "2025-07-01", validTo: null, successorId: null };
const byId = new Map([phuThanh, binhPhu, oldTown, newVinhBinh].map((u) => [u.id, u]));

describe("unit labels across the reorganisation", () => {
  it("marks a dissolved unit and says where it counts today", () => {
    expect(unitLabel(binhPhu, byId)).toBe("Xã Bình Phú (cũ) – nay thuộc xã Phú Thành");
    expect(unitLabel(phuThanh, byId)).toBe("Xã Phú Thành");
    expect(unitLabel(binhPhu)).toBe("Xã Bình Phú (cũ)");
    // provinces and districts are stored with their kind in the name
    const dongThap = { id: 9, kind: "Tỉnh", name: "Tỉnh Đồng Tháp", validTo: null, successorId: null };
    const tienGiang = { id: 8, kind: "Tỉnh", name: "Tỉnh Tiền Giang", validTo: "2025-06-30", successorId: 9 };
    expect(unitLabel(tienGiang, new Map([[9, dongThap]]))).toBe("Tỉnh Tiền Giang (cũ) – nay thuộc tỉnh Đồng Tháp");
  });

  it("never gives the old and the new unit of one name the same label", () => {
    expect(unitLabel(oldTown, byId)).toBe("Thị trấn Vĩnh Bình (cũ) – nay thuộc xã Vĩnh Bình");
    expect(unitLabel(oldTown, byId)).not.toBe(unitLabel(newVinhBinh, byId));
  });

  it("knows which unit holds the territory on a day", () => {
    expect(unitExistsOn(binhPhu, "2025-06-30")).toBe(true);
    expect(unitExistsOn(binhPhu, "2026-03-15")).toBe(false);
    expect(unitHoldingOn(binhPhu, "2026-03-15", byId).name).toBe("Phú Thành");
    expect(unitHoldingOn(binhPhu, "2024-03-15", byId).name).toBe("Bình Phú");
  });
});

describe("units in a picker", () => {
  it("puts current units first, dissolved ones apart and marked, in Vietnamese order", () => {
    const compare = new Intl.Collator("vi").compare;
    const dongSon = { id: 5, kind: "Xã", name: "Đồng Sơn", validFrom: "2025-07-01", validTo: null, successorId: null };
    const yenLuong = {
      id: 6,
      kind: "Xã",
      name: "Yên Luông",
      validFrom: "1979-01-01",
      validTo: "2025-06-30",
      successorId: 2,
    };
    const { current, former } = groupUnitsForPicker(
      [yenLuong, newVinhBinh, dongSon, phuThanh, oldTown, binhPhu],
      compare,
    );
    expect(current.map((u) => u.label)).toEqual(["Xã Đồng Sơn", "Xã Phú Thành", "Xã Vĩnh Bình"]);
    expect(former.map((u) => u.label)).toEqual([
      "Xã Bình Phú (cũ) – nay thuộc xã Phú Thành",
      "Thị trấn Vĩnh Bình (cũ) – nay thuộc xã Vĩnh Bình",
      "Xã Yên Luông (cũ) – nay thuộc xã Phú Thành",
    ]);
    const all = [...current, ...former].map((u) => u.label);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("units in a list (rows read each with its successor)", () => {
  const compare = new Intl.Collator("vi").compare;
  const dongSonNew = { id: 7, kind: "Xã", name: "Đồng Sơn", validFrom: "2025-07-01", validTo: null, successorId: null };
  const dongSonOld = {
    id: 8,
    kind: "Xã",
    name: "Đồng Sơn",
    validFrom: "1979-01-01",
    validTo: "2025-06-30",
    successorId: 7,
  };
  const yenLuong = {
    id: 6,
    kind: "Xã",
    name: "Yên Luông",
    validFrom: "1979-01-01",
    validTo: "2025-06-30",
    successorId: 2,
  };
  // as the rows are read: each unit with its successor (LABELLED_UNIT_SELECT)
  const units = new Map([phuThanh, dongSonNew].map((u) => [u.id, u]));
  const withSuccessor = <U extends { successorId: number | null }>(u: U) => ({
    ...u,
    successor: u.successorId === null ? null : units.get(u.successorId)!,
  });

  it("lists current units first, then the old ones marked, in Vietnamese order (not byte order)", () => {
    const rows = labelInListOrder([yenLuong, dongSonOld, binhPhu, phuThanh, dongSonNew].map(withSuccessor), compare);
    expect(rows.map((r) => r.label)).toEqual([
      "Xã Đồng Sơn",
      "Xã Phú Thành",
      "Xã Bình Phú (cũ) – nay thuộc xã Phú Thành",
      "Xã Đồng Sơn (cũ) – nay thuộc xã Đồng Sơn",
      "Xã Yên Luông (cũ) – nay thuộc xã Phú Thành",
    ]);
  });

  it("orders the old town and an old commune of one name by their labels", () => {
    const order = unitListOrder(compare);
    const a = { name: "Vĩnh Bình", label: "Thị trấn Vĩnh Bình (cũ) – nay thuộc xã Vĩnh Bình", validTo: "2025-06-30" };
    const b = { name: "Vĩnh Bình", label: "Xã Vĩnh Bình", validTo: null };
    expect(order(a, b)).toBeGreaterThan(0);
    expect(order(b, a)).toBeLessThan(0);
  });
});
