// The header rule (docs/architecture-import.md) and how issues name their column.
import { describe, expect, it } from "vitest";
import { MEMBER_COLUMNS, ORGANISATION_YEAR_COLUMNS, POPULATION_COLUMNS, type ColumnDef } from "./columns";
import { formatIssue } from "./issues";
import { parseMemberRow } from "./member-row";
import { parseOrganisationYear } from "./organisation-row";
import { mapTable, type SheetRow } from "./table";

const rowsOf = (...rows: Array<Array<string | number | null>>): SheetRow[] =>
  rows.map((cells, i) => ({ rowNumber: i + 1, cells }));
const LABELS = POPULATION_COLUMNS.map((c) => c.label);
const KEYS = POPULATION_COLUMNS.map((c) => c.key);
const DATA = ["28663", "Bình Phú", 2024, "10.250"];
const map = (rows: SheetRow[]) => mapTable(rows, POPULATION_COLUMNS, [["ma_xa", "ten_xa"]]);

describe("the header rule", () => {
  it.each([
    ["keys", [KEYS]],
    ["Vietnamese labels", [LABELS]],
    ["labels, then a row of keys (our templates and exports)", [LABELS, KEYS]],
    ["keys, then a row of labels with hints (files exported before)", [KEYS, LABELS.map((l) => `${l} (ghi chú)`)]],
    ["labels in capitals, without diacritics or with a unit", [["MA XA", "Ten xa, thi tran", "năm", "Dân số (người)"]]],
  ])("reads a file whose header is %s", (_, header) => {
    const { records, issues, columns } = map(rowsOf(...header, DATA));
    expect(issues).toEqual([]);
    expect(columns).toEqual(KEYS);
    expect(records).toEqual([
      { row: header.length + 1, values: { ma_xa: "28663", ten_xa: "Bình Phú", nam: 2024, dan_so: "10.250" } },
    ]);
  });

  it("keeps the row under the header as data unless every filled cell names the column above it", () => {
    // "Năm" under ma_xa names another column; the key row misses nothing but is out of place.
    const shifted = map(rowsOf(LABELS, ["nam", "ten_xa", "ma_xa", "dan_so"], DATA));
    expect(shifted.records.map((r) => r.row)).toEqual([2, 3]);
    const partial = map(rowsOf(LABELS, ["ma_xa", null, null, "dan_so"], DATA));
    expect(partial.records.map((r) => r.row)).toEqual([3]);
    const dataFirst = map(rowsOf(LABELS, DATA, KEYS));
    expect(dataFirst.records.map((r) => r.row)).toEqual([2, 3]);
  });

  it("takes the first non-blank row as the header, in any column order, without optional columns", () => {
    const { records, issues } = map(rowsOf([], [null, null], ["Dân số", "Năm", "Tên xã, thị trấn"], [100, 2024, "X"]));
    expect(issues).toEqual([]);
    expect(records).toEqual([{ row: 4, values: { dan_so: 100, nam: 2024, ten_xa: "X" } }]);
  });

  it("reports a column named twice (by its label and its key), unknown and missing columns by label and key", () => {
    const { issues } = map(rowsOf(["Mã xã", "ma_xa", "Ghi chú", "Dân số"]));
    expect(issues.map(formatIssue)).toEqual([
      "Dòng 1, cột “Mã xã” (ma_xa): cột bị lặp lại (tên hoặc mã cột ghi hai lần)",
      "Dòng 1, cột “Ghi chú”: cột không thuộc mẫu; hãy dùng đúng tên cột của tệp mẫu",
      "Dòng 1, cột “Năm” (nam): thiếu cột bắt buộc",
    ]);
    expect(map(rowsOf(["Năm", "Dân số"])).issues.map(formatIssue)).toEqual([
      "Dòng 1, cột “Mã xã” (ma_xa) hoặc “Tên xã, thị trấn” (ten_xa): thiếu cột: cần có ít nhất một trong hai cột này",
    ]);
  });
});

