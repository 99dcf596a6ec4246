// Figures the committee can trust (issue 10, items 4-6), on a small hand-made district:
// which years are closed under each closing rule and where the overview opens; a
// provisional year is shown, counted ("x/y hồ sơ đã duyệt") and never judged; a year or
// a commune with nothing reported is missing, never 0, on the page and in a frozen
// report; a narrowed view is not judged against the district's targets, shows its share
// of the whole, and hides targets about a type it leaves out; and every export of a
// filtered view (PDF, XLSX, DOCX, CSV), live or frozen, names every filter.
//
// The district: communes A (Bình Phú) and B (Thạnh Trị), each with an HTX and a THT
// (agriculture) active since 2020, plus a non-agricultural HTX in A. Yearly dossiers
// 2023-2025 all approved, except that B sent nothing for 2024; 2026 (this year) part
// approved, part submitted, part draft, part never started.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { PDFParse } from "pdf-parse";
import type { PrismaClient } from "@/generated/prisma/client";
import { dashboardFiltersSchema } from "@/domain/dashboard/filters";
import { defaultOverviewYear } from "@/domain/targets/closing";
import type { ReportDocument } from "@/domain/reports/document";
import type { ReportSnapshot } from "@/domain/reports/snapshot";
import { loadViewer } from "@/server/auth/session";
import type { Viewer } from "@/server/auth/viewer";
import { seedReferenceData } from "@/server/seed/reference";
import { getDashboard } from "@/server/targets/get-dashboard";
import { getYearClosure } from "@/server/targets/year-closure";
import { getLiveDashboardDocument } from "@/server/reports/get-live-document";
import { createReport } from "@/server/reports/create-report.action";
import { getReport } from "@/server/reports/get-report";
import { setClosingRule } from "@/server/settings/set-closing-rule.action";
import { getClosingRule } from "@/server/settings/closing-rule";
import { renderReportPdf } from "@/server/reports/export/report-pdf";
import { renderReportXlsx, xlsxHeaderRows } from "@/server/reports/export/report-xlsx";
import { renderReportDocx } from "@/server/reports/export/report-docx";
import { renderReportCsv } from "@/server/reports/export/report-csv";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { communeId } from "./units";

const TODAY = "2026-11-29";
const NOW = new Date("2026-11-29T03:00:00Z");

let db: TestDatabase;
let prisma: PrismaClient;
let district: Viewer;
let admin: Viewer;
let communeA: number;
let communeB: number;

type Status = "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";

async function organisation(
  code: string,
  type: "THT" | "HTX",
  communeId: number,
  sector: "AGRICULTURE" | "NON_AGRICULTURE",
  reports: Record<number, Status>,
) {
  await prisma.organisation.create({
    data: {
      code,
      type,
      name: `${type === "HTX" ? "Hợp tác xã" : "Tổ hợp tác"} ${code}`,
      communeId,
      sector,
      foundedOn: new Date("2020-01-01"),
      statusHistory: { create: [{ status: "ACTIVE", effectiveFrom: new Date("2020-01-01") }] },
      reports: {
        create: Object.entries(reports).map(([year, approvalStatus]) => ({
          year: Number(year),
          approvalStatus,
          memberCount: 20,
        })),
      },
    },
  });
}

const parse = (q: Record<string, string | string[]>) => dashboardFiltersSchema(TODAY).parse(q);
const dashboard = (q: Record<string, string | string[]>) => getDashboard(prisma, parse(q), { today: TODAY });

async function pdfText(doc: ReportDocument): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(await renderReportPdf(doc)) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

/** Every non-empty cell of the workbook, as text. */
async function xlsxCells(doc: ReportDocument): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderReportXlsx(doc)) as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
  return cells;
}

/** Each sheet's table rows (header row first), below the context lines. */
async function xlsxRows(doc: ReportDocument): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderReportXlsx(doc)) as unknown as ArrayBuffer);
  const skip = xlsxHeaderRows(doc);
  return Object.fromEntries(
    wb.worksheets.map((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow((row, n) => {
        if (n > skip) rows.push((row.values as unknown[]).slice(1));
      });
      return [ws.name, rows];
    }),
  );
}

async function docxXml(doc: ReportDocument): Promise<string> {
  const zip = await JSZip.loadAsync(await renderReportDocx(doc));
  return zip.file("word/document.xml")!.async("string");
}

