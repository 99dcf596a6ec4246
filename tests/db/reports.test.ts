// Periodic reports: a published report is frozen (its figures, its narrative and its
// exports do not move when the data change), only district staff and administrators
// create and publish, the committee comments, and "change since the previous report"
// compares with the previous published report of the same scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { loadViewer } from "@/server/auth/session";
import type { Viewer } from "@/server/auth/viewer";
import { seedDemoIfEmpty } from "@/server/seed";
import { createReport } from "@/server/reports/create-report.action";
import { updateReport } from "@/server/reports/update-report.action";
import { publishReport } from "@/server/reports/publish-report.action";
import { addReportComment } from "@/server/reports/add-report-comment.action";
import { getReport } from "@/server/reports/get-report";
import { listReports } from "@/server/reports/list-reports";
import { buildReportSnapshot } from "@/server/reports/build-snapshot";
import type { ReportSnapshot } from "@/domain/reports/snapshot";
import { type ReportDocument } from "@/domain/reports/document";
import { allTables } from "@/domain/reports/tables";
import { formatInteger, formatPercent } from "@/domain/format/number";
import { renderReportPdf } from "@/server/reports/export/report-pdf";
import { renderReportXlsx, SHEET_NAMES, xlsxHeaderRows } from "@/server/reports/export/report-xlsx";
import { renderReportCsv } from "@/server/reports/export/report-csv";
import { renderReportDocx } from "@/server/reports/export/report-docx";
import { getLiveDashboardDocument } from "@/server/reports/get-live-document";
import { setReportLetterhead } from "@/server/settings/set-report-letterhead.action";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { PDFParse } from "pdf-parse";
import fs from "node:fs";
import JSZip from "jszip";
import { createTestDatabase, type TestDatabase } from "./test-database";

let db: TestDatabase;
let prisma: PrismaClient;
let district: Viewer;
let committee: Viewer;
let commune: Viewer;
let admin: Viewer;

const viewer = async (username: string) => {
  const u = await prisma.user.findUniqueOrThrow({ where: { username } });
  return (await loadViewer(prisma, u.id))!;
};

async function pdfText(doc: ReportDocument): Promise<string> {
  const bytes = await renderReportPdf(doc);
  if (process.env.REPORT_PDF_OUT) fs.writeFileSync(process.env.REPORT_PDF_OUT, bytes);
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** Every sheet's table body read back from the XLSX, as plain values. */
/** The text of the Word document's body (the package's timestamps left aside). */
async function docxBody(doc: ReportDocument): Promise<string> {
  const zip = await JSZip.loadAsync(await renderReportDocx(doc));
  return zip.file("word/document.xml")!.async("string");
}

async function xlsxTables(doc: ReportDocument) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderReportXlsx(doc)) as unknown as ArrayBuffer);
  const headerRows = xlsxHeaderRows(doc);
  return Object.fromEntries(
    wb.worksheets.map((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow((row, n) => {
        if (n > headerRows) rows.push((row.values as unknown[]).slice(1));
      });
      const top = Array.from({ length: headerRows - 1 }, (_, i) => String(ws.getCell(i + 1, 1).value));
      return [ws.name, { top, rows, filters: top.find((l) => l.startsWith("Bộ lọc:")) ?? "" }];
    }),
  );
}

function ok<T>(r: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(`action failed: ${r.error}`);
  return r.data;
}

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  await seedDemoIfEmpty(prisma, () => {}, { toYear: 2026 });
  district = await viewer("phongtckh");
  committee = await viewer("thuongtruc");
  commune = await viewer("xa.binhphu");
  admin = await viewer("admin");
});
afterAll(async () => db?.dispose());

