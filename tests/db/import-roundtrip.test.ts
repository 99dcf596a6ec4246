// Export → import on the generated demo data (every status, rating case, linkage and
// approval state it contains): re-importing each year's export changes no row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Viewer } from "@/server/auth/viewer";
import { exportOrganisationYears } from "@/server/import-export/export-organisations";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { writeCsv, writeXlsx } from "@/server/import-export/sheet-io";
import { generateDemoData, seedReferenceData } from "@/server/seed";
import { dumpTables, makeViewer, ORGANISATION_TABLES } from "./import-support";
import { createTestDatabase, type TestDatabase } from "./test-database";

const TABLES = [...ORGANISATION_TABLES, "Population"];
const TO_YEAR = new Date().getUTCFullYear();
let db: TestDatabase;
let prisma: PrismaClient;
let district: Viewer;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  await seedReferenceData(prisma);
  await generateDemoData(prisma, { seed: 7, scale: 1, fromYear: TO_YEAR - 3, toYear: TO_YEAR });
  district = await makeViewer(prisma, "huyen", "DISTRICT");
});
afterAll(async () => db?.dispose());

describe("round trip on demo data", () => {
  it("re-importing every year's export leaves every row unchanged", async () => {
    const before = await dumpTables(prisma, TABLES);
    for (let year = TO_YEAR - 3; year <= TO_YEAR; year++) {
      const sheet = await exportOrganisationYears(prisma, { year });
      expect(sheet.rows.length).toBeGreaterThan(10);
      const format = year % 2 ? "xlsx" : "csv";
      const bytes = format === "xlsx" ? await writeXlsx(sheet) : Buffer.from(writeCsv(sheet), "utf8");
      const r = await importSpreadsheet.run(
        district,
        { kind: "to-chuc-theo-nam", file: new File([new Uint8Array(bytes)], `nam-${year}.${format}`) },
        prisma,
      );
      expect(r.ok ? r.data : r).toMatchObject({ rows: sheet.rows.length, unchanged: sheet.rows.length });
    }
    expect(await dumpTables(prisma, TABLES)).toEqual(before);
  });
});