describe("formatIssue", () => {
  it("names the column by its Vietnamese label and its key", () => {
    expect(formatIssue({ row: 5, column: "ma_xa", message: "không có xã" })).toBe(
      "Dòng 5, cột “Mã xã” (ma_xa): không có xã",
    );
    expect(formatIssue({ row: null, column: null, message: "Tệp không có dữ liệu" })).toBe("Tệp không có dữ liệu");
    expect(formatIssue({ row: 2, column: "a/b", message: "x" })).toBe("Dòng 2, cột “a/b”: x");
  });
});

describe("the choices of the dropdowns", () => {
  const withLabels = (columns: readonly ColumnDef[], values: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(values).map(([k, v]) => [
        k,
        columns.find((c) => c.key === k)?.choices?.find((ch) => ch.key === v)?.label ?? v,
      ]),
    );
  const record = (columns: readonly ColumnDef[], values: Record<string, string>) =>
    mapTable(
      rowsOf(
        columns.map((c) => c.label),
        columns.map((c) => values[c.key] ?? null),
      ),
      columns,
    ).records[0];

  it("every label of every choice reads as its key", () => {
    for (const columns of [ORGANISATION_YEAR_COLUMNS, MEMBER_COLUMNS]) {
      for (const c of columns.filter((c) => c.choices)) {
        expect(new Set(c.choices!.map((ch) => ch.label)).size, c.key).toBe(c.choices!.length);
      }
    }
    const communes = [{ id: 1, code: "28663", name: "Bình Phú", validFrom: new Date(0), validTo: null }];
    const org = (values: Record<string, string>) =>
      parseOrganisationYear(record(ORGANISATION_YEAR_COLUMNS, values), { communes, minYear: 2000, maxYear: 2030 });
    const base = { ma_to_chuc: "X-1", ten: "X", ma_xa: "28663", nam: "2024", linh_vuc: "nong_nghiep" };
    const cases = [
      ...["HTX", "LHHTX"].flatMap((loai_hinh) =>
        ["tot", "kha", "trung_binh", "yeu", "chua_xep_loai", "khong_xep_loai"].map((xep_loai) => ({
          ...base,
          loai_hinh,
          xep_loai,
          trang_thai: "tam_ngung",
          lien_ket_chuoi: "co",
        })),
      ),
      ...ORGANISATION_YEAR_COLUMNS.find((c) => c.key === "trang_thai")!.choices!.map((s) => ({
        ...base,
        loai_hinh: "THT",
        trang_thai: s.key,
        linh_vuc: "phi_nong_nghiep",
        hoat_dong_hieu_qua: "khong",
        chuyen_doi_so: "co",
        ung_dung_cnc: "khong",
      })),
      { ...base, loai_hinh: "HTX", trang_thai: "dang_hoat_dong", linh_vuc: "tin_dung" },
    ];
    for (const values of cases) {
      const byKey = org(values);
      expect(byKey.issues).toEqual([]);
      expect(org(withLabels(ORGANISATION_YEAR_COLUMNS, values)).value).toEqual(byKey.value);
    }
    const today = new Date(Date.UTC(2025, 0, 1));
    for (const [gioi_tinh, doi_tuong, loai_thanh_vien] of [
      ["nam", "ca_nhan", "chinh_thuc"],
      ["nu", "ho_gia_dinh", "lien_ket_gop_von"],
      ["khac", "phap_nhan", "lien_ket_khong_gop_von"],
      ["nam", "to_chuc", "chinh_thuc"],
    ]) {
      const values = { ma_to_chuc: "X-1", ho_ten: "A", gioi_tinh, doi_tuong, loai_thanh_vien, ngay_vao: "01/01/2020" };
      const byKey = parseMemberRow(record(MEMBER_COLUMNS, values), { today });
      expect(byKey.issues).toEqual([]);
      expect(parseMemberRow(record(MEMBER_COLUMNS, withLabels(MEMBER_COLUMNS, values)), { today }).value).toEqual(
        byKey.value,
      );
    }
  });
});
