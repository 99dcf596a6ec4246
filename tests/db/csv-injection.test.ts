// CSV injection (issue 13, finding 3): names that a spreadsheet would run as formulas
// come out of every CSV neutralised — the organisation and population exports, the
// overview's tables (targets, communes, support) and a saved report's — negative numbers
// stay numbers, and the file read back by the importer changes nothing.
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportOrganisationYears } from "@/server/import-export/export-organisations";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { writeCsv, writeXlsx } from "@/server/import-export/sheet-io";
import { seedReferenceData } from "@/server/seed";
import ExcelJS from "exceljs";
import { getLiveDashboardDocument } from "@/server/reports/get-live-document";
import { CSV_TABLES, renderReportCsv } from "@/server/reports/export/report-csv";
import { exportPopulation } from "@/server/import-export/population";
import { createReport } from "@/server/reports/create-report.action";
import { getReport } from "@/server/reports/get-report";
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

const HOSTILE_COMMUNE = '=HYPERLINK("http://evil.example","Xã")';
const HOSTILE_KIND = "@SUM(1)";
const cellsOf = (csv: string, delimiter = ";") =>
  Papa.parse<string[]>(csv.replace(/^\ufeff/, ""), { delimiter }).data.flat();
/** Cells a spreadsheet would run: a formula's first character, except a plain negative number. */
const runnable = (cells: string[]) =>
  cells.filter((c) => /^[=+@\t\r]/.test(c) || (/^-/.test(c) && !/^-\d+(,\d+)?$/.test(c)));

/**
 * A commune named like a formula, with its population; and in the hostile organisations'
 * commune, two more cooperatives that report for 2023 and are dissolved from 2024, so the
 * commune's count of cooperatives falls 6 → 4 over closed years (a real negative trend).
 */
async function addDecliningYearsAndHostileCommune() {
  const commune = await findCommune(db.prisma, "Bình Phú");
  const other = await db.prisma.areaUnit.findFirstOrThrow({
    // a commune in force today (the overview's rows), not the one that took over Bình Phú
    where: { level: "COMMUNE", validTo: null, id: { notIn: [commune.id, commune.successorId ?? commune.id] } },
    orderBy: { code: "asc" },
  });
  // the overview's rows read "<kind> <name>": both hostile, so the row starts like a formula
  await db.prisma.areaUnit.update({ where: { id: other.id }, data: { name: HOSTILE_COMMUNE, kind: HOSTILE_KIND } });
  await db.prisma.population.create({ data: { areaUnitId: other.id, year: YEAR, population: 12_345 } });
  for (const o of await db.prisma.organisation.findMany({ where: { code: { startsWith: "HTX-CSV-" } } })) {
    for (const year of [2023, 2024])
      await db.prisma.annualReport.create({
        data: { organisationId: o.id, year, memberCount: 20, approvalStatus: "APPROVED" },
      });
  }
  for (const i of [1, 2]) {
    await db.prisma.organisation.create({
      data: {
        code: `HTX-GIAI-THE-${i}`,
        type: "HTX",
        name: `HTX giải thể ${i}`,
        communeId: commune.id,
        sector: "AGRICULTURE",
        foundedOn: new Date("2020-01-01"),
        statusHistory: {
          create: [
            { status: "ACTIVE", effectiveFrom: new Date("2020-01-01") },
            { status: "TERMINATED", effectiveFrom: new Date("2024-01-01") },
          ],
        },
        reports: { create: { year: 2023, memberCount: 10, approvalStatus: "APPROVED" } },
        supports: { create: { policyArea: "CREDIT", year: 2023, amount: 1_500_000_000n } },
      },
    });
  }
  return { commune, other };
}

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

describe("CSV exports beyond the organisations", () => {
  let commune: { id: number };
  beforeAll(async () => {
    ({ commune } = await addDecliningYearsAndHostileCommune());
  });

  it("the population export neutralises a commune named like a formula; figures stay numbers", async () => {
    const csv = writeCsv(await exportPopulation(db.prisma, { year: YEAR }));
    const cells = cellsOf(csv, ",");
    expect(cells).toContain(`'${HOSTILE_COMMUNE}`);
    expect(cells).not.toContain(HOSTILE_COMMUNE);
    expect(cells).toContain("12345");
    expect(runnable(cells)).toEqual([]);
  });

  it("the overview's commune and support tables neutralise text; a falling trend stays a negative number", async () => {
    const viewer = await makeViewer(db.prisma, "thuongtruc-bang", "COMMITTEE");
    const whole = await getLiveDashboardDocument(viewer, db.prisma, new URLSearchParams({ nam: String(YEAR) }));
    const communes = cellsOf(renderReportCsv(whole, "xa"));
    expect(communes.some((c) => c.startsWith(`'${HOSTILE_KIND} ${HOSTILE_COMMUNE}`))).toBe(true);
    expect(runnable(communes)).toEqual([]);
    const support = renderReportCsv(whole, "ho-tro");
    expect(cellsOf(support)).toContain("3000000000"); // cumulative credit, a number
    expect(runnable(cellsOf(support))).toEqual([]);

    // Narrowed to the commune: each target's trend over the closed years, falling: numbers,
    // no apostrophe.
    const narrowed = await getLiveDashboardDocument(
      viewer,
      db.prisma,
      new URLSearchParams({ nam: String(YEAR), xa: String(commune.id) }),
    );
    const rows = Papa.parse<string[]>(renderReportCsv(narrowed, "muc-tieu").replace(/^\ufeff/, ""), {
      delimiter: ";",
    }).data;
    const trendColumn = rows[0]!.findIndex((h) => h.startsWith("Xu hướng mỗi năm"));
    expect(trendColumn).toBeGreaterThan(0);
    const trend = new Map(rows.slice(1).map((r) => [r[1], r[trendColumn]]));
    // cooperatives 6 → 4 → 4 (the count's title was made hostile above), their members 100 → 80 → 80
    expect(trend.get("Thành viên hợp tác xã")).toBe("-10");
    expect([...trend.values()]).toContain("-1");
    expect(runnable(rows.flat())).toEqual([]);
  });

  it("a saved report's CSV tables are neutralised as the overview's", async () => {
    const district = await makeViewer(db.prisma, "huyen-bao-cao", "DISTRICT");
    const created = await createReport.run(
      district,
      { kind: "DINH_KY", periodType: "YEAR", year: String(YEAR), communeIds: [] },
      db.prisma,
    );
    expect(created).toMatchObject({ ok: true });
    const { document } = await getReport(district, db.prisma, (created as { data: { id: number } }).data.id);
    for (const table of CSV_TABLES) {
      const cells = cellsOf(renderReportCsv(document, table));
      expect(runnable(cells), table).toEqual([]);
      if (table === "xa") expect(cells.some((c) => c.startsWith(`'${HOSTILE_KIND} ${HOSTILE_COMMUNE}`))).toBe(true);
    }
  });
});
