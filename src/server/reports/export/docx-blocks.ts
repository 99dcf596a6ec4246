// The Word building blocks of a report export: text runs and paragraphs in the decree's
// font and sizes, Word's own lists from the narrative's markdown, the tables (a header
// row repeated on every page, widths in the grid for LibreOffice), borderless two-column
// layouts and charts as PNG figures.
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LevelFormat,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { formatCell, type Table } from "@/domain/reports/tables";
import { parseMarkdown, type Inline } from "@/domain/reports/markdown";
import type { ChartImage } from "./docx-charts";

export const FONT = "Times New Roman";
export const SIZE = 26; // half-points: 13 pt
const TABLE_SIZE = 20; // 10 pt
export const MM = 56.7; // twips per millimetre
/** A4 less the left (30 mm) and right (15 mm) margins, in twips. */
const TEXT_WIDTH = Math.round(165 * MM);

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics });

export const para = (
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
export const LIST_NUMBERING = [
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
export function markdown(source: string, lists: { next: number }, keepNext = false): Paragraph[] {
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

export function table(t: Table, caption: string): (Paragraph | DocxTable)[] {
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
export function twoColumns(left: Paragraph[], right: Paragraph[], leftWidth: number): DocxTable {
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

export const centred = (children: ParagraphChild[], after = 0) =>
  para(children, { align: AlignmentType.CENTER, after });

/** A chart as a PNG under its title (none when the report has no such chart). */
export function figure(chart: ChartImage | null): Paragraph[] {
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
