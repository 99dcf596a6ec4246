// The report as a Word document, since Word is where the district edits its reports:
// title block (issuing body and national motto side by side, borderless), place and
// date, title, "tính đến ngày", the narrative, the targets, commune and support tables.
// Times New Roman 13 pt and the margins of Nghị định 30/2020/NĐ-CP; page numbers.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import {
  asOfLine,
  communesTable,
  contextLines,
  dateLine,
  formatCell,
  NARRATIVE_SECTIONS,
  NATIONAL_MOTTO,
  supportTable,
  targetsTable,
  type ReportDocument,
  type Table,
} from "@/domain/reports/document";
import { parseMarkdown, type Inline } from "@/domain/reports/markdown";

const FONT = "Times New Roman";
const SIZE = 26; // half-points: 13 pt
const TABLE_SIZE = 20; // 10 pt
const MM = 56.7; // twips per millimetre

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics });

const para = (
  children: ParagraphChild[],
  o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; after?: number } = {},
) =>
  new Paragraph({
    children,
    alignment: o.align,
    indent: o.indent ? { firstLine: Math.round(10 * MM) } : undefined,
    spacing: { after: o.after ?? 60 },
  });

const runs = (content: Inline[]) => content.map((r) => run(r.text, { bold: r.bold, italics: r.italic }));

function markdown(source: string): Paragraph[] {
  const blocks = parseMarkdown(source);
  if (blocks.length === 0) return [para([run("(Chưa có nội dung)", { italics: true })])];
  return blocks.flatMap((b) => {
    if (b.type === "heading") return [headingBold(b.content)];
    if (b.type === "paragraph") return [para(runs(b.content), { align: AlignmentType.JUSTIFIED, indent: true })];
    return b.items.map(
      (item, i) =>
        new Paragraph({
          children: [run(b.ordered ? `${i + 1}. ` : "- "), ...runs(item)],
          indent: { left: Math.round(10 * MM), hanging: Math.round(5 * MM) },
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 40 },
        }),
    );
  });
}

function headingBold(content: Inline[]): Paragraph {
  return para(content.map((r) => run(r.text, { bold: true, italics: r.italic })));
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
    new DocxTable({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
    para([run("")]),
  ];
}

export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const snap = doc.snapshot;
  const [superior, ...own] = doc.issuingBody;
  const titleBlock = new DocxTable({
    borders: NO_BORDERS,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 42, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              ...(superior
                ? [para([run(superior.toUpperCase(), { size: 24 })], { align: AlignmentType.CENTER, after: 0 })]
                : []),
              ...own.map((l) =>
                para([run(l.toUpperCase(), { bold: true, size: 24 })], { align: AlignmentType.CENTER, after: 0 }),
              ),
              para([run("––––––––", { size: 24 })], { align: AlignmentType.CENTER }),
            ],
          }),
          new TableCell({
            width: { size: 58, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              para([run(NATIONAL_MOTTO[0], { bold: true, size: 24 })], { align: AlignmentType.CENTER, after: 0 }),
              para([run(NATIONAL_MOTTO[1], { bold: true })], { align: AlignmentType.CENTER, after: 0 }),
              para([run("–––––––––––––––––––", { size: 24 })], { align: AlignmentType.CENTER }),
            ],
          }),
        ],
      }),
    ],
  });

  const body: (Paragraph | DocxTable)[] = [
    titleBlock,
    para([run(dateLine(doc), { italics: true })], { align: AlignmentType.RIGHT, after: 200 }),
    ...(doc.status === "DRAFT" ? [para([run("DỰ THẢO", { bold: true })], { align: AlignmentType.CENTER })] : []),
    para([run(doc.heading, { bold: true, size: 28 })], { align: AlignmentType.CENTER, after: 0 }),
    para([run(doc.title, { bold: true })], { align: AlignmentType.CENTER, after: 0 }),
    para([run(asOfLine(snap), { italics: true })], { align: AlignmentType.CENTER, after: 200 }),
    para([run("Phạm vi: ", { bold: true }), run(`${snap.scopeLabel}.`)], { indent: true }),
    // Every filter by name, and what is provisional, missing or hidden.
    ...contextLines(snap).map((line) => para([run(line, { size: 24 })], { indent: true })),
    para([run(doc.narrative ? NARRATIVE_SECTIONS[0].heading : "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", { bold: true })]),
    ...(doc.narrative ? markdown(doc.narrative.results) : []),
    ...table(
      targetsTable(doc),
      doc.previous ? `Biểu 1. Các chỉ tiêu (so với báo cáo ${doc.previous.periodLabel})` : "Biểu 1. Các chỉ tiêu",
    ),
    ...table(communesTable(snap), "Biểu 2. Kết quả theo xã, thị trấn"),
    ...table(supportTable(snap), `Biểu 3. ${supportTable(snap).title}`),
  ];
  if (doc.narrative) {
    for (const sec of NARRATIVE_SECTIONS.slice(1)) {
      body.push(para([run(sec.heading, { bold: true })]), ...markdown(doc.narrative[sec.key]));
    }
  }

  const document = new Document({
    creator: doc.issuingBody.join(" – "),
    title: `${doc.heading} ${doc.title}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
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
