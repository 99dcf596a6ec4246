import { describe, expect, it } from "vitest";
import { ORGANISATION_YEAR_COLUMNS } from "./columns";
import { resolveCommune, type CommuneData } from "./communes";
import { formatIssue } from "./issues";
import { parseOrganisationYear } from "./organisation-row";
import { levelForScore, type ThresholdData } from "./rating";
import { mapTable, type SheetRow } from "./table";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const COMMUNES: CommuneData[] = [
  // Official codes: the new xã Long Bình kept the code of the old one (28687).
  {
    id: 1,
    code: "28657",
    name: "Bình Phú",
    kind: "Xã",
    validFrom: d("1979-01-01"),
    validTo: d("2025-06-30"),
    successorId: 4,
  },
  {
    id: 2,
    code: "28687",
    name: "Long Bình",
    kind: "Xã",
    validFrom: d("1979-01-01"),
    validTo: d("2025-06-30"),
    successorId: 3,
  },
  { id: 3, code: "28687", name: "Long Bình", kind: "Xã", validFrom: d("2025-07-01"), validTo: null },
  { id: 4, code: "28663", name: "Phú Thành", kind: "Xã", validFrom: d("2025-07-01"), validTo: null },
];
const KEYS = ORGANISATION_YEAR_COLUMNS.map((c) => c.key);
const ctx = { communes: COMMUNES, minYear: 2000, maxYear: 2027 };

function sheet(...data: Array<Record<string, string | number>>): SheetRow[] {
  return [
    { rowNumber: 1, cells: ORGANISATION_YEAR_COLUMNS.map((c) => c.label) },
    { rowNumber: 2, cells: KEYS },
    ...data.map((r, i) => ({ rowNumber: i + 3, cells: KEYS.map((k) => r[k] ?? null) })),
  ];
}

const VALID = {
  ma_to_chuc: "HTX-001",
  loai_hinh: "HTX",
  ten: "HTX Nông nghiệp Bình Phú",
  ma_xa: "28657",
  linh_vuc: "nong_nghiep",
  trang_thai: "dang_hoat_dong",
  nam: "2025",
  so_thanh_vien: "120",
  von_dieu_le: "1.500.000.000",
  loi_nhuan: "-25.000.000",
  diem_danh_gia: "72,5",
  xep_loai: "kha",
  lien_ket_chuoi: "co",
};

describe("mapTable", () => {
  it("maps the columns, skips the key row and blank rows, numbering rows as Excel does", () => {
    const rows = sheet(VALID);
    rows.push({ rowNumber: 4, cells: [] }, { rowNumber: 5, cells: KEYS.map((k) => (k === "ma_to_chuc" ? "X" : null)) });
    const { records, issues } = mapTable(rows, ORGANISATION_YEAR_COLUMNS);
    expect(issues).toEqual([]);
    expect(records.map((r) => r.row)).toEqual([3, 5]);
    expect(records[0].values.von_dieu_le).toBe("1.500.000.000");
  });

  it("accepts the Vietnamese labels as headers and reports unknown, duplicated and missing columns", () => {
    const labels = mapTable(
      [
        {
          rowNumber: 1,
          cells: ["Mã tổ chức", "Loại hình", "Tên tổ chức", "Tên xã, thị trấn", "Lĩnh vực", "Trạng thái", "Năm"],
        },
      ],
      ORGANISATION_YEAR_COLUMNS,
    );
    expect(labels.issues).toEqual([]);
    expect(labels.columns).toEqual(["ma_to_chuc", "loai_hinh", "ten", "ten_xa", "linh_vuc", "trang_thai", "nam"]);
    const bad = mapTable(
      [{ rowNumber: 1, cells: ["ma_to_chuc", "ma_to_chuc", "von_dieu_lee"] }],
      ORGANISATION_YEAR_COLUMNS,
    );
    expect(bad.issues.map(formatIssue)).toContain(
      "Dòng 1, cột “Mã tổ chức” (ma_to_chuc): cột bị lặp lại (tên hoặc mã cột ghi hai lần)",
    );
    expect(bad.issues.map(formatIssue)).toContain(
      "Dòng 1, cột “von_dieu_lee”: cột không thuộc mẫu; hãy dùng đúng tên cột của tệp mẫu",
    );
    expect(bad.issues.map(formatIssue)).toContain("Dòng 1, cột “Năm” (nam): thiếu cột bắt buộc");
  });
});

