import { describe, expect, it } from "vitest";
import { ORGANISATION_YEAR_COLUMNS } from "./columns";
import { importToday, type ImportScope } from "./import-rules";
import { formatIssue } from "./issues";
import type { ExistingOrg, OrganisationSnapshot } from "./organisation-snapshot";
import { mapOrganisationSheet, organisationSheetKeys, planOrganisationImport } from "./plan-organisations";
import { BINH_NHI, COMMUNES, NEW_VINH_BINH, OLD_VINH_BINH, THRESHOLDS, d, sheetOf } from "./plan-fixtures.test-support";

const DISTRICT: ImportScope = { role: "DISTRICT", communeIds: [] };
const COMMUNE_OFFICIAL: ImportScope = { role: "COMMUNE", communeIds: [NEW_VINH_BINH.id, OLD_VINH_BINH.id] };
const NOW = new Date("2026-06-15T03:00:00Z");

const row = (over: Record<string, string | number> = {}) => ({
  ma_to_chuc: "HTX-1",
  loai_hinh: "HTX",
  ten: "HTX Vĩnh Bình",
  ma_xa: NEW_VINH_BINH.code,
  linh_vuc: "nong_nghiep",
  trang_thai: "dang_hoat_dong",
  nam: 2025,
  so_thanh_vien: 30,
  von_dieu_le: "1.000.000",
  ...over,
});

const EXISTING: ExistingOrg = {
  id: 7,
  code: "HTX-1",
  type: "HTX",
  name: "HTX Vĩnh Bình",
  communeId: NEW_VINH_BINH.id,
  sector: "AGRICULTURE",
  currentStatus: "ACTIVE",
};
const REPORT_2025 = {
  id: 70,
  organisationId: 7,
  year: 2025,
  approvalStatus: "APPROVED" as const,
  memberCount: 30,
  officialMemberCount: null,
  employeeCount: null,
  charterCapital: 1_000_000n,
  totalAssets: null,
  revenue: null,
  profit: null,
  avgMemberIncome: null,
  effective: null,
};

function snapshot(over: Partial<OrganisationSnapshot> = {}): OrganisationSnapshot {
  return {
    communes: COMMUNES,
    thresholds: THRESHOLDS,
    organisations: [],
    statusChanges: [],
    reports: [],
    ratings: [],
    links: [],
    highTech: [],
    digital: [],
    submitted: [],
    ...over,
  };
}
const known = (over: Partial<OrganisationSnapshot> = {}) =>
  snapshot({
    organisations: [EXISTING],
    statusChanges: [{ organisationId: 7, status: "ACTIVE", effectiveFrom: d("2020-01-01") }],
    reports: [REPORT_2025],
    ...over,
  });

function plan(
  rows: Record<string, string | number>[],
  snap = snapshot(),
  opts: { scope?: ImportScope; now?: Date } = {},
) {
  const { records, issues } = mapOrganisationSheet(sheetOf(ORGANISATION_YEAR_COLUMNS, rows));
  expect(issues).toEqual([]);
  return planOrganisationImport(records, snap, { scope: opts.scope ?? DISTRICT, today: importToday(opts.now ?? NOW) });
}
const issuesOf = (r: ReturnType<typeof plan>) => (r.ok ? [] : r.issues.map(formatIssue));
function planned(...args: Parameters<typeof plan>) {
  const r = plan(...args);
  if (!r.ok) throw new Error(issuesOf(r).join("\n"));
  return r;
}