describe("creating and publishing", () => {
  let id: number;
  let frozen: ReportSnapshot;

  it("district staff create a draft whose snapshot holds every target, breakdown, support and quality figure", async () => {
    const created = ok(
      await createReport.run(district, { kind: "DINH_KY", periodType: "YEAR", year: "2025", communeIds: [] }, prisma),
    );
    id = created.id;
    const row = await prisma.periodicReport.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("DRAFT");
    expect(row.asOf.toISOString().slice(0, 10)).toBe("2025-12-31");
    expect(row.title).toMatch(/năm 2025$/);
    // The letterhead setting's defaults (no district level since 01/07/2025).
    expect(row).toMatchObject({
      parentBody: "UBND TỈNH ĐỒNG THÁP",
      issuingBody: "SỞ TÀI CHÍNH",
      place: "Đồng Tháp",
      documentNumber: "/BC-STC",
      signerAuthority: "KT. GIÁM ĐỐC",
      signerTitle: "PHÓ GIÁM ĐỐC",
    });
    frozen = row.snapshot as unknown as ReportSnapshot;
    expect(frozen.targets).toHaveLength(11);
    expect(frozen.targets.find((t) => t.code === "HTX_COUNT")!.value).toBeGreaterThan(0);
    expect(frozen.targets.every((t) => t.series.length > 0)).toBe(true);
    expect(frozen.communes.length).toBeGreaterThan(1);
    expect(frozen.types.map((r) => r.key).sort()).toEqual(["HTX", "LHHTX", "THT"]);
    expect(frozen.support.rows).toHaveLength(8);
    expect(BigInt(frozen.support.total.amount)).toBeGreaterThan(0n);
    expect(typeof frozen.support.rows[0]!.amount).toBe("string");
    expect(frozen.quality.expectedReports).toBeGreaterThan(0);
    // The snapshot equals a fresh computation with the same filters (same moment).
    const fresh = await buildReportSnapshot(prisma, { ...frozen.filters });
    expect({ ...fresh, takenAt: "" }).toEqual({ ...frozen, takenAt: "" });
    expect(await prisma.auditLog.count({ where: { entity: "PeriodicReport", entityId: String(id) } })).toBe(1);
  });

  it("the author writes the narrative, then publishes", async () => {
    const { version } = await prisma.periodicReport.findUniqueOrThrow({ where: { id } });
    const content = {
      id,
      title: "Tình hình thực hiện Chương trình hành động số 26-CTr/TU năm 2025",
      parentBody: "UBND TỈNH ĐỒNG THÁP",
      issuingBody: "SỞ TÀI CHÍNH",
      place: "Đồng Tháp",
      documentNumber: "/BC-STC",
      recipients: "- Ủy ban nhân dân tỉnh (để báo cáo);\nBan Giám đốc Sở\nLưu: VT, KTTT.",
      signerAuthority: "KT. GIÁM ĐỐC",
      signerTitle: "PHÓ GIÁM ĐỐC",
      signerName: "",
      results: "Số hợp tác xã **tăng** so với năm trước.\n\n- Ý một\n- Ý hai",
      limitations: "Một số hợp tác xã chưa được *xếp loại*.",
      tasksAhead: "1. Hoàn thành xếp loại\n2. Mở rộng liên kết chuỗi",
    };
    const unsigned = ok(await updateReport.run(district, { ...content, version }, prisma));
    // Not numbered, no signer: not a document that can be issued yet.
    const refused = await publishReport.run(district, { id, version: unsigned.version }, prisma);
    expect(refused).toMatchObject({
      ok: false,
      error: expect.stringMatching(/hãy ghi số văn bản, ví dụ 15\/BC-STC; hãy ghi họ tên người ký/),
      fieldErrors: { documentNumber: [expect.any(String)], signerName: ["Hãy ghi họ tên người ký"] },
    });
    const updated = ok(
      await updateReport.run(
        district,
        { ...content, version: unsigned.version, documentNumber: "15/bc-stc", signerName: "Nguyễn Văn An" },
        prisma,
      ),
    );
    const stored = await prisma.periodicReport.findUniqueOrThrow({ where: { id } });
    expect(stored.documentNumber).toBe("15/BC-STC");
    expect(stored.recipients).toBe("- Ủy ban nhân dân tỉnh (để báo cáo);\nBan Giám đốc Sở\nLưu: VT, KTTT.");
    const published = ok(await publishReport.run(district, { id, version: updated.version }, prisma));
    const row = await prisma.periodicReport.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedById).toBe(district.id);
    expect(published.version).toBe(row.version);
  });

  it("a published report refuses edits and a second publication", async () => {
    const { version } = await prisma.periodicReport.findUniqueOrThrow({ where: { id } });
    const edit = await updateReport.run(
      district,
      { id, version, title: "Đổi tên sau khi ban hành", issuingBody: "X X X", place: "Gò Công Tây", results: "x" },
      prisma,
    );
    expect(edit).toMatchObject({ ok: false, error: expect.stringMatching(/đã ban hành/) });
    expect(await publishReport.run(admin, { id, version }, prisma)).toMatchObject({ ok: false });
    expect((await prisma.periodicReport.findUniqueOrThrow({ where: { id } })).title).not.toBe(
      "Đổi tên sau khi ban hành",
    );
  });

  it("later data changes leave the published report unchanged", async () => {
    const before = await getReport(committee, prisma, id);
    const pdfBefore = await pdfText(before.document);
    const xlsxBefore = await xlsxTables(before.document);
    const csvBefore = renderReportCsv(before.document, "xa");
    const docxBefore = await docxBody(before.document);

    // Change the underlying 2025 data: a new approved cooperative, a rating downgraded,
    // new support.
    const commune = await prisma.areaUnit.findFirstOrThrow({ where: { level: "COMMUNE", validTo: null } });
    const org = await prisma.organisation.create({
      data: {
        code: "HTX-MOI-2025",
        type: "HTX",
        name: "HTX Mới thành lập",
        communeId: commune.id,
        sector: "AGRICULTURE",
        foundedOn: new Date("2020-01-01"),
        statusHistory: { create: [{ status: "ACTIVE", effectiveFrom: new Date("2020-01-01") }] },
        reports: { create: [{ year: 2025, approvalStatus: "APPROVED", memberCount: 40 }] },
        ratings: { create: [{ year: 2025, eligible: true, level: "GOOD", score: 90 }] },
        supports: { create: [{ policyArea: "CREDIT", year: 2025, amount: 500_000_000n }] },
      },
    });
    const good = await prisma.rating.findFirstOrThrow({
      where: { year: 2025, level: "GOOD", organisationId: { not: org.id } },
    });
    await prisma.rating.update({ where: { id: good.id }, data: { level: "WEAK", score: 40 } });

    const fresh = await buildReportSnapshot(prisma, { ...before.document.snapshot.filters });
    const htx = (s: ReportSnapshot) => s.targets.find((t) => t.code === "HTX_COUNT")!.value;
    expect(htx(fresh)).toBe(htx(before.document.snapshot)! + 1);
    expect(fresh.support.total.amount).not.toBe(before.document.snapshot.support.total.amount);

    const after = await getReport(committee, prisma, id);
    expect(after.document).toEqual(before.document);
    expect(after.document.snapshot).toEqual(frozen);
    expect(await pdfText(after.document)).toBe(pdfBefore);
    expect(await xlsxTables(after.document)).toEqual(xlsxBefore);
    expect(renderReportCsv(after.document, "xa")).toBe(csvBefore);
    expect(await docxBody(after.document)).toBe(docxBefore);
    expect(docxBefore).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(docxBefore).toContain("Số hợp tác xã");
  });

  it("the XLSX read back equals the snapshot: one sheet per table, context on top, numbers as numbers", async () => {
    const { document } = await getReport(committee, prisma, id);
    const sheets = await xlsxTables(document);
    expect(Object.keys(sheets)).toEqual(Object.values(SHEET_NAMES));
    for (const sheet of Object.values(sheets)) {
      expect(sheet.top[1]).toMatch(/^Kỳ báo cáo: năm 2025 \(Số liệu tính đến ngày 31 tháng 12 năm 2025\)$/);
      expect(sheet.top[2]).toBe(`Phạm vi: ${frozen.scopeName}`);
      expect(sheet.filters).toMatch(/chỉ số liệu đã duyệt/);
    }
    // The targets sheet, value by value against the snapshot.
    const targets = sheets["Chỉ tiêu"]!.rows.slice(1);
    expect(targets).toHaveLength(11);
    frozen.targets.forEach((t, i) => {
      const row = targets[i]!;
      expect(row[1]).toBe(t.title);
      expect(row[4] ?? null).toBe(t.numerator);
      expect(row[5] ?? null).toBe(t.denominator);
      expect(row[6] ?? null).toBe(t.value);
      expect(row[7] ?? null).toBe(t.percentOfTarget);
    });
    // Commune and support sheets.
    const communes = sheets["Theo xã"]!.rows.slice(1, 1 + frozen.communes.length);
    expect(communes.map((r) => [r[0], r[1], r[2], r[3]])).toEqual(
      frozen.communes.map((c) => [c.label, c.activeTht, c.activeHtx, c.activeLhhtx]),
    );
    const support = sheets["Hỗ trợ IV.2"]!.rows.slice(1);
    expect(support.slice(0, 8).map((r) => [r[0], r[2], r[3]])).toEqual(
      frozen.support.rows.map((r) => [r.number, r.organisations, Number(r.amount)]),
    );
    expect(support[8]![3]).toBe(Number(frozen.support.total.amount));
    // Same tables, same row counts as every other format (header + rows + total).
    for (const t of allTables(document)) {
      expect(sheets[SHEET_NAMES[t.id]]!.rows).toHaveLength(1 + t.rows.length + (t.footer ? 1 : 0));
    }
  });

  it("the PDF text holds the snapshot's figures with correct diacritics", async () => {
    const { document } = await getReport(committee, prisma, id);
    const text = (await pdfText(document)).replace(/\s+/g, " ");
    for (const phrase of [
      "UBND TỈNH ĐỒNG THÁP",
      "SỞ TÀI CHÍNH",
      "Số: 15/BC-STC",
      "Nơi nhận:",
      "- Ủy ban nhân dân tỉnh (để báo cáo); - Ban Giám đốc Sở; - Lưu: VT, KTTT.",
      "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
      "Nguyễn Văn An",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "tính đến ngày 31 tháng 12 năm 2025",
      "Số hợp tác xã",
      "% đạt kế hoạch",
      "Số hợp tác xã **tăng**".replace(/\*/g, ""),
      "II. HẠN CHẾ, NGUYÊN NHÂN",
      "Trang 1/",
    ]) {
      expect(text).toContain(phrase);
    }
    const issued = await prisma.periodicReport.findUniqueOrThrow({ where: { id } });
    expect(text).toMatch(/Đồng Tháp, ngày \d{2} tháng \d{2} năm \d{4}/);
    expect(issued.publishedAt).not.toBeNull();
    for (const t of frozen.targets) {
      if (t.value === null) continue;
      const shown = (t.unit === "PERCENT" ? formatPercent(t.value) : formatInteger(t.value)).replace(/\s/g, " ");
      expect(text, t.code).toContain(shown);
    }
    const htx = frozen.communes[0]!;
    expect(text).toContain(htx.label);
  });

  it("the Word document has the letterhead, Word's own lists, the PDF's charts as images and the signature", async () => {
    const { document } = await getReport(committee, prisma, id);
    const zip = await JSZip.loadAsync(await renderReportDocx(document));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, "");
    for (const phrase of [
      "UBND TỈNH ĐỒNG THÁP",
      "SỞ TÀI CHÍNH",
      "Số: 15/BC-STC",
      "Nơi nhận:",
      "- Lưu: VT, KTTT.",
      "KT. GIÁM ĐỐC",
      "Nguyễn Văn An",
      "Hình 1. Mức đạt kế hoạch",
      "Hình 3. Tổ chức kinh tế tập thể đang hoạt động",
      "Biểu 6. Chất lượng số liệu",
    ]) {
      expect(text, phrase).toContain(phrase);
    }
    // Markdown lists are numbering, not typed "- " or "1. ": two bullets, two numbered items.
    expect(xml.match(/<w:numPr>/g)).toHaveLength(4);
    expect(text).not.toContain("- Ý một");
    const numbering = await zip.file("word/numbering.xml")!.async("string");
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
    // Three figures, as PNG files referenced from the body.
    const images = Object.keys(zip.files).filter((f) => f.startsWith("word/media/") && !f.endsWith("/"));
    expect(images).toHaveLength(3);
    for (const f of images) {
      const bytes = await zip.file(f)!.async("uint8array");
      expect(Buffer.from(bytes.subarray(1, 4)).toString()).toBe("PNG");
    }
    expect(xml.match(/<pic:pic /g)).toHaveLength(3);
  });

  it("CSV per table: UTF-8 with BOM, ';' and decimal comma, same rows as the snapshot", async () => {
    const { document } = await getReport(committee, prisma, id);
    const csv = renderReportCsv(document, "muc-tieu");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ";" });
    expect(parsed.data[0]).toContain("% đạt kế hoạch");
    const htx = frozen.targets.find((t) => t.code === "HTX_GOOD_FAIR")!;
    const row = parsed.data.find((r) => r[1] === htx.title)!;
    expect(Number(row[6]!.replace(",", "."))).toBeCloseTo(htx.value!, 4);
  });
});