describe("parseOrganisationYear", () => {
  it("parses a valid row", () => {
    const { records } = mapTable(sheet(VALID), ORGANISATION_YEAR_COLUMNS);
    const { value, issues } = parseOrganisationYear(records[0], ctx);
    expect(issues).toEqual([]);
    expect(value).toMatchObject({
      row: 3,
      code: "HTX-001",
      type: "HTX",
      sector: "AGRICULTURE",
      status: "ACTIVE",
      year: 2025,
      commune: { id: 1 },
      rating: { key: "kha", score: "72.50" },
      linkage: true,
      highTech: null,
    });
    expect(value!.report.charterCapital).toBe(1_500_000_000n);
    expect(value!.report.profit).toBe(-25_000_000n);
    expect(value!.report.memberCount).toBe(120);
  });

  it("reports every error of a row with its row number and column", () => {
    const { records } = mapTable(
      sheet({
        ...VALID,
        loai_hinh: "HTXX",
        von_dieu_le: "1,5",
        trang_thai: "",
        so_thanh_vien: "10",
        so_thanh_vien_chinh_thuc: "12",
      }),
      ORGANISATION_YEAR_COLUMNS,
    );
    const { value, issues } = parseOrganisationYear(records[0], ctx);
    expect(value).toBeNull();
    expect(issues.map(formatIssue)).toEqual([
      "Dòng 3, cột “Loại hình” (loai_hinh): phải là một trong: “Tổ hợp tác”, “Hợp tác xã”, “Liên hiệp hợp tác xã”",
      "Dòng 3, cột “Trạng thái” (trang_thai): không được để trống",
      "Dòng 3, cột “Số thành viên chính thức” (so_thanh_vien_chinh_thuc): không được lớn hơn số thành viên (10)",
      "Dòng 3, cột “Vốn điều lệ” (von_dieu_le): phải là số nguyên đồng, ví dụ 1.500.000",
    ]);
  });

  it("reports a level that disagrees with the score even when another cell of the row is wrong", () => {
    const { records } = mapTable(
      sheet({ ...VALID, von_dieu_le: "1,5", diem_danh_gia: "85" }),
      ORGANISATION_YEAR_COLUMNS,
    );
    const levelForScore = (score: number) => (score >= 80 ? "GOOD" : "FAIR") as "GOOD" | "FAIR";
    expect(parseOrganisationYear(records[0], { ...ctx, levelForScore }).issues.map(formatIssue)).toEqual([
      "Dòng 3, cột “Vốn điều lệ” (von_dieu_le): phải là số nguyên đồng, ví dụ 1.500.000",
      "Dòng 3, cột “Xếp loại” (xep_loai): không khớp với điểm 85: theo ngưỡng đang áp dụng là Tốt (tot)",
    ]);
  });

  it("refuses ratings for a THT and a score with chua_xep_loai", () => {
    const { records } = mapTable(
      sheet({ ...VALID, loai_hinh: "THT", xep_loai: "", diem_danh_gia: "70" }, { ...VALID, xep_loai: "chua_xep_loai" }),
      ORGANISATION_YEAR_COLUMNS,
    );
    expect(parseOrganisationYear(records[0], ctx).issues[0]).toMatchObject({ row: 3, column: "diem_danh_gia" });
    expect(parseOrganisationYear(records[1], ctx).issues[0]).toMatchObject({ row: 4, column: "diem_danh_gia" });
  });

  it("accepts Vietnamese labels as values", () => {
    const { records } = mapTable(
      sheet({
        ...VALID,
        loai_hinh: "Hợp tác xã",
        trang_thai: "Tạm ngừng kinh doanh",
        linh_vuc: "Phi nông nghiệp",
        lien_ket_chuoi: "Không",
      }),
      ORGANISATION_YEAR_COLUMNS,
    );
    const { value } = parseOrganisationYear(records[0], ctx);
    expect(value).toMatchObject({ type: "HTX", status: "SUSPENDED", sector: "NON_AGRICULTURE", linkage: false });
  });
});

