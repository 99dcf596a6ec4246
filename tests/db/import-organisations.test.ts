// Import of the organisations-by-year sheet through the action (auth, one transaction,
// audit): errors by row and column with nothing written, a valid import, re-import as
// update, export → import round trip, the filled XLSX template, scopes and roles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Viewer } from "@/server/auth/viewer";
import ExcelJS from "exceljs";
import { ORGANISATION_YEAR_COLUMNS, displayValue } from "@/domain/import/columns";
import { templateSheet } from "@/server/import-export/download";
import { exportOrganisationYears } from "@/server/import-export/export-organisations";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { writeCsv, writeXlsx } from "@/server/import-export/sheet-io";
import { seedReferenceData } from "@/server/seed/reference";
import { countAll, csvFile, dumpTables, makeViewer, ORGANISATION_TABLES } from "./import-support";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { communeId } from "./units";

const KEYS = ORGANISATION_YEAR_COLUMNS.map((c) => c.key);
// A past year (statuses dated 31/12) in which the old communes, Bình Phú among them,
// still existed (until 30/06/2025): a row of a later year in Bình Phú is refused.
const YEAR = 2025;
let db: TestDatabase;
let prisma: PrismaClient;
let district: Viewer;
let committee: Viewer;
let binhPhuOfficial: Viewer;
let binhPhu: number;

const row = (code: string, over: Record<string, string | number> = {}) => ({
  ma_to_chuc: code,
  loai_hinh: "HTX",
  ten: `HTX ${code}`,
  ma_xa: "28657",
  ten_xa: "Bình Phú",
  linh_vuc: "nong_nghiep",
  trang_thai: "dang_hoat_dong",
  nam: YEAR,
  so_thanh_vien: "120",
  so_thanh_vien_chinh_thuc: "100",
  so_lao_dong: "12",
  von_dieu_le: "1.500.000.000",
  tong_tai_san: "3.200.000.000",
  doanh_thu: "5.000.000.000",
  loi_nhuan: "-25.000.000",
  thu_nhap_binh_quan: "48.000.000",
  diem_danh_gia: "72,5",
  xep_loai: "kha",
  lien_ket_chuoi: "co",
  ung_dung_cnc: "khong",
  chuyen_doi_so: "co",
  ...over,
});

const run = (viewer: Viewer | null, file: File, kind = "to-chuc-theo-nam") =>
  importSpreadsheet.run(viewer, { kind, file }, prisma);

const DATA_TABLES = ORGANISATION_TABLES;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  await seedReferenceData(prisma);
  binhPhu = await communeId(prisma, "Bình Phú");
  district = await makeViewer(prisma, "huyen", "DISTRICT");
  committee = await makeViewer(prisma, "thuongtruc", "COMMITTEE");
  binhPhuOfficial = await makeViewer(prisma, "xa.binhphu", "COMMUNE", [binhPhu]);
});
afterAll(async () => db?.dispose());

