// The report as a Word document, since Word is where reports are finished and signed:
// the letterhead of Nghị định 30/2020/NĐ-CP (bodies and national motto side by side,
// borderless, "Số" and place and date below), title, "tính đến ngày", the narrative
// with Word's own lists, the tables and the PDF's charts (as PNG), then "Nơi nhận" and
// the signature block. Times New Roman 13 pt, the decree's margins; page numbers.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import {
  asOfLine,
  contextLines,
  dateLine,
  issuerText,
  NATIONAL_MOTTO,
  type ReportDocument,
} from "@/domain/reports/document";
import { allTables, formatCell, type Table } from "@/domain/reports/tables";
import { NARRATIVE_SECTIONS } from "@/domain/reports/sections";
import { numberLine } from "@/domain/reports/letterhead";
import { parseMarkdown, type Inline } from "@/domain/reports/markdown";
import { reportCharts, type ChartImage } from "./docx-charts";

const FONT = "Times New Roman";
const SIZE = 26; // half-points: 13 pt
const TABLE_SIZE = 20; // 10 pt
const MM = 56.7; // twips per millimetre
/** A4 less the left (30 mm) and right (15 mm) margins, in twips. */
const TEXT_WIDTH = Math.round(165 * MM);

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics });

const para = (
  children: ParagraphChild[],
  o: {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: boolean;
    after?: number;
    keepNext?: boolean;
  } = {},
) =>
  new Paragraph({
    children,
    keepNext: o.keepNext,
    alignment: o.align,
    indent: o.indent ? { firstLine: Math.round(10 * MM) } : undefined,
    spacing: { after: o.after ?? 60 },
  });

const runs = (content: Inline[]) => content.map((r) => run(r.text, { bold: r.bold, italics: r.italic }));

// Word's own lists (numbering.xml), so that Word continues, renumbers and restyles them:
// a dash for bullets (the usual mark of Vietnamese administrative texts), "1." for
// numbered lists. Each numbered list gets its own instance, so it starts again at 1.
const LIST_INDENT = { left: Math.round(10 * MM), hanging: Math.round(5 * MM) };
const LIST_NUMBERING = [
  {
    reference: "gach-dau-dong",
    levels: [
      {
        level: 0,
        format: LevelFormat.BULLET,
        text: "-",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: LIST_INDENT } },
      },
    ],
  },
  {
    reference: "danh-so",
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: "%1.",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: LIST_INDENT } },
      },
    ],
  },
];

/** `keepNext`: the text stays on the page of what follows it (the signature block). */
function markdown(source: string, lists: { next: number }, keepNext = false): Paragraph[] {
  const blocks = parseMarkdown(source);
  if (blocks.length === 0) return [para([run("(Chưa có nội dung)", { italics: true })], { keepNext })];
  return blocks.flatMap((b) => {
    if (b.type === "heading")
      return [
        para(
          b.content.map((r) => run(r.text, { bold: true, italics: r.italic })),
          { keepNext },
        ),
      ];
    if (b.type === "paragraph")
      return [para(runs(b.content), { align: AlignmentType.JUSTIFIED, indent: true, keepNext })];
    const instance = lists.next++;
    return b.items.map(
      (item) =>
        new Paragraph({
          children: runs(item),
          numbering: { reference: b.ordered ? "danh-so" : "gach-dau-dong", level: 0, instance },
          keepNext,
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 40 },
        }),
    );
  });
}

/** Twips per column in proportion to `weights`, none under 15 mm ("STT" in 10 pt, padding). */
function gridWidths(weights: number[]): number[] {
  const min = Math.round(15 * MM);
  const total = weights.reduce((a, w) => a + w, 0);
  const narrow = weights.map((w) => (w / total) * TEXT_WIDTH < min);
  const rest = TEXT_WIDTH - min * narrow.filter(Boolean).length;
  const wide = weights.reduce((a, w, i) => a + (narrow[i] ? 0 : w), 0);
  return weights.map((w, i) => (narrow[i] ? min : Math.round((w / wide) * rest)));
}

function table(t: Table, caption: string): (Paragraph | DocxTable)[] {
  const total = t.columns.reduce((a, c) => a + c.width, 0);
  const width = (i: number) => Math.round((t.columns[i]!.width / total) * 100);
  const cell = (text: string, i: number, o: { bold?: boolean; right?: boolean; shade?: boolean } = {}) =>
    new TableCell({
      width: { size: width(i), type: WidthType.PERCENTAGE },
      shading: o.shade ? { fill: "E2E8F0" } : undefined,
      children: [
        new Paragraph({
          alignment: o.right ? AlignmentType.RIGHT : o.bold ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(text, { bold: o.bold, size: TABLE_SIZE })],
        }),
      ],
    });
  const rows = [
    new TableRow({
      tableHeader: true,
      children: t.columns.map((c, i) => cell(c.header, i, { bold: true, shade: true })),
    }),
    ...t.rows.map(
      (r) =>
        new TableRow({
          children: r.map((c, i) =>
            cell(formatCell(c), i, { right: c.kind !== "text" || t.columns[i]!.kind !== "text" }),
          ),
        }),
    ),
    ...(t.footer
      ? [
          new TableRow({
            children: t.footer.map((c, i) =>
              cell(c.v === "" ? "" : formatCell(c), i, { bold: true, right: c.kind !== "text" }),
            ),
          }),
        ]
      : []),
  ];
  return [
    para([run(caption, { bold: true, size: 22 })], { after: 40 }),
    // Column widths in the grid too: LibreOffice sizes columns by the grid, not the cells.
    new DocxTable({
      rows,
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: gridWidths(t.columns.map((c) => c.width)),
    }),
    para([run("")]),
  ];
}

/** A borderless two-column table: the way Word lays out the letterhead and the signature. */
function twoColumns(left: Paragraph[], right: Paragraph[], leftWidth: number): DocxTable {
  const first = Math.round((TEXT_WIDTH * leftWidth) / 100);
  const cell = (children: Paragraph[], size: number) =>
    new TableCell({
      width: { size, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      margins: { left: 0, right: 0 },
      children,
    });
  return new DocxTable({
    borders: NO_BORDERS,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [first, TEXT_WIDTH - first],
    layout: TableLayoutType.FIXED,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, 100 - leftWidth)] })],
  });
}

const centred = (children: ParagraphChild[], after = 0) => para(children, { align: AlignmentType.CENTER, after });

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

function figure(chart: ChartImage | null): Paragraph[] {
  if (!chart) return [];
  return [
    para([run(chart.title, { bold: true, size: 22 })], { after: 40 }),
    new Paragraph({
      keepLines: true,
      spacing: { after: 160 },
      children: [
        new ImageRun({
          type: "png",
          data: chart.png,
          transformation: { width: chart.width, height: chart.height },
          altText: { name: chart.title, title: chart.title, description: chart.title },
        }),
      ],
    }),
  ];
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
