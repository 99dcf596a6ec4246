// The words every export prints above its tables: filters by name, provisional years,
// missing data and hidden targets.
import { describe, expect, it } from "vitest";
import { contextLines, filtersText } from "./document";
import { reportSnapshot as snapshot } from "./snapshot.fixture";

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
});
