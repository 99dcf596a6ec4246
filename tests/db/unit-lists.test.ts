// Every list of units across the 2025 reorganisation (issue 11): the approval page's
// table by commune, the queue's commune column, the reports' summary by commune and the
// administrator's list of units show current units first, dissolved ones marked with
// where they count today, each group in Vietnamese order ("Đồng Sơn" before "Long Bình",
// not after "Yên Luông" as SQL's ORDER BY name put it), and no unit twice under one label.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPendingByCommune } from "@/server/approval/count-pending-by-commune";
import { listSubmissions } from "@/server/approval/list-submissions";
import { dashboardFiltersSchema } from "@/domain/dashboard/filters";
import { getEntryOrganisation } from "@/server/organisation/get-entry-organisation";
import { buildReportSnapshot } from "@/server/reports/build-snapshot";
import { getCommuneSummary } from "@/server/reports/get-commune-summary";
import { seedReferenceData } from "@/server/seed";
import { listCommunes } from "@/server/territory/list-communes";
import { makeViewer } from "./import-support";
import { findCommune } from "./units";
import { createTestDatabase, type TestDatabase } from "./test-database";

let db: TestDatabase;
const YEAR = 2025;
const EXPECTED = [
  "Xã Đồng Sơn",
  "Xã Phú Thành",
  "Xã Đồng Sơn (cũ) – nay thuộc xã Đồng Sơn",
  "Xã Yên Luông (cũ) – nay thuộc xã Phú Thành",
];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedReferenceData(db.prisma);
  // one organisation in each of four units, created in an order SQL would not sort
  const units = [
    await findCommune(db.prisma, "Yên Luông", "old"),
    await findCommune(db.prisma, "Phú Thành", "new"),
    await findCommune(db.prisma, "Đồng Sơn", "old"),
    await findCommune(db.prisma, "Đồng Sơn", "new"),
  ];
  for (const [i, u] of units.entries()) {
    const org = await db.prisma.organisation.create({
      data: {
        code: `DS-${i}`,
        type: "HTX",
        name: `Hợp tác xã ${i}`,
        communeId: u.id,
        sector: "AGRICULTURE",
        foundedOn: u.validTo ? new Date("2020-01-01") : new Date("2025-08-01"),
      },
    });
    await db.prisma.annualReport.create({
      data: { organisationId: org.id, year: YEAR, approvalStatus: "SUBMITTED", submittedAt: new Date() },
    });
  }
});
afterAll(async () => db?.dispose());

describe("lists of units", () => {
  it("the approval page's table by commune", async () => {
    expect((await listPendingByCommune(db.prisma, YEAR)).map((r) => [r.label, r.submitted])).toEqual(
      EXPECTED.map((l) => [l, 1]),
    );
  });

  it("the reports' summary by commune", async () => {
    expect((await getCommuneSummary(db.prisma)).map((r) => [r.label, r.activeHtx])).toEqual(
      EXPECTED.map((l) => [l, 1]),
    );
  });

  it("the approval queue's commune column", async () => {
    const district = await makeViewer(db.prisma, "huyen", "DISTRICT");
    const { items } = await listSubmissions(district, db.prisma, { year: YEAR });
    expect(items.map((i) => i.organisation.communeName).sort()).toEqual([...EXPECTED].sort());
  });

  it("every commune of the catalogue: the five new ones first, the thirteen old ones marked", async () => {
    const labels = (await listCommunes(db.prisma)).map((c) => c.label);
    expect(labels.slice(0, 5)).toEqual(["Xã Đồng Sơn", "Xã Long Bình", "Xã Phú Thành", "Xã Vĩnh Bình", "Xã Vĩnh Hựu"]);
    expect(labels.slice(5)).toHaveLength(13);
    expect(labels.slice(5).every((l) => / \(cũ\) – nay thuộc xã /.test(l))).toBe(true);
    expect(labels.indexOf("Xã Đồng Sơn (cũ) – nay thuộc xã Đồng Sơn")).toBeLessThan(
      labels.indexOf("Xã Long Bình (cũ) – nay thuộc xã Long Bình"),
    );
    expect(labels.at(-1)).toBe("Xã Yên Luông (cũ) – nay thuộc xã Phú Thành");
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("where a record counts today", () => {
  const parse = (q: Record<string, string | string[]>) =>
    dashboardFiltersSchema("2026-11-29").parse({ chua_duyet: "1", ...q });

  it("a report of a year before the merger: its scope and its rows by commune name the successor", async () => {
    const yenLuong = await findCommune(db.prisma, "Yên Luông", "old");
    const dongSon = await findCommune(db.prisma, "Đồng Sơn", "old");
    const snap = await buildReportSnapshot(
      db.prisma,
      parse({ nam: "2024", xa: [String(yenLuong.id), String(dongSon.id)] }),
    );
    expect(snap.scopeLabel).toBe(
      "Xã Yên Luông (cũ) – nay thuộc xã Phú Thành, Xã Đồng Sơn (cũ) – nay thuộc xã Đồng Sơn",
    );
    expect(snap.communes.map((r) => r.label)).toEqual([
      "Xã Đồng Sơn (cũ) – nay thuộc xã Đồng Sơn",
      "Xã Yên Luông (cũ) – nay thuộc xã Phú Thành",
    ]);
    // after the merger the rows are the current communes, unmarked
    const now = await buildReportSnapshot(db.prisma, parse({ nam: "2026" }));
    expect(now.communes.map((r) => r.label)).toEqual([
      "Xã Đồng Sơn",
      "Xã Long Bình",
      "Xã Phú Thành",
      "Xã Vĩnh Bình",
      "Xã Vĩnh Hựu",
    ]);
  });

  it("an organisation's entry pages", async () => {
    const district = await makeViewer(db.prisma, "huyen.2", "DISTRICT");
    const org = await db.prisma.organisation.findUniqueOrThrow({ where: { code: "DS-0" } });
    expect((await getEntryOrganisation(district, db.prisma, String(org.id)))?.organisation.communeName).toBe(
      "Xã Yên Luông (cũ) – nay thuộc xã Phú Thành",
    );
  });
});