describe("planOrganisationImport", () => {
  it("creates a new organisation, its first status on 1/1 of its first year, and its years", () => {
    const r = planned([row({ nam: 2024, ma_xa: OLD_VINH_BINH.code }), row({ nam: 2025 })]);
    expect(r.ok).toBe(true);
    expect(r.plan.creates).toEqual([
      {
        code: "HTX-1",
        identity: { type: "HTX", name: "HTX Vĩnh Bình", communeId: NEW_VINH_BINH.id, sector: "AGRICULTURE" },
        currentStatus: "ACTIVE",
      },
    ]);
    expect(r.plan.statusChanges).toEqual([{ code: "HTX-1", status: "ACTIVE", effectiveFrom: d("2024-01-01") }]);
    expect(r.plan.years.map((y) => [y.row.year, y.created])).toEqual([
      [2024, true],
      [2025, true],
    ]);
    expect(r.summary).toMatchObject({ organisationsCreated: 1, yearsCreated: 2, approvalStatus: "APPROVED" });
  });

  it("leaves a row equal to what is stored alone", () => {
    const r = planned([row()], known());
    expect(r.summary).toMatchObject({ unchanged: 1, yearsUpdated: 0, organisationsUpdated: 0 });
    expect(r.plan.years).toEqual([]);
    expect(r.plan.updates).toEqual([]);
  });

  it("updates changed figures, a new name and a status change at the year's end", () => {
    const r = planned([row({ so_thanh_vien: 31, ten: "HTX mới", trang_thai: "tam_ngung" })], known());
    expect(r.ok).toBe(true);
    expect(r.summary).toMatchObject({ yearsUpdated: 1, organisationsUpdated: 1, statusChanges: 1 });
    expect(r.plan.years[0].before).toMatchObject({ id: 70, memberCount: 30 });
    expect(r.plan.statusChanges).toEqual([{ code: "HTX-1", status: "SUSPENDED", effectiveFrom: d("2025-12-31") }]);
    // suspended at the end of 2025, so suspended today
    expect(r.plan.updates[0]).toMatchObject({ before: EXISTING, currentStatus: "SUSPENDED" });
  });

  it("writes a rating whose score and level agree, and reports one that does not", () => {
    const ok = planned([row({ diem_danh_gia: "80", xep_loai: "tot" })], known());
    expect(ok.plan.ratings).toEqual([
      {
        code: "HTX-1",
        year: 2025,
        scheme: "AGRICULTURE",
        eligible: true,
        score: "80.00",
        level: "GOOD",
        notRatedReason: null,
      },
    ]);
    expect(issuesOf(plan([row({ diem_danh_gia: "80", xep_loai: "kha" })], known()))).toEqual([
      "Dòng 2, cột “Xếp loại” (xep_loai): không khớp với điểm 80: theo ngưỡng đang áp dụng là Tốt (tot)",
    ]);
  });

  it("reports each class of error with its row and column", () => {
    const issues = issuesOf(
      plan([
        row({ ten: "" }),
        row({ nam: 2024 }),
        row({ nam: 2024 }),
        row({ ma_to_chuc: "HTX-2", nam: 2024, ten: "A" }),
        row({ ma_to_chuc: "HTX-2", nam: 2025, ten: "B" }),
      ]),
    );
    expect(issues).toEqual([
      "Dòng 2, cột “Tên tổ chức” (ten): không được để trống",
      "Dòng 4, cột “Năm” (nam): trùng mã tổ chức và năm với dòng 3",
      "Dòng 6, cột “Tên tổ chức” (ten): khác với dòng 5 của cùng tổ chức HTX-2; các dòng của một tổ chức phải giống nhau ở cột này",
    ]);
  });

  it("keeps a commune official inside their units, and off approved and submitted years", () => {
    const outside = plan([row({ ma_xa: BINH_NHI.code, nam: 2024 })], snapshot(), { scope: COMMUNE_OFFICIAL });
    expect(issuesOf(outside)).toEqual(["Dòng 2, cột “Mã xã” (ma_xa): xã Bình Nhì ngoài địa bàn bạn được nhập liệu"]);

    const elsewhere = known({ organisations: [{ ...EXISTING, communeId: BINH_NHI.id }] });
    expect(issuesOf(plan([row()], elsewhere, { scope: COMMUNE_OFFICIAL }))).toEqual([
      "Dòng 2, cột “Mã tổ chức” (ma_to_chuc): tổ chức HTX-1 thuộc xã Bình Nhì, ngoài địa bàn bạn được nhập liệu",
    ]);

    const approved = plan([row({ so_thanh_vien: 40 })], known(), { scope: COMMUNE_OFFICIAL });
    expect(issuesOf(approved)).toEqual([
      "Dòng 2, cột “Năm” (nam): số liệu năm 2025 của HTX-1 đã được huyện duyệt; cán bộ xã không được sửa (đề nghị huyện mở lại)",
    ]);
    const submitted = known({ reports: [{ ...REPORT_2025, approvalStatus: "SUBMITTED" }] });
    expect(issuesOf(plan([row({ so_thanh_vien: 40 })], submitted))).toEqual([
      'Dòng 2, cột “Năm” (nam): hồ sơ năm 2025 của HTX-1 đã gửi duyệt và đang chờ huyện duyệt; cần "Rút lại để sửa" trước khi nhập đè',
    ]);

    const fresh = planned([row({ nam: 2024, ma_xa: OLD_VINH_BINH.code })], snapshot(), { scope: COMMUNE_OFFICIAL });
    expect(fresh.summary).toMatchObject({ approvalStatus: "SUBMITTED", yearsCreated: 1 });
  });

  it("locks the register rows of an organisation with a submitted dossier, from a row of any year", () => {
    // 2026 waits for approval; the rows are of 2025 (approved: the district may change its figures)
    const locked = known({ submitted: [{ organisationId: 7, year: 2026 }] });
    const lock = (column: string, what: string) =>
      `Dòng 2, cột ${column}: tổ chức HTX-1 có hồ sơ năm 2026 đã gửi duyệt và đang chờ huyện duyệt; ${what} thuộc hồ sơ đó nên đang bị khoá; cần "Rút lại để sửa" trước khi nhập`;
    expect(planned([row({ so_thanh_vien: 40 })], locked).summary).toMatchObject({ yearsUpdated: 1 });
    expect(planned([row()], locked).summary).toMatchObject({ unchanged: 1 });
    expect(issuesOf(plan([row({ trang_thai: "tam_ngung" })], locked))).toEqual([
      lock("“Trạng thái” (trang_thai)", "trạng thái hoạt động"),
    ]);
    expect(issuesOf(plan([row({ ten: "HTX Vĩnh Bình Mới" })], locked))).toEqual([
      lock("“Tên tổ chức” (ten)", "thông tin của tổ chức (loại hình, tên, xã, lĩnh vực)"),
    ]);
    expect(issuesOf(plan([row({ linh_vuc: "tin_dung" })], locked))).toEqual([
      lock("“Lĩnh vực” (linh_vuc)", "thông tin của tổ chức (loại hình, tên, xã, lĩnh vực)"),
    ]);
    expect(issuesOf(plan([row({ ung_dung_cnc: "co", lien_ket_chuoi: "co" })], locked))).toEqual([
      lock("“Liên kết chuỗi giá trị” (lien_ket_chuoi)", "liên kết chuỗi"),
      lock("“Ứng dụng công nghệ cao” (ung_dung_cnc)", "ứng dụng CNC"),
    ]);
    const importedLink = known({
      submitted: [{ organisationId: 7, year: 2026 }],
      links: [{ id: 1, organisationId: 7, validFrom: d("2025-01-01"), validTo: null, contractRef: "IMPORT" }],
    });
    expect(issuesOf(plan([row({ lien_ket_chuoi: "khong" })], importedLink))).toEqual([
      lock("“Liên kết chuỗi giá trị” (lien_ket_chuoi)", "liên kết chuỗi"),
    ]);
    // the same rows pass once nothing waits for approval
    expect(plan([row({ trang_thai: "tam_ngung", ten: "HTX Vĩnh Bình Mới", ung_dung_cnc: "co" })], known()).ok).toBe(
      true,
    );
  });

  it("accepts the old unit for 2024 and its successor for 2025, and refuses an unrelated unit", () => {
    const merged = planned([
      row({ nam: 2024, ma_xa: OLD_VINH_BINH.code }),
      row({ nam: 2025, ma_xa: NEW_VINH_BINH.code }),
    ]);
    expect(merged.ok).toBe(true);
    expect(merged.plan.creates[0].identity.communeId).toBe(NEW_VINH_BINH.id);

    const unrelated = plan([row({ nam: 2024, ma_xa: OLD_VINH_BINH.code }), row({ nam: 2025, ma_xa: "28660" })]);
    expect(issuesOf(unrelated)).toEqual([
      "Dòng 3, cột “Mã xã” (ma_xa): Xã Đồng Sơn (mã 28660) khác với Thị trấn Vĩnh Bình (mã 28651, đến 30/06/2025) ở dòng 2 của cùng tổ chức HTX-1; hãy ghi cùng một xã (xã cũ và xã đã nhận nó sau sáp nhập được coi là một)",
    ]);
    // the same mismatch named by name: reported on the name column, the one the user filled
    const byName = plan([
      row({ nam: 2024, ma_xa: "", ten_xa: "Vinh Binh" }),
      row({ nam: 2025, ma_xa: "", ten_xa: "Dong Son" }),
    ]);
    expect(issuesOf(byName)).toEqual([
      expect.stringMatching(/^Dòng 3, cột “Tên xã, thị trấn” \(ten_xa\): Xã Đồng Sơn/),
    ]);
  });

  // Issue 11: one organisation, a 2024 and a 2025 row naming "Vĩnh Bình" (the old town
  // and the new commune share the name and, officially, the code 28651): with the name
  // with or without diacritics, with ma_xa empty or filled, the file is valid.
  it.each([
    ["name with diacritics", { ma_xa: "", ten_xa: "Vĩnh Bình" }],
    ["name without diacritics", { ma_xa: "", ten_xa: "vinh binh" }],
    ["code", { ma_xa: "28651", ten_xa: "" }],
    ["code and name", { ma_xa: "28651", ten_xa: "Vĩnh Bình" }],
  ])("reads the same-name-across-the-merger pattern by year (%s)", (_, cells) => {
    const r = planned([row({ nam: 2024, ...cells }), row({ nam: 2025, ...cells })]);
    expect(r.ok).toBe(true);
    expect(r.plan.years.map((y) => y.row.commune.id)).toEqual([OLD_VINH_BINH.id, NEW_VINH_BINH.id]);
    expect(r.plan.creates[0].identity.communeId).toBe(NEW_VINH_BINH.id);
  });

  it("reads a unit name shared by the old and the new unit by the row's year, and says so", () => {
    const r = planned([
      row({ nam: 2024, ma_xa: "", ten_xa: "Vinh Binh" }),
      row({ nam: 2025, ma_xa: "", ten_xa: "Vĩnh Bình" }),
    ]);
    expect(r.ok).toBe(true);
    expect(r.plan.years.map((y) => y.row.commune.id)).toEqual([OLD_VINH_BINH.id, NEW_VINH_BINH.id]);
    expect(r.summary.warnings).toEqual([
      'Tên hoặc mã xã dùng chung cho đơn vị cũ và mới, đọc theo năm của dòng: "Vinh Binh" → Thị trấn Vĩnh Bình (mã 28651, đến 30/06/2025) cho năm 2024.',
      'Tên hoặc mã xã dùng chung cho đơn vị cũ và mới, đọc theo năm của dòng: "Vĩnh Bình" → Xã Vĩnh Bình (mã 28651) cho năm 2025.',
    ]);
  });

  it("refuses a row dated after its unit ceased to exist, naming the successor on the column filled", () => {
    expect(issuesOf(plan([row({ nam: 2026, ma_xa: BINH_NHI.code })]))).toEqual([
      "Dòng 2, cột “Mã xã” (ma_xa): Xã Bình Nhì (mã 28666, đến 30/06/2025) thôi tồn tại từ 01/07/2025; số liệu năm 2026 phải ghi xã Đồng Sơn (mã 28660)",
    ]);
    expect(issuesOf(plan([row({ nam: 2026, ma_xa: "", ten_xa: "Binh Nhi" })]))).toEqual([
      "Dòng 2, cột “Tên xã, thị trấn” (ten_xa): Xã Bình Nhì (mã 28666, đến 30/06/2025) thôi tồn tại từ 01/07/2025; số liệu năm 2026 phải ghi xã Đồng Sơn (mã 28660)",
    ]);
    expect(issuesOf(plan([row({ nam: 2024, ma_xa: "", ten_xa: "Đồng Sơn" })]))).toEqual([
      "Dòng 2, cột “Tên xã, thị trấn” (ten_xa): Xã Đồng Sơn (mã 28660) chỉ có từ 01/07/2025; số liệu năm 2024 phải ghi đơn vị cũ ở nơi đó (xã Bình Nhì (mã 28666))",
    ]);
  });

  it("creates and removes only the co/khong records it created itself", () => {
    const snap = known({
      links: [
        { id: 1, organisationId: 7, validFrom: d("2025-01-01"), validTo: d("2025-12-31"), contractRef: "IMPORT" },
        { id: 2, organisationId: 7, validFrom: d("2023-01-01"), validTo: null, contractRef: "HĐ 12" },
      ],
    });
    const r = planned([row({ lien_ket_chuoi: "khong", chuyen_doi_so: "co" })], snap);
    expect(r.plan.linkDeletes).toEqual([1]);
    expect(r.plan.digitalCreates).toEqual([{ code: "HTX-1", year: 2025 }]);
    expect(r.summary.warnings[0]).toMatch(/^Dòng 2: HTX-1 năm 2025 ghi "khong" liên kết chuỗi/);
  });
});

