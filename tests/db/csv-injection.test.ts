// CSV injection (issue 13, finding 3): names that a spreadsheet would run as formulas
// come out of the organisation CSV export neutralised, negative money stays a number,
// and the file read back by the importer changes nothing.
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportOrganisationYears } from "@/server/import-export/export-organisations";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { writeCsv, writeXlsx } from "@/server/import-export/sheet-io";
import { seedReferenceData } from "@/server/seed";
import ExcelJS from "exceljs";
import { getLiveDashboardDocument } from "@/server/reports/get-live-document";
import { renderReportCsv } from "@/server/reports/export/report-csv";
import { makeViewer } from "./import-support";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { findCommune } from "./units";

const YEAR = 2025;
const HOSTILE = ['=HYPERLINK("http://evil.example","Bấm vào đây")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"];

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedReferenceData(db.prisma);
  const commune = await findCommune(db.prisma, "Bình Phú");
  for (const [i, name] of HOSTILE.entries()) {
    await db.prisma.organisation.create({
      data: {
        code: `HTX-CSV-${i}`,
        type: "HTX",
        name,
        communeId: commune.id,
        sector: "AGRICULTURE",
        foundedOn: new Date("2020-01-01"),
        statusHistory: { create: { status: "ACTIVE", effectiveFrom: new Date("2020-01-01") } },
        reports: { create: { year: YEAR, memberCount: 20, profit: -15_000_000n, approvalStatus: "APPROVED" } },
      },
    });
  }
});
afterAll(async () => db?.dispose());

describe("CSV export against formula injection", () => {
  it("neutralises every text cell a spreadsheet would run, keeps negative numbers, reads back unchanged", async () => {
    const sheet = await exportOrganisationYears(db.prisma, { year: YEAR });
    const csv = writeCsv(sheet);
    const cells = Papa.parse<string[]>(csv.replace(/^\ufeff/, "")).data.flat();
    for (const name of HOSTILE) {
      expect(cells).toContain(`'${name}`);
      expect(cells).not.toContain(name);
    }
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-\d+$/.test(c))).toEqual([]);
    expect(cells).toContain("-15000000");

    const district = await makeViewer(db.prisma, "huyen", "DISTRICT");
    const r = await importSpreadsheet.run(
      district,
      { kind: "to-chuc-theo-nam", file: new File([new TextEncoder().encode(csv)], "to-chuc.csv") },
      db.prisma,
    );
    expect(r.ok ? r.data : r).toMatchObject({ rows: HOSTILE.length, unchanged: HOSTILE.length });
    const names = (await db.prisma.organisation.findMany({ orderBy: { code: "asc" } })).map((o) => o.name);
    expect(names).toEqual(HOSTILE);
  });

  it("keeps XLSX text cells typed as text (no formula)", async () => {
    const sheet = await exportOrganisationYears(db.prisma, { year: YEAR });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(sheet)) as unknown as ArrayBuffer);
    const values: unknown[] = [];
    wb.worksheets[0].eachRow((row) =>
      row.eachCell((c) => values.push(c.type === ExcelJS.ValueType.Formula ? "FORMULA" : c.value)),
    );
    expect(values).not.toContain("FORMULA");
    for (const name of HOSTILE) expect(values).toContain(name);
  });

  it("neutralises target titles in the overview CSV, negative numbers stay numbers", async () => {
    const target = await db.prisma.target.findFirstOrThrow({
      where: { code: "HTX_COUNT", programme: { isDefault: true } },
    });
    await db.prisma.target.update({ where: { id: target.id }, data: { title: '=HYPERLINK("http://evil.example")' } });
    const viewer = await makeViewer(db.prisma, "thuongtruc-csv", "COMMITTEE");
    const doc = await getLiveDashboardDocument(viewer, db.prisma, new URLSearchParams({ nam: String(YEAR) }));
    const csv = renderReportCsv(doc, "muc-tieu");
    const cells = Papa.parse<string[]>(csv.replace(/^\ufeff/, ""), { delimiter: ";" }).data.flat();
    expect(cells).toContain(`'=HYPERLINK("http://evil.example")`);
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || (/^-/.test(c) && !/^-[\d,]+$/.test(c)))).toEqual([]);
  });
});
