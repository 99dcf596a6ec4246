// Member register import (a person linked by ID number or by name, birth year and
// commune after confirmation; the ID number stored nowhere) and population import/export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Viewer } from "@/server/auth/viewer";
import { MEMBER_COLUMNS, POPULATION_COLUMNS } from "@/domain/import/columns";
import { hashIdNumber } from "@/server/person/id-number-key";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { runImport } from "@/server/import-export/run-import";
import { exportPopulation } from "@/server/import-export/population";
import { writeXlsx } from "@/server/import-export/sheet-io";
import { seedReferenceData } from "@/server/seed/reference";
import { countAll, csvFile, dumpTables, makeViewer, TABLES } from "./import-support";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { communeId } from "./units";

process.env.ID_NUMBER_HASH_KEY ??= "khoa-thu-nghiem";
const ID = "079123456789";
let db: TestDatabase;
let prisma: PrismaClient;
let district: Viewer;
let binhPhuOfficial: Viewer;
let binhPhu: number;
let orgId: number;
let knownId: number;
let namesakeId: number;

const MKEYS = MEMBER_COLUMNS.map((c) => c.key);
const member = (over: Record<string, string | number> = {}) => ({
  ma_to_chuc: "HTX-TV",
  ho_ten: "Nguyễn Văn An",
  nam_sinh: 1970,
  gioi_tinh: "nam",
  doi_tuong: "ca_nhan",
  loai_thanh_vien: "chinh_thuc",
  ngay_vao: "15/03/2024",
  von_gop: "5.000.000",
  ...over,
});
const run = (viewer: Viewer, file: File, kind: string, extra: Record<string, string> = {}) =>
  importSpreadsheet.run(viewer, { kind, file, ...extra }, prisma);

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  await seedReferenceData(prisma);
  binhPhu = await communeId(prisma, "Bình Phú");
  district = await makeViewer(prisma, "huyen", "DISTRICT");
  binhPhuOfficial = await makeViewer(prisma, "xa.binhphu", "COMMUNE", [binhPhu]);
  orgId = (
    await prisma.organisation.create({
      data: { code: "HTX-TV", type: "HTX", name: "HTX Thành Viên", communeId: binhPhu, sector: "AGRICULTURE" },
    })
  ).id;
  knownId = (
    await prisma.person.create({
      data: {
        fullName: "Trần Thị Bé",
        birthYear: 1985,
        communeId: null,
        idNumberHash: hashIdNumber(ID),
        idNumberTail: "789",
      },
    })
  ).id;
  namesakeId = (await prisma.person.create({ data: { fullName: "Lê Văn Cường", birthYear: 1960, communeId: binhPhu } }))
    .id;
});
afterAll(async () => db?.dispose());

