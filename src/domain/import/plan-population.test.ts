import { describe, expect, it } from "vitest";
import { POPULATION_COLUMNS } from "./columns";
import { importToday, type ImportScope } from "./import-rules";
import { formatIssue } from "./issues";
import { BINH_NHI, COMMUNES, NEW_VINH_BINH, OLD_VINH_BINH, sheetOf } from "./plan-fixtures.test-support";
import { mapPopulationSheet, planPopulation, populationSheetYears, type StoredPopulation } from "./plan-population";

const NOW = new Date("2026-03-01T03:00:00Z");
function plan(
  rows: Record<string, string | number>[],
  populations: StoredPopulation[] = [],
  scope: ImportScope = { role: "DISTRICT", communeIds: [] },
  now = NOW,
) {
  const { records, issues } = mapPopulationSheet(sheetOf(POPULATION_COLUMNS, rows));
  expect(issues).toEqual([]);
  return planPopulation(records, { communes: COMMUNES, populations }, { scope, today: importToday(now) });
}

describe("planPopulation", () => {
  it("creates, updates and leaves equal rows alone, keyed by commune and year", () => {
    const r = plan(
      [
        { ma_xa: NEW_VINH_BINH.code, nam: 2025, dan_so: 12000 },
        { ma_xa: BINH_NHI.code, nam: 2024, dan_so: "8.100" },
        { ten_xa: "Vĩnh Bình", nam: 2024, dan_so: 9000 },
      ],
      [
        { id: 1, areaUnitId: BINH_NHI.id, year: 2024, population: 8000 },
        { id: 2, areaUnitId: OLD_VINH_BINH.id, year: 2024, population: 9000 },
      ],
    );
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.summary).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    expect(r.plan.changes.map((c) => [c.row.commune.id, c.row.year, c.before?.id ?? null])).toEqual([
      [NEW_VINH_BINH.id, 2025, null],
      [BINH_NHI.id, 2024, 1],
    ]);
  });

  it("reports duplicates and communes outside the viewer's units", () => {
    const r = plan(
      [
        { ma_xa: NEW_VINH_BINH.code, nam: 2025, dan_so: 1 },
        { ma_xa: NEW_VINH_BINH.code, nam: 2025, dan_so: 2 },
        { ma_xa: BINH_NHI.code, nam: 2024, dan_so: 3 },
      ],
      [],
      { role: "COMMUNE", communeIds: [NEW_VINH_BINH.id] },
    );
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      "Dòng 3, cột “Năm” (nam): trùng xã và năm với dòng 2",
      "Dòng 4, cột “Mã xã” (ma_xa): xã Bình Nhì ngoài địa bàn bạn được nhập liệu",
    ]);
  });

  it("accepts next year as soon as it is 1 January in Vietnam", () => {
    const { records } = mapPopulationSheet(
      sheetOf(POPULATION_COLUMNS, [{ ma_xa: NEW_VINH_BINH.code, nam: 2028, dan_so: 1 }]),
    );
    expect(populationSheetYears(records, importToday(new Date("2026-12-31T18:00:00Z")))).toEqual([2028]);
    expect(populationSheetYears(records, importToday(new Date("2026-12-31T12:00:00Z")))).toEqual([]);
  });
});