describe("resolveCommune", () => {
  const opts = { refDate: d("2024-12-31") };
  it("finds a commune by code, or by name with or without diacritics and prefix", () => {
    expect(resolveCommune("28657", "", COMMUNES, opts)).toMatchObject({ ok: true, commune: { id: 1 } });
    expect(resolveCommune("", "binh phu", COMMUNES, opts)).toMatchObject({ ok: true, commune: { id: 1 } });
    expect(resolveCommune("", "Xã Bình Phú", COMMUNES, opts)).toMatchObject({ ok: true, commune: { id: 1 } });
  });

  it("resolves a repeated name or a reused code by the row's year, the organisation's own unit first", () => {
    expect(resolveCommune("", "Long Binh", COMMUNES, opts)).toMatchObject({ commune: { id: 2 }, byDate: true });
    expect(resolveCommune("", "Long Binh", COMMUNES, { refDate: d("2026-12-31") })).toMatchObject({
      commune: { id: 3 },
    });
    // 2025: both existed; the organisation's own (old) unit wins, else the one in force on 31/12
    expect(resolveCommune("", "Long Bình", COMMUNES, { refDate: d("2025-12-31"), preferredId: 2 })).toMatchObject({
      commune: { id: 2 },
    });
    expect(resolveCommune("", "Long Bình", COMMUNES, { refDate: d("2025-12-31") })).toMatchObject({
      commune: { id: 3 },
    });
    // 2026: the old unit no longer existed, preferred or not
    expect(resolveCommune("", "Long Binh", COMMUNES, { refDate: d("2026-12-31"), preferredId: 2 })).toMatchObject({
      commune: { id: 3 },
    });
    expect(resolveCommune("28687", "", COMMUNES, opts)).toMatchObject({ commune: { id: 2 }, column: "ma_xa" });
    expect(resolveCommune("28687", "Long Bình", COMMUNES, { refDate: d("2026-12-31") })).toMatchObject({
      commune: { id: 3 },
    });
  });

  it("refuses a unit in a year after it ceased to exist, on the column filled, naming its successor", () => {
    expect(resolveCommune("", "Bình Phú", COMMUNES, { refDate: d("2026-12-31") })).toEqual({
      ok: false,
      column: "ten_xa",
      message:
        "Xã Bình Phú (mã 28657, đến 30/06/2025) thôi tồn tại từ 01/07/2025; số liệu năm 2026 phải ghi xã Phú Thành (mã 28663)",
    });
    expect(resolveCommune("28657", "", COMMUNES, { refDate: d("2026-12-31") })).toMatchObject({
      ok: false,
      column: "ma_xa",
    });
    expect(resolveCommune("28663", "", COMMUNES, opts)).toMatchObject({
      ok: false,
      column: "ma_xa",
      message: expect.stringContaining("chỉ có từ 01/07/2025"),
    });
    // 2025: the old commune existed for half of it
    expect(resolveCommune("", "Bình Phú", COMMUNES, { refDate: d("2025-12-31") })).toMatchObject({ ok: true });
  });

  it("reports unknown codes, unknown names and a name contradicting the code", () => {
    expect(resolveCommune("99999", "", COMMUNES, opts)).toMatchObject({ ok: false, column: "ma_xa" });
    expect(resolveCommune("", "Tân Phú", COMMUNES, opts)).toMatchObject({ ok: false, column: "ten_xa" });
    expect(resolveCommune("28657", "Long Bình", COMMUNES, opts)).toMatchObject({ ok: false, column: "ten_xa" });
  });
});

describe("levelForScore", () => {
  const th = (
    level: ThresholdData["level"],
    minScore: number,
    validFrom = "2020-01-01",
    validTo: string | null = null,
  ) => ({
    scheme: "GENERAL" as const,
    level,
    minScore,
    validFrom: d(validFrom),
    validTo: validTo ? d(validTo) : null,
  });
  const T = [th("GOOD", 80), th("FAIR", 65), th("AVERAGE", 50), th("WEAK", 0)];
  it("uses the thresholds in force, boundaries inclusive", () => {
    expect(levelForScore(80, "GENERAL", d("2025-12-31"), T)).toBe("GOOD");
    expect(levelForScore(79.99, "GENERAL", d("2025-12-31"), T)).toBe("FAIR");
    expect(levelForScore(49.99, "GENERAL", d("2025-12-31"), T)).toBe("WEAK");
    expect(levelForScore(70, "AGRICULTURE", d("2025-12-31"), T)).toBeNull();
    const changed = [
      ...T.map((t) => ({ ...t, validTo: d("2024-12-31") })),
      th("GOOD", 85, "2025-01-01"),
      th("FAIR", 70, "2025-01-01"),
      th("AVERAGE", 50, "2025-01-01"),
      th("WEAK", 0, "2025-01-01"),
    ];
    expect(levelForScore(82, "GENERAL", d("2024-12-31"), changed)).toBe("GOOD");
    expect(levelForScore(82, "GENERAL", d("2025-12-31"), changed)).toBe("FAIR");
  });
});