describe("who may do what", () => {
  it("a commune official cannot create or publish, and does not see drafts", async () => {
    const refused = await createReport.run(commune, { kind: "DINH_KY", periodType: "YEAR", year: 2025 }, prisma);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/Chỉ cán bộ huyện/) });

    const draft = ok(
      await createReport.run(district, { kind: "SO_KET", periodType: "HALF", year: 2025, half: 1 }, prisma),
    );
    const { version } = await prisma.periodicReport.findUniqueOrThrow({ where: { id: draft.id } });
    await prisma.periodicReport.update({ where: { id: draft.id }, data: { results: "Nội dung" } });
    expect(await publishReport.run(commune, { id: draft.id, version: version + 1 }, prisma)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Chỉ cán bộ huyện/),
    });
    expect((await prisma.periodicReport.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    await expect(getReport(commune, prisma, draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listReports(commune, prisma)).every((r) => r.status === "PUBLISHED")).toBe(true);
    expect((await listReports(district, prisma)).some((r) => r.id === draft.id)).toBe(true);
  });

  it("the committee comments on a published report but cannot create one; a commune official cannot comment", async () => {
    const published = (await listReports(committee, prisma, { status: "PUBLISHED" }))[0]!;
    const c = ok(
      await addReportComment.run(committee, { reportId: published.id, body: "Đề nghị bổ sung số liệu xã." }, prisma),
    );
    expect(c.reportId).toBe(published.id);
    const view = await getReport(committee, prisma, published.id);
    expect(view.comments.map((x) => x.body)).toContain("Đề nghị bổ sung số liệu xã.");
    expect(
      await createReport.run(committee, { kind: "DINH_KY", periodType: "YEAR", year: 2025 }, prisma),
    ).toMatchObject({
      ok: false,
    });
    expect(await addReportComment.run(commune, { reportId: published.id, body: "Góp ý của xã" }, prisma)).toMatchObject(
      {
        ok: false,
      },
    );
    const draft = await prisma.periodicReport.findFirstOrThrow({ where: { status: "DRAFT" } });
    expect(await addReportComment.run(committee, { reportId: draft.id, body: "Góp ý dự thảo" }, prisma)).toMatchObject({
      ok: false,
    });
  });

  it("refuses a period that has not started and a commune outside the programme", async () => {
    const future = await createReport.run(district, { kind: "DINH_KY", periodType: "YEAR", year: 2099 }, prisma);
    expect(future).toMatchObject({ ok: false });
    const outside = await createReport.run(
      district,
      { kind: "DINH_KY", periodType: "YEAR", year: 2025, communeIds: [999_999] },
      prisma,
    );
    expect(outside).toMatchObject({ ok: false, error: expect.stringMatching(/ngoài phạm vi/) });
  });
});

