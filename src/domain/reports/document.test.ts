// The words every export prints: filters by name, provisional years, missing data and
// hidden targets; and tables that never turn "nothing reported" into 0.
import { describe, expect, it } from "vitest";
import { communesTable, contextLines, filtersText, statusText, targetsTable } from "./document";
import type { ReportSnapshot, SnapshotBreakdownRow } from "./snapshot";
import { snapshotTarget } from "./snapshot.fixture";

const target = snapshotTarget;

const row = (over: Partial<SnapshotBreakdownRow>): SnapshotBreakdownRow => ({
  key: "1",
  label: "Xã A",
  activeTht: 1,
  activeHtx: 2,
  activeLhhtx: 0,
  thtMembers: 10,
  htxMembers: 20,
  values: {},
  ...over,
});

const snapshot = (over: Partial<ReportSnapshot>): ReportSnapshot =>
  ({
    filters: {
      year: 2026,
      asOf: "2026-06-30",
      communeIds: [3, 4],
      sectors: ["AGRICULTURE"],
      orgTypes: ["HTX"],
      includeUnapproved: true,
    },
    scopeLabel: "Xã Bình Phú, Xã Thạnh Trị",
    targets: [],
    communes: [],
    ...over,
  }) as ReportSnapshot;

describe("the context of a report", () => {
  it("names every filter, active or not", () => {
    expect(filtersText(snapshot({}))).toBe(
      "năm số liệu 2026; ngày số liệu 30/06/2026; địa bàn: Xã Bình Phú, Xã Thạnh Trị; loại hình: hợp tác xã (HTX); lĩnh vực: nông nghiệp; kể cả số liệu chưa duyệt",
    );
    const none = snapshot({
      filters: { year: 2025, asOf: "2025-12-31", communeIds: [], sectors: [], orgTypes: [], includeUnapproved: false },
      scopeLabel: "Toàn huyện",
    });
    expect(filtersText(none)).toMatch(/loại hình: tất cả; lĩnh vực: tất cả; chỉ số liệu đã duyệt$/);
  });

  it("says what is provisional, narrowed, missing and hidden", () => {
    const lines = contextLines(
      snapshot({
        closure: { rule: { kind: "ALL_APPROVED" }, closedYears: [2024, 2025], provisional: true },
        dossiers: { total: 40, approved: 12 },
        narrowed: true,
        missingYears: [2024],
        missingUnits: ["Xã Thạnh Trị"],
        hiddenNotes: ["Ẩn 2 chỉ tiêu về tổ hợp tác vì bộ lọc loại hình không gồm tổ hợp tác."],
      }),
    );
    expect(lines[0]).toMatch(/^Bộ lọc: năm số liệu 2026;/);
    expect(lines.join("\n")).toContain("Năm 2026 chưa khoá sổ: số liệu tạm tính (12/40 hồ sơ đã duyệt)");
    expect(lines.join("\n")).toContain("Phạm vi đã thu hẹp theo bộ lọc");
    expect(lines.join("\n")).toContain("Chưa có số liệu (không có hồ sơ năm nào) của năm 2024");
    expect(lines.join("\n")).toContain("Chưa có hồ sơ năm 2026: Xã Thạnh Trị.");
    expect(lines[lines.length - 1]).toMatch(/^Ẩn 2 chỉ tiêu/);
    // A frozen report from before these fields: the filters only.
    expect(contextLines(snapshot({}))).toHaveLength(1);
  });

  it("names the programme the report is judged against, first", () => {
    const lines = contextLines(
      snapshot({
        programme: {
          code: "NQ20",
          shortTitle: "Nghị quyết 20-NQ/TW",
          title: "Nghị quyết về kinh tế tập thể",
          documentNumber: "20-NQ/TW",
        },
      }),
    );
    expect(lines[0]).toBe("Chỉ tiêu đánh giá theo Nghị quyết 20-NQ/TW: Nghị quyết về kinh tế tập thể.");
    expect(lines[1]).toMatch(/^Bộ lọc:/);
  });

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
});
