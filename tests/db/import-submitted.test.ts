// An import touching a submitted dossier (issue 10: "submitting locks everything the
// submission covers"). A submitted dossier covers its year's rows and the organisation's
// register rows (identity, status, members, linkages, high technology). Each row of the
// file that would change such a dossier is refused with its row, column and the locked
// year, in the preview ("Kiểm tra") as in the import, and nothing of the file is written
// (all or nothing), for the commune official and the district alike; once the dossier
// is withdrawn ("Rút lại để sửa") the same file imports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/domain/actions/action-result";
import { MEMBER_COLUMNS, ORGANISATION_YEAR_COLUMNS } from "@/domain/import/columns";
import { formatIssue } from "@/domain/import/issues";
import type { Viewer } from "@/server/auth/viewer";
import { withdrawReport } from "@/server/approval/withdraw-report.action";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { runImport } from "@/server/import-export/run-import";
import { createActionWorld, DATA_YEAR, type ActionWorld } from "./action-world";
import { csvFile, dumpTables, ORGANISATION_TABLES } from "./import-support";

const NEXT = DATA_YEAR + 1;
const ORG_KEYS = ORGANISATION_YEAR_COLUMNS.map((c) => c.key);
const MEMBER_KEYS = MEMBER_COLUMNS.map((c) => c.key);
const TABLES = [...ORGANISATION_TABLES, "Person", "Membership", "PendingChange", "AuditLog"];

let w: ActionWorld;
let code: { status: string; identity: string; link: string; year: string; members: string };
let communeCode: string;

beforeAll(async () => {
  w = await createActionWorld();
  communeCode = w.communeCode(w.communeOwn);
  const submitted = async () => {
    const o = await w.make.organisation(w.communeOwn);
    await w.make.annualReport(o.id, "SUBMITTED");
    return o.code;
  };
  code = {
    year: await submitted(),
    status: await submitted(),
    identity: await submitted(),
    link: await submitted(),
    members: await submitted(),
  };
});
afterAll(async () => w?.db.dispose());

const orgRow = (c: string, year: number, over: Record<string, string | number> = {}) => ({
  ma_to_chuc: c,
  loai_hinh: "HTX",
  ten: `Hợp tác xã ${c}`,
  ma_xa: communeCode,
  linh_vuc: "nong_nghiep",
  trang_thai: "dang_hoat_dong",
  nam: year,
  so_thanh_vien: "25",
  ...over,
});

const organisationFile = () =>
  csvFile(ORG_KEYS, [
    orgRow(code.year, DATA_YEAR, { so_thanh_vien: "30" }), // the submitted year itself
    orgRow(code.status, NEXT, { trang_thai: "tam_ngung" }), // a new year, but a status change
    orgRow(code.identity, NEXT, { ten: "Hợp tác xã Đổi Tên" }), // a new year, but a new name
    orgRow(code.link, NEXT, { lien_ket_chuoi: "co" }), // a new year, but a value-chain link
    orgRow("NK-SACH", NEXT), // a new organisation: fine on its own
  ]);

// The same for both roles: nobody changes a dossier waiting for approval.
const lockedIssues = () => [
  `Dòng 2, cột “Năm” (nam): hồ sơ năm ${DATA_YEAR} của ${code.year} đã gửi duyệt và đang chờ huyện duyệt; cần "Rút lại để sửa" trước khi nhập đè`,
  `Dòng 3, cột “Trạng thái” (trang_thai): tổ chức ${code.status} có hồ sơ năm ${DATA_YEAR} đã gửi duyệt và đang chờ huyện duyệt; trạng thái hoạt động thuộc hồ sơ đó nên đang bị khoá; cần "Rút lại để sửa" trước khi nhập`,
  `Dòng 4, cột “Tên tổ chức” (ten): tổ chức ${code.identity} có hồ sơ năm ${DATA_YEAR} đã gửi duyệt và đang chờ huyện duyệt; thông tin của tổ chức (loại hình, tên, xã, lĩnh vực) thuộc hồ sơ đó nên đang bị khoá; cần "Rút lại để sửa" trước khi nhập`,
  `Dòng 5, cột “Liên kết chuỗi giá trị” (lien_ket_chuoi): tổ chức ${code.link} có hồ sơ năm ${DATA_YEAR} đã gửi duyệt và đang chờ huyện duyệt; liên kết chuỗi thuộc hồ sơ đó nên đang bị khoá; cần "Rút lại để sửa" trước khi nhập`,
];