describe("change since the previous report", () => {
  it("compares with the previous published report of the same scope only", async () => {
    const q2 = ok(
      await createReport.run(district, { kind: "DINH_KY", periodType: "QUARTER", year: 2024, quarter: 2 }, prisma),
    );
    const commune = await prisma.areaUnit.findFirstOrThrow({ where: { level: "COMMUNE", validTo: null } });
    const other = ok(
      await createReport.run(
        district,
        { kind: "DINH_KY", periodType: "QUARTER", year: 2024, quarter: 3, communeIds: [commune.id] },
        prisma,
      ),
    );
    const q4 = ok(
      await createReport.run(district, { kind: "DINH_KY", periodType: "QUARTER", year: 2024, quarter: 4 }, prisma),
    );
    for (const r of [q2, other, q4]) {
      const { version } = await prisma.periodicReport.update({
        where: { id: r.id },
        data: {
          results: "Kết quả",
          documentNumber: `${r.id}/BC-STC`,
          signerTitle: "GIÁM ĐỐC",
          signerName: "Nguyễn Văn An",
        },
      });
      ok(await publishReport.run(district, { id: r.id, version }, prisma));
    }
    const view = await getReport(district, prisma, q4.id);
    expect(view.document.previous?.id).toBe(q2.id);
    const a = view.document.previous!.snapshot;
    const b = view.document.snapshot;
    const { targetChanges } = await import("@/domain/reports/snapshot");
    const changes = targetChanges(b, a);
    for (const t of b.targets) {
      const p = a.targets.find((x) => x.code === t.code)!;
      const expected = t.value === null || p.value === null ? null : t.value - p.value;
      expect(changes.get(t.code)!.change).toBe(expected);
    }
    expect((await prisma.periodicReport.findUniqueOrThrow({ where: { id: q4.id } })).previousReportId).toBe(q2.id);
    // The commune report has no predecessor of its own scope.
    expect((await getReport(district, prisma, other.id)).document.previous).toBeNull();
  });
});