/** Text of the XML's runs, joined: Word splits a paragraph into runs of the same style. */
const xmlText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join("")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"');

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  await seedReferenceData(prisma);
  communeA = await communeId(prisma, "Bình Phú");
  communeB = await communeId(prisma, "Thạnh Trị");
  const past = { 2023: "APPROVED", 2024: "APPROVED", 2025: "APPROVED" } as const;
  await organisation("A-HTX", "HTX", communeA, "AGRICULTURE", { ...past, 2026: "APPROVED" });
  await organisation("A-THT", "THT", communeA, "AGRICULTURE", { ...past, 2026: "SUBMITTED" });
  await organisation("A-HTX-DV", "HTX", communeA, "NON_AGRICULTURE", { ...past, 2026: "DRAFT" });
  await organisation("B-HTX", "HTX", communeB, "AGRICULTURE", { 2023: "APPROVED", 2025: "APPROVED", 2026: "RETURNED" });
  await organisation("B-THT", "THT", communeB, "AGRICULTURE", { 2023: "APPROVED", 2025: "APPROVED" });
  for (const [username, role] of [
    ["phong.thu", "DISTRICT"],
    ["qt.thu", "ADMIN"],
  ] as const) {
    await prisma.user.create({ data: { username, fullName: username, role, passwordHash: "x" } });
  }
  const viewer = async (username: string) =>
    (await loadViewer(prisma, (await prisma.user.findUniqueOrThrow({ where: { username } })).id))!;
  district = await viewer("phong.thu");
  admin = await viewer("qt.thu");
});
afterAll(async () => db?.dispose());

describe("closed and provisional years", () => {
  it("all dossiers approved (default): 2023-2025 closed, this year provisional; the overview opens on 2025", async () => {
    const closure = await getYearClosure(prisma, TODAY);
    expect(closure.rule).toEqual({ kind: "ALL_APPROVED" });
    expect(closure.closedYears).toEqual([2023, 2024, 2025]);
    expect(closure.dossiers[2026]).toEqual({ total: 4, approved: 1 });
    expect(defaultOverviewYear(closure)).toBe(2025);
  });

  it("one dossier of 2025 back with the commune reopens 2025: the overview opens on 2024", async () => {
    const r = await prisma.annualReport.findFirstOrThrow({ where: { year: 2025, organisation: { code: "B-THT" } } });
    await prisma.annualReport.update({ where: { id: r.id }, data: { approvalStatus: "RETURNED" } });
    try {
      const closure = await getYearClosure(prisma, TODAY);
      expect(closure.closedYears).toEqual([2023, 2024]);
      expect(defaultOverviewYear(closure)).toBe(2024);
    } finally {
      await prisma.annualReport.update({ where: { id: r.id }, data: { approvalStatus: "APPROVED" } });
    }
  });

  it("the admin switches to a closing date (audited): 2025 closes on 31/03/2026 whatever the approvals", async () => {
    const refused = await setClosingRule.run(district, { kind: "CLOSING_DATE", day: "31", month: "3" }, prisma);
    expect(refused).toMatchObject({ ok: false });
    const invalid = await setClosingRule.run(admin, { kind: "CLOSING_DATE", day: "30", month: "2" }, prisma);
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { day: [expect.stringMatching(/Tháng 2/)] } });
    const ok = await setClosingRule.run(admin, { kind: "CLOSING_DATE", day: "31", month: "3" }, prisma);
    expect(ok).toMatchObject({ ok: true });
    try {
      expect(await getClosingRule(prisma)).toEqual({ kind: "CLOSING_DATE", day: 31, month: 3 });
      const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "SystemSetting" } });
      expect(audit).toMatchObject({ action: "UPDATE", entityId: "closingRule" });
      expect((await getYearClosure(prisma, "2026-03-30")).closedYears).toEqual([2023, 2024]);
      expect((await getYearClosure(prisma, "2026-03-31")).closedYears).toEqual([2023, 2024, 2025]);
    } finally {
      expect(await setClosingRule.run(admin, { kind: "ALL_APPROVED" }, prisma)).toMatchObject({ ok: true });
    }
  });

  it("the provisional year is shown with its approved dossiers, with no status and no projection from it", async () => {
    const d = await dashboard({ nam: "2026" });
    expect(d.closure.provisional).toBe(true);
    expect(d.dossiers).toEqual({ total: 4, approved: 1 });
    for (const t of d.targets) {
      expect([t.provisional, t.status, t.met, t.percentOfTarget], t.code).toEqual([true, null, null, null]);
      if (t.projection) expect(t.trend!.to.year).toBeLessThanOrEqual(2025);
    }
    const htx = d.targets.find((t) => t.code === "HTX_COUNT")!;
    expect(htx.series.map((p) => [p.year, p.provisional])).toEqual([
      [2023, false],
      [2024, false],
      [2025, false],
      [2026, true],
    ]);
  });

  it("a closed year is judged", async () => {
    const d = await dashboard({ nam: "2025" });
    expect(d.closure.provisional).toBe(false);
    expect(d.targets.every((t) => t.status !== null)).toBe(true);
  });
});

