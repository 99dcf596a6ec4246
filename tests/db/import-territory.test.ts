// The 2025 reorganisation in imports (issue 11): one organisation's rows may name the old
// unit for 2024 and the new one for 2025 — by the same name ("Vĩnh Bình": the old town and
// the new commune), with or without diacritics, with ma_xa empty or filled — and the file
// is accepted, the preview saying how each name was read; a real mismatch is reported on
// the column the user filled.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { seedReferenceData } from "@/server/seed";
import { csvFile, makeViewer } from "./import-support";
import { createTestDatabase, type TestDatabase } from "./test-database";

const KEYS = ["ma_to_chuc", "loai_hinh", "ten", "ma_xa", "ten_xa", "linh_vuc", "trang_thai", "nam", "so_thanh_vien"];
// Official codes: the new xã Vĩnh Bình (from 01/07/2025) kept 28651 of the old thị trấn.
const OLD_VINH_BINH = "28651";
const NEW_VINH_BINH = "28651";

let db: TestDatabase;
let district: Viewer;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedReferenceData(db.prisma);
  district = await makeViewer(db.prisma, "huyen", "DISTRICT");
});
afterAll(async () => db?.dispose());

const row = (code: string, year: number, commune: { ma_xa?: string; ten_xa?: string }) => ({
  ma_to_chuc: code,
  loai_hinh: "HTX",
  ten: `Hợp tác xã ${code}`,
  ma_xa: commune.ma_xa ?? "",
  ten_xa: commune.ten_xa ?? "",
  linh_vuc: "nong_nghiep",
  trang_thai: "dang_hoat_dong",
  nam: year,
  so_thanh_vien: 30,
});

async function run(rows: Record<string, string | number>[], mode: "kiem-tra" | "nhap" = "nhap") {
  return importSpreadsheet.run(
    district,
    { kind: "to-chuc-theo-nam", file: csvFile(KEYS, rows), ...(mode === "kiem-tra" ? { mode } : {}) },
    db.prisma,
  );
}

describe("a record dated after its unit ceased to exist", () => {
  it("is refused by both importers, naming the successor, on the column filled; nothing is written", async () => {
    const r = await run([row("BP-2026", 2026, { ten_xa: "Binh Phu" })]);
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: {
        issues: [
          "Dòng 2, cột “Tên xã, thị trấn” (ten_xa): Xã Bình Phú (mã 28657, đến 30/06/2025) thôi tồn tại từ 01/07/2025; số liệu năm 2026 phải ghi xã Phú Thành (mã 28663)",
        ],
      },
    });
    expect(await db.prisma.organisation.count({ where: { code: "BP-2026" } })).toBe(0);
    const population = await importSpreadsheet.run(
      district,
      {
        kind: "dan-so",
        file: csvFile(["ma_xa", "ten_xa", "nam", "dan_so"], [{ ma_xa: "28657", ten_xa: "", nam: 2026, dan_so: 9000 }]),
      },
      db.prisma,
    );
    expect(population).toMatchObject({
      ok: false,
      fieldErrors: {
        issues: [expect.stringMatching(/^Dòng 2, cột “Mã xã” \(ma_xa\): .*phải ghi xã Phú Thành \(mã 28663\)$/)],
      },
    });
    expect(await db.prisma.population.count({ where: { year: 2026 } })).toBe(0);
  });
});

describe("one organisation across the merger", () => {
  it.each([
    ["same name with diacritics, ma_xa empty", { ten_xa: "Vĩnh Bình" }, { ten_xa: "Vĩnh Bình" }],
    ["same name without diacritics, ma_xa empty", { ten_xa: "vinh binh" }, { ten_xa: "Vinh Binh" }],
    ["codes of the old and the new unit", { ma_xa: OLD_VINH_BINH }, { ma_xa: NEW_VINH_BINH }],
    ["code for 2024, name for 2025", { ma_xa: OLD_VINH_BINH }, { ten_xa: "Vĩnh Bình" }],
    [
      "code and name filled",
      { ma_xa: OLD_VINH_BINH, ten_xa: "Vĩnh Bình" },
      { ma_xa: NEW_VINH_BINH, ten_xa: "Vinh Binh" },
    ],
  ])("is accepted: %s", async (label, y2024, y2025) => {
    const code = `VB-${label.length}-${Object.keys(y2024).join("")}${Object.keys(y2025).join("")}`;
    const r = await run([row(code, 2024, y2024), row(code, 2025, y2025)]);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    // the organisation is where its latest row puts it: the new commune
    const org = await db.prisma.organisation.findUniqueOrThrow({ where: { code }, include: { commune: true } });
    expect(org.commune.code).toBe(NEW_VINH_BINH);
    expect(await db.prisma.annualReport.count({ where: { organisationId: org.id } })).toBe(2);
    if (!("ma_xa" in y2024) || !("ma_xa" in y2025)) {
      const warnings = (r as { ok: true; data: { warnings: string[] } }).data.warnings.join("\n");
      expect(warnings).toMatch(/đọc theo năm/);
    }
  });

  it("reports a real mismatch on the column the user filled, naming both units", async () => {
    const byName = await run([row("VB-X1", 2024, { ten_xa: "Vĩnh Bình" }), row("VB-X1", 2025, { ten_xa: "Bình Nhì" })]);
    expect(byName.ok).toBe(false);
    const issues = JSON.stringify(byName);
    expect(issues).toContain("cột “Tên xã, thị trấn” (ten_xa)");
    expect(issues).not.toContain("(ma_xa)");
    expect(issues).toMatch(/Vĩnh Bình.*mã 28651|mã 28651.*Vĩnh Bình/);

    const byCode = await run([row("VB-X2", 2024, { ma_xa: OLD_VINH_BINH }), row("VB-X2", 2025, { ma_xa: "28660" })]);
    expect(byCode.ok).toBe(false);
    expect(JSON.stringify(byCode)).toContain("cột “Mã xã” (ma_xa)");
  });
});