describe("the letterhead setting", () => {
  const letterhead = {
    parentBody: "Tỉnh Đồng Tháp",
    issuingBody: "ỦY BAN NHÂN DÂN XÃ BÌNH PHÚ",
    abbreviation: "ubnd",
    place: "Bình Phú",
    recipients: "Như trên\nThường trực Đảng ủy xã\nLưu: VT, VP",
    signerAuthority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
    signerTitle: "PHÓ CHỦ TỊCH",
    signerName: "Lê Thị Hồng",
  };

  it("only an administrator sets it, field by field in Vietnamese, audited; new reports use it, old ones keep theirs", async () => {
    const before = await prisma.periodicReport.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { id: "asc" },
    });
    expect(await setReportLetterhead.run(district, letterhead, prisma)).toMatchObject({ ok: false });
    const bad = await setReportLetterhead.run(
      admin,
      { ...letterhead, issuingBody: "  ", abbreviation: "Sở TC", signerAuthority: "CHỦ TỊCH" },
      prisma,
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: {
        issuingBody: ["Hãy nhập cơ quan ban hành"],
        abbreviation: ["Chữ viết tắt chỉ gồm chữ in hoa, ví dụ STC, UBND"],
        signerAuthority: [expect.stringMatching(/^Dòng “CHỦ TỊCH” phải bắt đầu bằng TM\., KT\./)],
      },
    });
    expect(await prisma.systemSetting.findUnique({ where: { key: "reportLetterhead" } })).toBeNull();

    ok(await setReportLetterhead.run(admin, letterhead, prisma));
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "SystemSetting", entityId: "reportLetterhead" },
    });
    expect(audit.before).toMatchObject({ issuingBody: "SỞ TÀI CHÍNH" });
    expect(audit.after).toMatchObject({ issuingBody: "ỦY BAN NHÂN DÂN XÃ BÌNH PHÚ", abbreviation: "UBND" });

    const created = ok(
      await createReport.run(district, { kind: "SO_KET", periodType: "HALF", year: 2025, half: 2 }, prisma),
    );
    const view = await getReport(district, prisma, created.id);
    expect(view.report).toMatchObject({ parentBody: "Tỉnh Đồng Tháp", documentNumber: "/BC-UBND", place: "Bình Phú" });
    expect(view.document.formal).toEqual({
      documentNumber: "/BC-UBND",
      recipients: ["- Như trên;", "- Thường trực Đảng ủy xã;", "- Lưu: VT, VP."],
      signature: { heading: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], name: "Lê Thị Hồng" },
    });
    // The live overview exports use it too; a report made before does not move.
    const live = await getLiveDashboardDocument(committee, prisma, new URLSearchParams("nam=2025"));
    expect([live.parentBody, live.issuingBody]).toEqual(["Tỉnh Đồng Tháp", ["ỦY BAN NHÂN DÂN XÃ BÌNH PHÚ"]]);
    expect(live.formal).toBeNull();
    const after = await prisma.periodicReport.findUniqueOrThrow({ where: { id: before.id } });
    expect([after.parentBody, after.issuingBody]).toEqual([before.parentBody, before.issuingBody]);
    await prisma.systemSetting.delete({ where: { key: "reportLetterhead" } });
  });

  it("a draft's formal fields are checked field by field", async () => {
    const draft = ok(
      await createReport.run(district, { kind: "DINH_KY", periodType: "QUARTER", year: 2025, quarter: 1 }, prisma),
    );
    const { version } = await prisma.periodicReport.findUniqueOrThrow({ where: { id: draft.id } });
    const res = await updateReport.run(
      district,
      {
        id: draft.id,
        version,
        title: "Báo cáo quý I năm 2025",
        parentBody: "",
        issuingBody: "SỞ TÀI CHÍNH",
        place: "Đồng Tháp",
        documentNumber: "số 15",
        recipients: "Lưu: VT",
        signerAuthority: "Giám đốc",
        signerTitle: "GIÁM ĐỐC",
        signerName: "x".repeat(81),
      },
      prisma,
    );
    expect(res).toMatchObject({
      ok: false,
      fieldErrors: {
        documentNumber: ["Số, ký hiệu phải có dạng 15/BC-STC (số/BC-chữ viết tắt của cơ quan)"],
        signerAuthority: [expect.stringContaining("phải bắt đầu bằng")],
        signerName: ["Họ tên người ký không được dài quá 80 ký tự"],
      },
    });
    expect((await prisma.periodicReport.findUniqueOrThrow({ where: { id: draft.id } })).version).toBe(version);
  });
});