describe("member register import", () => {
  it("links a person by ID number, asks confirmation for a name match, and stores no ID number", async () => {
    const file = () =>
      csvFile(MKEYS, [
        member({ ho_ten: "Trần Thị Bé", nam_sinh: 1985, gioi_tinh: "nu", so_dinh_danh: ID }),
        member({ ho_ten: "Lê Văn Cường", nam_sinh: 1960 }),
        member({ so_dinh_danh: "079000000111" }),
      ]);
    const bytes = new Uint8Array(await file().arrayBuffer());
    const preview = await runImport(prisma, district, "thanh-vien", { bytes, name: "a.csv" }, { dryRun: true });
    expect(preview).toMatchObject({
      ok: true,
      summary: {
        personsCreated: 1,
        needsConfirmation: true,
        links: [
          { row: 2, matchedBy: "so_dinh_danh", personId: knownId, idNumberTail: "789" },
          { row: 3, matchedBy: "ho_ten_nam_sinh_xa", personId: namesakeId },
        ],
      },
    });

    const before = await countAll(prisma);
    const unconfirmed = await run(district, file(), "thanh-vien");
    expect(unconfirmed.ok).toBe(false);
    expect(await countAll(prisma)).toEqual(before);

    const r = await run(district, file(), "thanh-vien", { confirmLinks: "1" });
    expect(r).toMatchObject({ ok: true, data: { personsCreated: 1, personsLinked: 2, membershipsCreated: 3 } });
    const memberships = await prisma.membership.findMany({
      where: { organisationId: orgId },
      orderBy: { personId: "asc" },
    });
    expect(memberships.map((m) => m.personId).slice(0, 2)).toEqual([knownId, namesakeId]);
    expect(memberships[0].capitalContributed).toBe(5_000_000n);
    expect(await prisma.person.count()).toBe(before.Person + 1);
    const created = await prisma.person.findFirstOrThrow({ where: { fullName: "Nguyễn Văn An" } });
    expect(created).toMatchObject({
      idNumberTail: "111",
      communeId: binhPhu,
      idNumberHash: hashIdNumber("079000000111"),
    });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: orgId } })).hasMemberRegister).toBe(true);

    // The raw numbers appear in no column of any table (audit rows included).
    const dump = JSON.stringify(await dumpTables(prisma, TABLES));
    expect(dump).not.toContain(ID);
    expect(dump).not.toContain("079000000111");

    // Re-import: nothing duplicated.
    const again = await run(district, file(), "thanh-vien", { confirmLinks: "1" });
    expect(again).toMatchObject({ ok: true, data: { personsCreated: 0, membershipsCreated: 0, unchanged: 3 } });
    expect(await prisma.membership.count({ where: { organisationId: orgId } })).toBe(3);
  });

  it("reports bad rows by row and column and refuses organisations outside the official's scope", async () => {
    const other = await prisma.organisation.create({
      data: {
        code: "HTX-KHAC",
        type: "HTX",
        name: "HTX xã khác",
        communeId: await communeId(prisma, "Bình Nhì"),
        sector: "AGRICULTURE",
      },
    });
    const r = await run(
      binhPhuOfficial,
      csvFile(MKEYS, [
        member({ so_dinh_danh: "12ab", ngay_vao: "31/02/2024" }),
        member({ ma_to_chuc: other.code }),
        member({ ma_to_chuc: "KHONG-CO" }),
      ]),
      "thanh-vien",
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.fieldErrors?.issues).toEqual([
        "Dòng 2, cột “Số định danh cá nhân” (so_dinh_danh): phải gồm 9, 10, 12 hoặc 13 chữ số (CMND, CCCD hoặc mã số thuế)",
        "Dòng 2, cột “Ngày vào” (ngay_vao): phải là ngày dạng dd/mm/yyyy, ví dụ 15/03/2024 (ngày không tồn tại)",
        "Dòng 3, cột “Mã tổ chức” (ma_to_chuc): tổ chức HTX-KHAC thuộc xã Bình Nhì, ngoài địa bàn bạn được nhập liệu",
        'Dòng 4, cột “Mã tổ chức” (ma_to_chuc): không có tổ chức mã "KHONG-CO"; hãy nhập tổ chức trước',
      ]);
  });
});

describe("population import and export", () => {
  it("imports by code or name, re-imports as update, and round-trips", async () => {
    const keys = POPULATION_COLUMNS.map((c) => c.key);
    const r = await run(
      district,
      csvFile(keys, [
        { ma_xa: "28657", nam: 2024, dan_so: "10.250" },
        { ten_xa: "Thi tran Vinh Binh", nam: 2024, dan_so: "12000" },
      ]),
      "dan-so",
    );
    expect(r).toMatchObject({ ok: true, data: { created: 2 } });
    const again = await run(district, csvFile(keys, [{ ma_xa: "28657", nam: 2024, dan_so: "10.300" }]), "dan-so");
    expect(again).toMatchObject({ ok: true, data: { created: 0, updated: 1 } });
    expect(await prisma.population.count()).toBe(2);

    const before = await dumpTables(prisma, ["Population"]);
    const sheet = await exportPopulation(prisma, { year: 2024 });
    const bytes = await writeXlsx(sheet);
    const trip = await run(district, new File([new Uint8Array(bytes)], "dan-so.xlsx"), "dan-so");
    expect(trip).toMatchObject({ ok: true, data: { unchanged: 2, created: 0, updated: 0 } });
    expect(await dumpTables(prisma, ["Population"])).toEqual(before);

    const outside = await run(binhPhuOfficial, csvFile(keys, [{ ma_xa: "28666", nam: 2024, dan_so: "1" }]), "dan-so");
    expect(outside.ok).toBe(false);
  });
});