describe("no data is not zero", () => {
  it("a commune with no dossier for 2024: missing on the whole view, a gap in its own series", async () => {
    const whole = await dashboard({ nam: "2024" });
    // Every commune of 2024 but Bình Phú (the others of the test district have no
    // organisations at all); none of the communes created by the 2025 merger.
    expect(whole.missingUnits).toHaveLength(12);
    // each old unit says where it counts today
    expect(whole.missingUnits).toContain("Xã Thạnh Trị (cũ) – nay thuộc xã Vĩnh Bình");
    expect(whole.missingUnits).toContain("Thị trấn Vĩnh Bình (cũ) – nay thuộc xã Vĩnh Bình");
    for (const name of ["Xã Bình Phú (cũ) – nay thuộc xã Phú Thành", "Xã Phú Thành", "Xã Vĩnh Bình"])
      expect(whole.missingUnits).not.toContain(name);
    expect((await dashboard({ nam: "2026" })).missingUnits).not.toContain("Xã Thạnh Trị (cũ) – nay thuộc xã Vĩnh Bình");
    const rowB = whole.byCommune.find((r) => r.key === String(communeB))!;
    expect(rowB.dossiers.total).toBe(0);
    expect(rowB.targets.every((t) => t.value === null && t.missing)).toBe(true);

    const onlyB = await dashboard({ nam: "2025", xa: String(communeB) });
    expect(onlyB.missingYears).toEqual([2024]);
    for (const t of onlyB.targets) {
      const p2024 = t.series.find((p) => p.year === 2024)!;
      expect([p2024.value, p2024.numerator, p2024.missing], t.code).toEqual([null, null, true]);
      expect(t.series.some((p) => p.value === 0 && p.missing)).toBe(false);
    }
    // The trend skips 2024: HTX in B 1 (2023) -> 1 (2025), never through a 0.
    expect(onlyB.targets.find((t) => t.code === "HTX_COUNT")!.trend).toEqual({
      from: { year: 2023, value: 1 },
      to: { year: 2025, value: 1 },
      annualChange: 0,
    });
  });

  it("the selected year with nothing reported: 'chưa có số liệu', no value, no projection", async () => {
    const d = await dashboard({ nam: "2024", xa: String(communeB) });
    for (const t of d.targets) {
      expect([t.value, t.missing, t.projection], t.code).toEqual([null, true, null]);
      expect(t.formula).toBe("Chưa có số liệu năm 2024");
    }
  });

  it("a frozen report keeps missing figures missing, never 0, in every format", async () => {
    const created = await createReport.run(
      district,
      { kind: "DINH_KY", periodType: "YEAR", year: "2024", communeIds: [String(communeB)] },
      prisma,
    );
    if (!created.ok) throw new Error(created.error);
    const row = await prisma.periodicReport.findUniqueOrThrow({ where: { id: created.data.id } });
    const snap = row.snapshot as unknown as ReportSnapshot;
    expect(snap.missingYears).toEqual([2024]);
    for (const t of snap.targets) {
      expect([t.value, t.numerator, t.missing], t.code).toEqual([null, null, true]);
      expect(t.series.find((p) => p.year === 2024)).toMatchObject({ value: null, numerator: null, missing: true });
    }
    expect(snap.communes.every((r) => r.missing && r.activeHtx === null)).toBe(true);

    const { document } = await getReport(district, prisma, created.data.id);
    const csv = Papa.parse<string[]>(renderReportCsv(document, "muc-tieu").slice(1), { delimiter: ";" }).data;
    const htx = csv.find((r) => r[1] === "Số hợp tác xã")!;
    expect(htx.slice(4, 7)).toEqual(["", "", "Chưa có số liệu"]);
    expect(await pdfText(document)).toContain("Chưa có số liệu");
    // Targets and communes: no 0 anywhere (support and data-quality counts may be real zeros).
    // XLSX: the targets' numerator, denominator and value, and every count of the
    // commune row, are empty or "Chưa có số liệu", never 0. (The "Toàn địa bàn" column
    // is the whole district's figure, a real value.)
    const sheet = await xlsxRows(document);
    for (const row of sheet["Chỉ tiêu"]!.slice(1)) {
      expect([row[4], row[5], row[6]], String(row[1])).toEqual([undefined, undefined, "Chưa có số liệu"]);
    }
    const communeRow = sheet["Theo xã"]!.find((r) => String(r[0]).startsWith("Xã Thạnh Trị"))!;
    expect(communeRow[0]).toBe("Xã Thạnh Trị (cũ) – nay thuộc xã Vĩnh Bình (chưa có số liệu)");
    expect(communeRow.slice(1).filter((v) => v !== undefined && v !== null)).toEqual([]);
    expect(xmlText(await docxXml(document))).toContain(
      "Chưa có hồ sơ năm 2024: Xã Thạnh Trị (cũ) – nay thuộc xã Vĩnh Bình.",
    );
  });
});