describe("comments on a section", () => {
  it("a comment names the section it is about; an unknown section is refused", async () => {
    const published = (await listReports(committee, prisma, { status: "PUBLISHED" }))[0]!;
    ok(
      await addReportComment.run(
        committee,
        { reportId: published.id, sectionKey: "han-che", body: "Cần nêu rõ nguyên nhân chậm tiến độ." },
        prisma,
      ),
    );
    const bad = await addReportComment.run(
      committee,
      { reportId: published.id, sectionKey: "muc-la", body: "Góp ý" },
      prisma,
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { sectionKey: ["Mục được góp ý không hợp lệ"] } });
    const view = await getReport(committee, prisma, published.id);
    expect(view.comments.find((c) => c.body.startsWith("Cần nêu rõ"))?.sectionKey).toBe("han-che");
    expect(view.comments.filter((c) => c.body === "Góp ý")).toHaveLength(0);
  });
});

describe("demo reports", () => {
  it("the demo data come with a published review written from the demo figures, and a draft", async () => {
    const demo = await prisma.periodicReport.findMany({
      where: { scope: { path: ["demo"], equals: true } },
      orderBy: { id: "asc" },
    });
    expect(demo.map((r) => [r.kind, r.periodType, r.year, r.status])).toEqual([
      ["TONG_KET", "YEAR", 2025, "PUBLISHED"],
      ["DINH_KY", "QUARTER", 2026, "DRAFT"],
    ]);
    const [review] = demo;
    expect(review!.documentNumber).toBe("01/BC-STC");
    expect(review!.results).toMatch(/^\*\(Báo cáo minh họa/);
    // The figures in the text are the frozen ones.
    const s = review!.snapshot as unknown as ReportSnapshot;
    const htx = s.targets.find((t) => t.code === "HTX_COUNT")!;
    expect(review!.results).toContain(`có ${formatInteger(htx.value!)} hợp tác xã`);
    const lagging = s.targets.filter((t) => t.status === "OFF_TRACK" || t.status === "NEEDS_ACCELERATION");
    for (const t of lagging) expect(review!.limitations).toContain(t.title);
    // A committee member sees it in the list.
    expect((await listReports(committee, prisma)).map((r) => r.id)).toContain(review!.id);
  });
});

describe("live overview exports", () => {
  it("use the overview's query string and need a signed-in viewer", async () => {
    const commune = await prisma.areaUnit.findFirstOrThrow({ where: { level: "COMMUNE", validTo: null } });
    const query = new URLSearchParams(`nam=2025&xa=${commune.id}&loai=HTX`);
    const doc = await getLiveDashboardDocument(committee, prisma, query, new Date("2026-11-29T03:00:00Z"));
    expect(doc.status).toBe("LIVE");
    expect(doc.snapshot.filters).toMatchObject({
      year: 2025,
      asOf: "2025-12-31",
      communeIds: [commune.id],
      orgTypes: ["HTX"],
    });
    expect(doc.issuedOn).toBe("2026-11-29");
    const sheets = await xlsxTables(doc);
    expect(sheets["Chỉ tiêu"]!.filters).toMatch(/loại hình: hợp tác xã \(HTX\)/);
    await expect(getLiveDashboardDocument(null, prisma, query)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
