// The tables every export shares: a status, or why there is none; and no table turns
// "nothing reported" into 0.
import { describe, expect, it } from "vitest";
import { communesTable, statusText, targetsTable } from "./tables";
import { breakdownRow as row, reportSnapshot as snapshot, snapshotTarget as target } from "./snapshot.fixture";

describe("the status column", () => {
  it("a status, or why there is none", () => {
    expect(statusText(target({ status: "ON_TRACK" }))).toBe("Đúng tiến độ");
    expect(statusText(target({ status: "OFF_TRACK", deteriorating: true }))).toBe("Chậm tiến độ (đang giảm sút)");
    expect(statusText(target({ provisional: true }))).toBe("Tạm tính, chưa đánh giá");
    expect(statusText(target({ missing: true, value: null }))).toBe("Chưa có số liệu");
    expect(statusText(target({}))).toBe("Không đánh giá (đã lọc)");
  });
});

describe("nothing reported is never 0", () => {
  it("a missing target: words in the value, empty numbers; a narrowed view adds the whole, the share and the trend", () => {
    const s = snapshot({
      narrowed: true,
      targets: [
        target({ value: null, numerator: null, missing: true }),
        target({ code: "THT_COUNT", title: "Số tổ hợp tác", value: 5, numerator: 5, wholeValue: 40, share: 12.5 }),
      ],
    });
    const t = targetsTable({ snapshot: s, previous: null });
    expect(t.columns.map((c) => c.header).slice(-3)).toEqual([
      "Toàn địa bàn",
      "Tỷ trọng trong toàn địa bàn",
      "Xu hướng mỗi năm (các năm đã khoá sổ)",
    ]);
    expect(t.rows[0]!.slice(4, 7).map((c) => c.v)).toEqual([null, null, "Chưa có số liệu"]);
    expect(t.rows[1]!.slice(-3).map((c) => c.v)).toEqual([40, 12.5, null]);
  });

  it("a commune with no dossier: no counts, and a total of nothing but such rows is missing too", () => {
    const missing = row({
      label: "Xã Thạnh Trị",
      missing: true,
      activeTht: null,
      activeHtx: null,
      activeLhhtx: null,
      thtMembers: null,
      htxMembers: null,
    });
    const only = communesTable(snapshot({ communes: [missing] }));
    expect(only.rows[0]![0]!.v).toBe("Xã Thạnh Trị (chưa có số liệu)");
    expect(only.rows[0]!.slice(1).every((c) => c.v === null)).toBe(true);
    expect(only.footer!.slice(1, 6).map((c) => c.v)).toEqual([null, null, null, null, null]);
    const mixed = communesTable(snapshot({ communes: [missing, row({})] }));
    expect(mixed.footer!.slice(1, 6).map((c) => c.v)).toEqual([1, 2, 0, 10, 20]);
  });

  it("the total row's rates are the selection's (summed numerators over summed denominators), counts are summed", () => {
    const s = snapshot({
      targets: [
        target({ code: "HTX_GOOD_FAIR", unit: "PERCENT", value: 62.5, numerator: 5, denominator: 8 }),
        target({ code: "HTX_HIGH_TECH", value: 3, numerator: 3 }),
      ],
      communes: [
        row({ values: { HTX_GOOD_FAIR: 50, HTX_HIGH_TECH: 1 } }),
        row({ key: "2", label: "Xã B", values: { HTX_GOOD_FAIR: 75, HTX_HIGH_TECH: 2 } }),
      ],
    });
    const t = communesTable(s);
    const at = (header: string) => t.footer![t.columns.findIndex((c) => c.header === header)]!;
    expect(at("HTX tốt, khá (%)")).toEqual({ v: 62.5, kind: "percent" });
    expect(at("HTX ứng dụng CNC")).toEqual({ v: 3, kind: "integer" });
    // Nothing reported in any row: the total is missing, not the selection's figure.
    const none = communesTable({ ...s, communes: [row({ missing: true, values: {} })] });
    expect(none.footer!.slice(6).every((c) => c.v === null)).toBe(true);
  });

  it("a programme without the column's target (Resolution 20 judges 'tổ chức' good/fair) takes the total from keyTotals", () => {
    const s = snapshot({
      targets: [target({ code: "ORG_GOOD_FAIR", unit: "PERCENT", value: 60, numerator: 6, denominator: 10 })],
      keyTotals: { HTX_GOOD_FAIR: 62.5 },
      communes: [
        row({ values: { HTX_GOOD_FAIR: 50 } }),
        row({ key: "2", label: "Xã B", values: { HTX_GOOD_FAIR: 75 } }),
      ],
    });
    const t = communesTable(s);
    const at = (header: string) => t.footer![t.columns.findIndex((c) => c.header === header)]!;
    expect(at("HTX tốt, khá (%)")).toEqual({ v: 62.5, kind: "percent" });
    // without keyTotals (a snapshot frozen before them) the column's total stays blank
    const old = communesTable({ ...s, keyTotals: undefined });
    expect(old.footer![t.columns.findIndex((c) => c.header === "HTX tốt, khá (%)")]!.v).toBeNull();
  });
});