const memberFile = () =>
  csvFile(MEMBER_KEYS, [
    {
      ma_to_chuc: code.members,
      ho_ten: "Lê Văn Khoá",
      nam_sinh: 1980,
      doi_tuong: "ca_nhan",
      loai_thanh_vien: "chinh_thuc",
      ngay_vao: "01/02/2025",
      von_gop: "2.000.000",
    },
  ]);

const issuesOf = (r: ActionResult<unknown>) => (r.ok ? [] : ((r.fieldErrors?.issues as string[] | undefined) ?? []));

describe("an import touching a submitted dossier", () => {
  it.each(["COMMUNE", "DISTRICT"] as const)(
    "refuses each row that would change it, naming the row, and writes nothing (%s)",
    async (role) => {
      const viewer: Viewer = role === "COMMUNE" ? w.commune : w.district;
      const before = await dumpTables(w.prisma, TABLES);

      const bytes = new Uint8Array(await organisationFile().arrayBuffer());
      const preview = await runImport(
        w.prisma,
        viewer,
        "to-chuc-theo-nam",
        { bytes, name: "nhap.csv" },
        { dryRun: true },
      );
      expect(preview.ok).toBe(false);
      if (!preview.ok) expect(preview.issues.map(formatIssue)).toEqual(lockedIssues());

      const r = await importSpreadsheet.run(viewer, { kind: "to-chuc-theo-nam", file: organisationFile() }, w.prisma);
      expect(r, JSON.stringify(r)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^Tệp có 4 lỗi, chưa ghi dòng nào/),
      });
      expect(r.ok === false && r.ref, "a lock is not an unexpected error").toBeFalsy();
      expect(issuesOf(r)).toEqual(lockedIssues());
      expect(await dumpTables(w.prisma, TABLES), "nothing of the file is written").toEqual(before);
    },
  );

  it("refuses a member-register row of an organisation whose dossier is submitted", async () => {
    const before = await dumpTables(w.prisma, TABLES);
    const r = await importSpreadsheet.run(w.district, { kind: "thanh-vien", file: memberFile() }, w.prisma);
    expect(r, JSON.stringify(r)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Tệp có 1 lỗi, chưa ghi dòng nào/),
    });
    expect(issuesOf(r)).toEqual([
      `Dòng 2, cột “Mã tổ chức” (ma_to_chuc): tổ chức ${code.members} có hồ sơ năm ${DATA_YEAR} đã gửi duyệt và đang chờ huyện duyệt; sổ thành viên thuộc hồ sơ đó nên đang bị khoá; cần "Rút lại để sửa" trước khi nhập`,
    ]);
    expect(await dumpTables(w.prisma, TABLES)).toEqual(before);
  });

  it("imports the same files once the dossiers are withdrawn (Rút lại để sửa)", async () => {
    for (const c of Object.values(code)) {
      const report = await w.prisma.annualReport.findFirstOrThrow({
        where: { organisation: { code: c }, year: DATA_YEAR },
      });
      const withdrawn = await withdrawReport.run(
        w.commune,
        { organisationId: report.organisationId, year: DATA_YEAR, version: report.version },
        w.prisma,
      );
      expect(withdrawn).toMatchObject({ ok: true });
    }
    const r = await importSpreadsheet.run(w.commune, { kind: "to-chuc-theo-nam", file: organisationFile() }, w.prisma);
    expect(r, JSON.stringify(r)).toMatchObject({
      ok: true,
      data: { organisationsCreated: 1, yearsCreated: 4, yearsUpdated: 1, approvalStatus: "SUBMITTED" },
    });
    const members = await importSpreadsheet.run(w.district, { kind: "thanh-vien", file: memberFile() }, w.prisma);
    expect(members, JSON.stringify(members)).toMatchObject({ ok: true, data: { membershipsCreated: 1 } });
    const renamed = await w.prisma.organisation.findUniqueOrThrow({ where: { code: code.identity } });
    expect(renamed.name).toBe("Hợp tác xã Đổi Tên");
  });
});