describe("the import's today is Vietnam's date", () => {
  // 18:00 UTC on 1 January is already 01:00 on 2 January in Vietnam.
  const EVENING = new Date("2026-01-01T18:00:00Z");

  it("dates a status change of the current year on Vietnam's day", () => {
    expect(importToday(EVENING)).toEqual(d("2026-01-02"));
    const r = planned([row({ nam: 2026, trang_thai: "tam_ngung" })], known(), { now: EVENING });
    expect(r.plan.statusChanges).toEqual([{ code: "HTX-1", status: "SUSPENDED", effectiveFrom: d("2026-01-02") }]);
  });

  it("accepts next year's rows as soon as the year has turned in Vietnam", () => {
    const newYearsEve = new Date("2026-12-31T18:00:00Z"); // 1 January 2027 in Vietnam
    const { records } = mapOrganisationSheet(sheetOf(ORGANISATION_YEAR_COLUMNS, [row({ nam: 2028 })]));
    expect(organisationSheetKeys(records, importToday(newYearsEve)).years).toEqual([2028]);
    expect(plan([row({ nam: 2028 })], snapshot(), { now: newYearsEve }).ok).toBe(true);
    expect(issuesOf(plan([row({ nam: 2028 })], snapshot(), { now: new Date("2026-12-31T12:00:00Z") }))).toEqual([
      "Dòng 2, cột “Năm” (nam): năm phải từ 2000 đến 2027",
    ]);
  });
});
