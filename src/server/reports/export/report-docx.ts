// The report as a Word document, since Word is where reports are finished and signed:
// the letterhead of Nghị định 30/2020/NĐ-CP (bodies and national motto side by side,
// borderless, "Số" and place and date below), title, "tính đến ngày", the narrative
// with Word's own lists, the tables and the PDF's charts (as PNG), then "Nơi nhận" and
// the signature block. Times New Roman 13 pt, the decree's margins; page numbers. The
// building blocks (runs, paragraphs, lists, tables, figures) are in ./docx-blocks.
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, Table as DocxTable, TextRun } from "docx";
import {
  asOfLine,
  contextLines,
  dateLine,
  issuerText,
  NATIONAL_MOTTO,
  type ReportDocument,
} from "@/domain/reports/document";
import { allTables } from "@/domain/reports/tables";
import { NARRATIVE_SECTIONS } from "@/domain/reports/sections";
import { numberLine } from "@/domain/reports/letterhead";
import { reportCharts } from "./docx-charts";
import { centred, figure, FONT, LIST_NUMBERING, markdown, MM, para, run, SIZE, table, twoColumns } from "./docx-blocks";

/** Ô số 1-5 of NĐ 30/2020: bodies | motto, then "Số" | place and date. */
function letterhead(doc: ReportDocument): DocxTable {
  return twoColumns(
    [
      ...(doc.parentBody ? [centred([run(doc.parentBody.toUpperCase(), { size: 24 })])] : []),
      ...doc.issuingBody.map((l) => centred([run(l.toUpperCase(), { bold: true, size: 24 })])),
      centred([run("––––––––", { size: 24 })], 120),
      ...(doc.formal ? [centred([run(numberLine(doc.formal.documentNumber))])] : []),
    ],
    [
      centred([run(NATIONAL_MOTTO[0], { bold: true, size: 24 })]),
      centred([run(NATIONAL_MOTTO[1], { bold: true })]),
      centred([run("–––––––––––––––––––", { size: 24 })], 120),
      centred([run(dateLine(doc), { italics: true })]),
    ],
    // 60 %: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 12 pt bold stays on one line.
    40,
  );
}

/** "Nơi nhận" (left, 11 and 12 pt) and the signature block (right). */
function signatureArea(formal: NonNullable<ReportDocument["formal"]>, draft: boolean): DocxTable {
  return twoColumns(
    [
      para([run("Nơi nhận:", { bold: true, italics: true, size: 24 })], { after: 0 }),
      ...formal.recipients.map((r) => para([run(r, { size: 22 })], { after: 0 })),
    ],
    [
      ...formal.signature.heading.map((l) => centred([run(l, { bold: true })])),
      centred([run(draft ? "(dự thảo: chưa ký)" : "", { italics: true, size: 22 })], 1300),
      centred([run(formal.signature.name, { bold: true })]),
    ],
    45,
  );
}

export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const snap = doc.snapshot;
  const charts = reportCharts(snap);
  const tables = allTables(doc);
  const [targets, communes, types, sectors, support, quality] = tables;
  const h3 = (text: string) => para([run(text, { bold: true })], { after: 80 });
  const lists = { next: 1 };

  const body: (Paragraph | DocxTable)[] = [
    letterhead(doc),
    para([run("")], { after: 120 }),
    ...(doc.status === "DRAFT" ? [centred([run("DỰ THẢO", { bold: true })], 60)] : []),
    centred([run(doc.heading, { bold: true, size: 28 })]),
    centred([run(doc.title, { bold: true })]),
    centred([run(asOfLine(snap), { italics: true })], 200),
    para([run("Phạm vi: ", { bold: true }), run(`${snap.scopeLabel}.`)], { indent: true }),
    // Every filter by name, and what is provisional, missing or hidden.
    ...contextLines(snap).map((line) => para([run(line, { size: 24 })], { indent: true })),
    para([run(doc.narrative ? NARRATIVE_SECTIONS[0].heading : "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", { bold: true })]),
    ...(doc.narrative ? markdown(doc.narrative.results, lists) : []),
    h3("1. Kết quả thực hiện các chỉ tiêu của Chương trình"),
    ...table(
      targets!,
      doc.previous ? `Biểu 1. Các chỉ tiêu (so với báo cáo ${doc.previous.periodLabel})` : "Biểu 1. Các chỉ tiêu",
    ),
    ...figure(charts.percent),
    ...figure(charts.lines),
    h3("2. Kết quả theo xã, thị trấn, loại hình và lĩnh vực"),
    ...figure(charts.communes),
    ...table(communes!, "Biểu 2. Kết quả theo xã, thị trấn"),
    ...table(types!, "Biểu 3. Kết quả theo loại hình"),
    ...table(sectors!, "Biểu 4. Kết quả theo lĩnh vực"),
    h3("3. Thực hiện các chính sách hỗ trợ (mục IV.2 Chương trình)"),
    ...table(support!, `Biểu 5. ${support!.title}`),
    h3("4. Chất lượng số liệu"),
    ...table(quality!, `Biểu 6. ${quality!.title}`),
  ];
  if (doc.narrative) {
    for (const sec of NARRATIVE_SECTIONS.slice(1)) {
      // The last section goes with the signature: a signature alone on a page signs nothing.
      const keepNext = doc.formal !== null && sec === NARRATIVE_SECTIONS[NARRATIVE_SECTIONS.length - 1];
      body.push(
        para([run(sec.heading, { bold: true })], { keepNext }),
        ...markdown(doc.narrative[sec.key], lists, keepNext),
      );
    }
  }
  if (doc.formal) body.push(para([run("")], { keepNext: true }), signatureArea(doc.formal, doc.status === "DRAFT"));

  const document = new Document({
    creator: issuerText(doc),
    title: `${doc.heading} ${doc.title}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    numbering: { config: LIST_NUMBERING },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(20 * MM),
              bottom: Math.round(20 * MM),
              left: Math.round(30 * MM),
              right: Math.round(15 * MM),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    font: FONT,
                    size: 20,
                    children: ["Trang ", PageNumber.CURRENT, "/", PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