describe("organisations-by-year import", () => {
  it("lists every error by row and column, in Vietnamese, and writes nothing", async () => {
    const before = await countAll(prisma);
    const file = csvFile(KEYS, [
      row("HTX-E1"),
      row("HTX-E2", { von_dieu_le: "1,5", loai_hinh: "HTXX" }),
      row("HTX-E3", { ma_xa: "", ten_xa: "Khong Co Xa" }),
      row("HTX-E4", { diem_danh_gia: "85", xep_loai: "kha" }),
      row("HTX-E1", {}),
    ]);
    const r = await run(district, file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/^Tệp có 5 lỗi, chưa ghi dòng nào/);
    expect(r.fieldErrors?.issues).toEqual([
      "Dòng 3, cột “Loại hình” (loai_hinh): phải là một trong: “Tổ hợp tác”, “Hợp tác xã”, “Liên hiệp hợp tác xã”",
      "Dòng 3, cột “Vốn điều lệ” (von_dieu_le): phải là số nguyên đồng, ví dụ 1.500.000",
      'Dòng 4, cột “Tên xã, thị trấn” (ten_xa): không tìm thấy xã, thị trấn "Khong Co Xa"',
      "Dòng 5, cột “Xếp loại” (xep_loai): không khớp với điểm 85: theo ngưỡng đang áp dụng là Tốt (tot)",
      "Dòng 6, cột “Năm” (nam): trùng mã tổ chức và năm với dòng 2",
    ]);
    expect(await countAll(prisma)).toEqual(before);
  });

  it("writes a valid file in one go, APPROVED for district staff, with audit rows", async () => {
    const file = csvFile(KEYS, [
      row("HTX-A"),
      row("HTX-A", { nam: YEAR - 1, diem_danh_gia: "", xep_loai: "chua_xep_loai", lien_ket_chuoi: "" }),
      row("THT-B", {
        loai_hinh: "THT",
        ten: "Tổ hợp tác rau Đồng Sơn",
        ma_xa: "",
        ten_xa: "dong son",
        diem_danh_gia: "",
        xep_loai: "",
        hoat_dong_hieu_qua: "co",
        von_dieu_le: "",
      }),
      row("HTX-C", { trang_thai: "tam_ngung", xep_loai: "khong_xep_loai", diem_danh_gia: "", linh_vuc: "tin_dung" }),
    ]);
    const r = await run(district, file);
    expect(r).toMatchObject({
      ok: true,
      data: { organisationsCreated: 3, yearsCreated: 4, yearsUpdated: 0, unchanged: 0, approvalStatus: "APPROVED" },
    });
    const a = await prisma.organisation.findUniqueOrThrow({
      where: { code: "HTX-A" },
      include: { reports: { orderBy: { year: "asc" } }, ratings: { orderBy: { year: "asc" } }, statusHistory: true },
    });
    expect(a.communeId).toBe(binhPhu);
    expect(a.reports.map((x) => [x.year, x.approvalStatus, x.charterCapital, x.profit])).toEqual([
      [YEAR - 1, "APPROVED", 1_500_000_000n, -25_000_000n],
      [YEAR, "APPROVED", 1_500_000_000n, -25_000_000n],
    ]);
    expect(a.reports[1].approvedById).toBe(district.id);
    expect(a.ratings.map((x) => [x.year, x.eligible, x.score?.toFixed(2) ?? null, x.level, x.notRatedReason])).toEqual([
      [YEAR - 1, true, null, null, "PENDING"],
      [YEAR, true, "72.50", "FAIR", null],
    ]);
    expect(a.ratings[1].scheme).toBe("AGRICULTURE");
    expect(a.statusHistory.map((s) => [s.status, s.effectiveFrom.toISOString().slice(0, 10)])).toEqual([
      ["ACTIVE", `${YEAR - 1}-01-01`],
    ]);
    const links = await prisma.valueChainLink.findMany({ where: { organisationId: a.id } });
    expect(links.map((l) => [l.contractRef, l.validFrom.toISOString().slice(0, 10)])).toEqual([
      ["IMPORT", `${YEAR}-01-01`],
    ]);
    expect(await prisma.digitalPractice.count({ where: { organisationId: a.id } })).toBe(2);
    expect(await prisma.highTechApplication.count({ where: { organisationId: a.id } })).toBe(0);

    const b = await prisma.organisation.findUniqueOrThrow({
      where: { code: "THT-B" },
      include: { reports: true, commune: true },
    });
    expect(b.commune.name).toBe("Đồng Sơn");
    expect(b.reports[0].effective).toBe(true);
    expect(b.reports[0].charterCapital).toBeNull();
    const c = await prisma.organisation.findUniqueOrThrow({ where: { code: "HTX-C" }, include: { ratings: true } });
    expect(c.currentStatus).toBe("SUSPENDED");
    expect(c.sector).toBe("CREDIT");
    expect(c.ratings[0]).toMatchObject({ eligible: false, level: null, notRatedReason: "OTHER" });

    const audits = await prisma.auditLog.findMany({ where: { action: "IMPORT" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ userId: district.id, entity: "Import", entityId: "to-chuc-theo-nam" });
    expect(audits[0].after).toMatchObject({ organisationsCreated: 3, yearsCreated: 4, rows: 4 });
    expect(await prisma.auditLog.count({ where: { entity: "AnnualReport", action: "CREATE" } })).toBe(4);
  });

  it("re-import updates instead of duplicating; a new status is dated 31/12 of a past year", async () => {
    const before = await countAll(prisma);
    const r = await run(
      district,
      csvFile(KEYS, [
        row("HTX-A", { doanh_thu: "6.000.000.000", trang_thai: "Tạm ngừng kinh doanh", lien_ket_chuoi: "khong" }),
      ]),
    );
    expect(r).toMatchObject({
      ok: true,
      data: { organisationsCreated: 0, yearsCreated: 0, yearsUpdated: 1, statusChanges: 1 },
    });
    const after = await countAll(prisma);
    expect(after.Organisation).toBe(before.Organisation);
    expect(after.AnnualReport).toBe(before.AnnualReport);
    expect(after.Rating).toBe(before.Rating);
    expect(after.OrgStatusChange).toBe(before.OrgStatusChange + 1);
    expect(after.ValueChainLink).toBe(before.ValueChainLink - 1); // the imported linkage is removed
    const a = await prisma.organisation.findUniqueOrThrow({
      where: { code: "HTX-A" },
      include: { reports: { where: { year: YEAR } }, statusHistory: { orderBy: { effectiveFrom: "asc" } } },
    });
    expect(a.reports[0].revenue).toBe(6_000_000_000n);
    expect(a.reports[0].version).toBe(2);
    expect(a.statusHistory.map((s) => [s.status, s.effectiveFrom.toISOString().slice(0, 10)])).toEqual([
      ["ACTIVE", `${YEAR - 1}-01-01`],
      ["SUSPENDED", `${YEAR}-12-31`],
    ]);
    expect(a.currentStatus).toBe("SUSPENDED");
  });

  it("export → import changes nothing (XLSX and CSV)", async () => {
    for (const format of ["xlsx", "csv"] as const) {
      const sheet = await exportOrganisationYears(prisma, { year: YEAR });
      expect(sheet.rows.length).toBe(3);
      const bytes = format === "xlsx" ? await writeXlsx(sheet) : Buffer.from(writeCsv(sheet), "utf8");
      const before = await dumpTables(prisma, DATA_TABLES);
      const r = await run(district, new File([new Uint8Array(bytes)], `xuat.${format}`));
      expect(r).toMatchObject({ ok: true, data: { rows: 3, unchanged: 3, yearsUpdated: 0, statusChanges: 0 } });
      expect(await dumpTables(prisma, DATA_TABLES)).toEqual(before);
    }
  });

  it("a commune official imports only their communes, rows arrive SUBMITTED, approved years stay locked", async () => {
    const outside = await run(
      binhPhuOfficial,
      csvFile(KEYS, [row("HTX-X1", { nam: YEAR }), row("HTX-X2", { ma_xa: "28666", ten_xa: "", nam: YEAR })]),
    );
    expect(outside.ok).toBe(false);
    if (!outside.ok)
      expect(outside.fieldErrors?.issues).toEqual([
        "Dòng 3, cột “Mã xã” (ma_xa): xã Bình Nhì ngoài địa bàn bạn được nhập liệu",
      ]);
    expect(await prisma.organisation.count({ where: { code: { in: ["HTX-X1", "HTX-X2"] } } })).toBe(0);

    const approved = await run(binhPhuOfficial, csvFile(KEYS, [row("HTX-A", { doanh_thu: "7.000.000.000" })]));
    expect(approved.ok).toBe(false);
    if (!approved.ok)
      expect(approved.fieldErrors?.issues?.[0]).toMatch(
        /^Dòng 2, cột “Năm” \(nam\): số liệu năm \d+ của HTX-A đã được huyện duyệt/,
      );

    // issue 11: a 2026 row in Bình Phú (dissolved 30/06/2025) is refused, naming Phú Thành
    const late = await run(binhPhuOfficial, csvFile(KEYS, [row("HTX-X1", { nam: YEAR + 1 })]));
    expect(late).toMatchObject({
      ok: false,
      fieldErrors: {
        issues: [
          "Dòng 2, cột “Mã xã” (ma_xa): Xã Bình Phú (mã 28657, đến 30/06/2025) thôi tồn tại từ 01/07/2025; số liệu năm 2026 phải ghi xã Phú Thành (mã 28663)",
        ],
      },
    });

    const ok = await run(binhPhuOfficial, csvFile(KEYS, [row("HTX-X1", { nam: YEAR })]));
    expect(ok).toMatchObject({ ok: true, data: { approvalStatus: "SUBMITTED", yearsCreated: 1 } });
    const report = await prisma.annualReport.findFirstOrThrow({ where: { organisation: { code: "HTX-X1" } } });
    expect(report).toMatchObject({ approvalStatus: "SUBMITTED", submittedById: binhPhuOfficial.id, approvedAt: null });
  });

  it("the XLSX template: Vietnamese header, key row, dropdowns; filled with the dropdowns' labels, it imports", async () => {
    const { data } = await templateSheet(prisma, "to-chuc-theo-nam");
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load((await writeXlsx(data)) as unknown as ArrayBuffer);
    expect(empty.worksheets.map((w) => w.name)).toEqual(["Dữ liệu", "Hướng dẫn", "Danh mục"]);
    const sheet = empty.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...ORGANISATION_YEAR_COLUMNS.map((c) => c.label)]);
    expect(sheet.getRow(2).values).toEqual([undefined, ...KEYS]);
    // Column B is loai_hinh, E ten_xa; the lists are in "Danh mục".
    const list = (address: string) => sheet.getCell(address).dataValidation;
    expect(list("B3")).toMatchObject({ type: "list", formulae: ["'Danh mục'!$A$2:$A$4"], errorStyle: "warning" });
    expect(list("E3").formulae[0]).toMatch(/^'Danh mục'!\$C\$2:\$C\$\d+$/);
    const names = empty.getWorksheet("Danh mục")!.getColumn(3).values;
    expect(names).toContain("Bình Phú");
    expect(
      ORGANISATION_YEAR_COLUMNS.filter((c, i) => (c.choices || c.commune) && !sheet.getCell(3, i + 1).dataValidation),
    ).toEqual([]);

    const values: Record<string, string | number> = row("HTX-MAU", {
      nam: YEAR,
      ma_xa: "",
      trang_thai: "tam_ngung",
      xep_loai: "tot",
      diem_danh_gia: "",
    });
    const filled = await writeXlsx({
      ...data,
      rows: [ORGANISATION_YEAR_COLUMNS.map((c) => displayValue(c, values[c.key] ?? null))],
    });
    const r = await run(district, new File([new Uint8Array(filled)], "mau.xlsx"));
    expect(r).toMatchObject({ ok: true, data: { rows: 1, organisationsCreated: 1 } });
    const o = await prisma.organisation.findUniqueOrThrow({
      where: { code: "HTX-MAU" },
      include: { ratings: true, commune: true },
    });
    expect(o).toMatchObject({
      type: "HTX",
      sector: "AGRICULTURE",
      currentStatus: "SUSPENDED",
      commune: { code: "28657", name: "Bình Phú" },
    });
    expect(o.ratings[0]).toMatchObject({ level: "GOOD" });
  });

  it("refuses the committee and anonymous callers", async () => {
    const before = await countAll(prisma);
    const r = await run(committee, csvFile(KEYS, [row("HTX-Z")]));
    expect(r).toMatchObject({ ok: false, error: "Tài khoản Thường trực chỉ được xem, không được nhập dữ liệu" });
    expect(await run(null, csvFile(KEYS, [row("HTX-Z")]))).toMatchObject({ ok: false, error: "Bạn cần đăng nhập" });
    expect(await countAll(prisma)).toEqual(before);
  });
});