describe("honest filtered views", () => {
  it("a commune view is not judged: value, share of the whole, trend", async () => {
    const d = await dashboard({ nam: "2025", xa: String(communeA) });
    expect(d.narrowed).toBe(true);
    const htx = d.targets.find((t) => t.code === "HTX_COUNT")!;
    expect([htx.value, htx.status, htx.percentOfTarget, htx.met]).toEqual([2, null, null, null]);
    // A has 2 of the district's 3 HTX.
    expect(d.shares.HTX_COUNT).toEqual({ wholeValue: 3, share: (2 / 3) * 100 });
    expect(htx.trend).toEqual({ from: { year: 2023, value: 2 }, to: { year: 2025, value: 2 }, annualChange: 0 });
  });

  it("a type filter without THT hides the THT targets with a note", async () => {
    const d = await dashboard({ nam: "2025", loai: "HTX" });
    expect(d.targets.map((t) => t.code)).not.toContain("THT_COUNT");
    expect(d.targets.map((t) => t.code)).not.toContain("THT_MEMBERS");
    expect(d.hiddenNotes).toEqual(["Ẩn 2 chỉ tiêu về tổ hợp tác vì bộ lọc loại hình không gồm tổ hợp tác."]);
  });

  // Every active filter, by name, as the exports must state it.
  const FILTER_TEXTS = [
    "Xã Bình Phú",
    "loại hình: hợp tác xã (HTX)",
    "lĩnh vực: nông nghiệp",
    "năm số liệu 2025",
    "ngày số liệu 30/06/2025",
    "kể cả số liệu chưa duyệt",
  ];

  it("every export of a filtered view names every active filter: PDF text, XLSX cells, DOCX XML, CSV", async () => {
    const query = new URLSearchParams(
      `nam=2025&ngay=2025-06-30&xa=${communeA}&loai=HTX&linh_vuc=AGRICULTURE&chua_duyet=1`,
    );
    const doc = await getLiveDashboardDocument(district, prisma, query, NOW);
    const pdf = await pdfText(doc);
    const xlsx = (await xlsxCells(doc)).join("\n");
    const docx = xmlText(await docxXml(doc));
    for (const text of FILTER_TEXTS) {
      expect(pdf, `PDF: ${text}`).toContain(text);
      expect(xlsx, `XLSX: ${text}`).toContain(text);
      expect(docx, `DOCX: ${text}`).toContain(text);
      for (const table of ["muc-tieu", "xa"] as const) {
        expect(renderReportCsv(doc, table), `CSV ${table}: ${text}`).toContain(text);
      }
    }
    // The hidden THT targets and the narrowed view are said too.
    expect(pdf).toContain("Ẩn 2 chỉ tiêu về tổ hợp tác");
    expect(docx).toContain("Phạm vi đã thu hẹp theo bộ lọc");
    // The CSV table itself still parses: header, rows, then the notes after an empty line.
    const csv = renderReportCsv(doc, "muc-tieu").slice(1);
    const [table] = csv.split("\r\n\r\n");
    const rows = Papa.parse<string[]>(table!, { delimiter: ";" }).data;
    expect(rows[0]).toContain("Tỷ trọng trong toàn địa bàn (%)");
    expect(rows.slice(1).every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  it("a frozen periodic report of some communes names them and the approval filter in every format", async () => {
    const created = await createReport.run(
      district,
      { kind: "DINH_KY", periodType: "YEAR", year: "2025", communeIds: [String(communeA), String(communeB)] },
      prisma,
    );
    if (!created.ok) throw new Error(created.error);
    const { document } = await getReport(district, prisma, created.data.id);
    const texts = [
      "Xã Bình Phú (cũ) – nay thuộc xã Phú Thành, Xã Thạnh Trị (cũ) – nay thuộc xã Vĩnh Bình",
      "năm số liệu 2025",
      "ngày số liệu 31/12/2025",
      "loại hình: tất cả",
      "lĩnh vực: tất cả",
      "chỉ số liệu đã duyệt",
    ];
    const pdf = await pdfText(document);
    const xlsx = (await xlsxCells(document)).join("\n");
    const docx = xmlText(await docxXml(document));
    const csv = renderReportCsv(document, "muc-tieu");
    for (const text of texts) {
      expect(pdf, `PDF: ${text}`).toContain(text);
      expect(xlsx, `XLSX: ${text}`).toContain(text);
      expect(docx, `DOCX: ${text}`).toContain(text);
      expect(csv, `CSV: ${text}`).toContain(text);
    }
    // Narrowed to two communes: no status, no % kế hoạch against the district's target.
    expect(document.snapshot.targets.every((t) => t.status === null && t.percentOfTarget === null)).toBe(true);
  });
});
