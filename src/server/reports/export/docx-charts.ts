// The PDF's charts for the Word export: the same geometry (chart-model.ts) written as
// SVG and rasterised to PNG by resvg (a native build shipped in the npm package, no
// browser, no network), with the Be Vietnam Pro files of the PDF so Vietnamese labels
// render. Word shows PNG everywhere; SVG in DOCX needs a PNG fallback anyway.
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { CHART_TEXT, TARGET_COLOUR as TARGET, TREND_COLOUR } from "@/domain/charts/colours";
import type { ReportSnapshot, SnapshotTarget } from "@/domain/reports/snapshot";
import { communeBars, FIGURE_TITLES, GRID, lineChart, PERCENT_MAX, percentBar, TYPE_SERIES } from "./chart-model";

export type ChartImage = { title: string; png: Buffer; width: number; height: number };

/** Width of the text column of an A4 page with NĐ 30 margins (165 mm) in CSS pixels. */
const PAGE_WIDTH = 620;
const FONT = "Be Vietnam Pro";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const text = (
  x: number,
  y: number,
  s: string,
  o: { size?: number; bold?: boolean; anchor?: "start" | "middle" | "end"; fill?: string } = {},
) =>
  `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${o.size ?? 11}"${o.bold ? ' font-weight="700"' : ""}${
    o.anchor ? ` text-anchor="${o.anchor}"` : ""
  } fill="${o.fill ?? "#0f172a"}">${esc(s)}</text>`;

/** Splits a label into lines of at most `max` characters, at spaces. */
function wrap(s: string, max: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of s.split(" ")) {
    if (line && (line + " " + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

const svg = (width: number, height: number, body: string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#ffffff"/>${body.join("")}</svg>`;

export function percentChartSvg(targets: SnapshotTarget[]): { svg: string; width: number; height: number } {
  const labelW = 250;
  const barW = 290;
  const rowH = 26;
  const body: string[] = [];
  targets.forEach((t, i) => {
    const top = i * rowH;
    const bar = percentBar(t, barW);
    wrap(t.title, 42)
      .slice(0, 2)
      .forEach((l, j, all) =>
        body.push(text(0, top + rowH / 2 + 4 + (j - (all.length - 1) / 2) * 12, l, { size: 10 })),
      );
    body.push(`<rect x="${labelW}" y="${top + 6}" width="${barW}" height="${rowH - 12}" fill="#f1f5f9"/>`);
    body.push(`<rect x="${labelW}" y="${top + 6}" width="${bar.width}" height="${rowH - 12}" fill="${bar.colour}"/>`);
    body.push(text(PAGE_WIDTH, top + rowH / 2 + 4, bar.label, { size: 10, anchor: "end" }));
  });
  const mark = labelW + (100 / PERCENT_MAX) * barW;
  const height = targets.length * rowH;
  body.push(`<line x1="${mark}" y1="0" x2="${mark}" y2="${height}" stroke="${TARGET}" stroke-width="1.5"/>`);
  return { svg: svg(PAGE_WIDTH, height, body), width: PAGE_WIDTH, height };
}

/** Width of the value axis' labels left of each small chart, in px. */
const AXIS_GUTTER = 40;
const TICK_SIZE = 8;
/** "Mục tiêu" in 8 px bold. */
const TARGET_LABEL = { width: 36, height: 10, gap: 2 };

export function lineChartsSvg(targets: SnapshotTarget[], showTarget: boolean) {
  const colW = 300;
  const gap = PAGE_WIDTH - 2 * colW;
  const W = colW - AXIS_GUTTER;
  const H = 90;
  const cellH = 40 + H + 34;
  const body: string[] = [];
  targets.forEach((t, i) => {
    const ox = (i % 2) * (colW + gap);
    const oy = Math.floor(i / 2) * cellH;
    const c = lineChart(t, showTarget, W, H, TARGET_LABEL);
    const top = oy + 36;
    const plotX = ox + AXIS_GUTTER;
    const title = wrap(t.title, 52).slice(0, 1)[0] ?? "";
    body.push(text(ox, oy + 12, title, { size: 10, bold: true }));
    body.push(text(ox, oy + 28, c.subtitle, { size: 8.5, fill: "#475569" }));
    // Baselines a third of the font size below the tick: the text's middle on the line.
    for (const tick of c.ticks)
      body.push(
        text(plotX - 4, top + tick.y + TICK_SIZE / 3, tick.text, {
          size: TICK_SIZE,
          anchor: "end",
          bold: tick.target,
          fill: tick.target ? TARGET : CHART_TEXT,
        }),
      );
    body.push(`<g transform="translate(${plotX},${top})">`);
    body.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff" stroke="${GRID}" stroke-width="0.7"/>`);
    for (const g of c.grid)
      body.push(
        `<line x1="0" y1="${g.y}" x2="${W}" y2="${g.y}" stroke="${GRID}" stroke-width="${g.baseline ? 0.8 : 0.4}"/>`,
      );
    if (c.targetY !== null)
      body.push(
        `<line x1="${c.pad.l}" y1="${c.targetY}" x2="${W - c.pad.r}" y2="${c.targetY}" stroke="${TARGET}" stroke-width="1" stroke-dasharray="5 3"/>`,
      );
    if (c.trend)
      body.push(
        `<line x1="${c.trend.x1}" y1="${c.trend.y1}" x2="${c.trend.x2}" y2="${c.trend.y2}" stroke="${TREND_COLOUR}" stroke-width="1" stroke-dasharray="3 3"/>`,
      );
    for (const points of c.lines)
      body.push(`<polyline points="${points}" stroke="${c.colour}" stroke-width="2" fill="none"/>`);
    for (const p of c.points)
      body.push(
        p.provisional
          ? `<circle cx="${c.x(p.year)}" cy="${c.y(p.value)}" r="2.8" fill="#ffffff" stroke="${c.colour}" stroke-width="1.3"/>`
          : `<circle cx="${c.x(p.year)}" cy="${c.y(p.value)}" r="2.5" fill="${c.colour}"/>`,
      );
    if (c.targetLabel)
      body.push(
        text(c.targetLabel.x, c.targetLabel.y + c.targetLabel.height - 2, "Mục tiêu", {
          size: TICK_SIZE,
          bold: true,
          fill: TARGET,
        }),
      );
    body.push("</g>");
    body.push(text(plotX, top + H + 11, String(c.first), { size: TICK_SIZE, fill: CHART_TEXT }));
    body.push(text(plotX + W, top + H + 11, String(c.last), { size: TICK_SIZE, anchor: "end", fill: CHART_TEXT }));
    wrap(c.values, 68)
      .slice(0, 2)
      .forEach((l, j) => body.push(text(ox, top + H + 22 + j * 10, l, { size: 7.5, fill: "#475569" })));
  });
  const height = Math.ceil(targets.length / 2) * cellH;
  return { svg: svg(PAGE_WIDTH, height, body), width: PAGE_WIDTH, height };
}

export function communeChartSvg(rows: ReportSnapshot["communes"]) {
  const labelW = 170;
  const barW = 330;
  const rowH = 20;
  const legendH = 24;
  const body: string[] = [];
  TYPE_SERIES.forEach((s, i) => {
    body.push(`<rect x="${i * 130}" y="4" width="11" height="11" fill="${s.colour}"/>`);
    body.push(text(i * 130 + 16, 14, s.label, { size: 10 }));
  });
  communeBars(rows, barW).forEach((r, i) => {
    const top = legendH + i * rowH;
    body.push(text(0, top + 14, r.name, { size: 10 }));
    for (const p of r.parts)
      body.push(
        `<rect x="${labelW + p.x}" y="${top + 4}" width="${p.width}" height="${rowH - 8}" fill="${p.colour}"/>`,
      );
    body.push(text(PAGE_WIDTH, top + 14, r.label, { size: 10, anchor: "end" }));
  });
  const height = legendH + rows.length * rowH;
  return { svg: svg(PAGE_WIDTH, height, body), width: PAGE_WIDTH, height };
}

function fontFiles(): string[] {
  const dir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "be-vietnam-pro");
  return ["400Regular", "700Bold"].map((name) => path.join(dir, name, `BeVietnamPro_${name}.ttf`));
}

/** PNG at twice the CSS size, so the image stays sharp when printed. */
function rasterise(image: { svg: string; width: number; height: number }): Buffer {
  const resvg = new Resvg(image.svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT },
    fitTo: { mode: "zoom", value: 2 },
  });
  return resvg.render().asPng();
}

/** The report's three figures, as in the PDF (the first only when a target is judged). */
export function reportCharts(snap: ReportSnapshot): {
  percent: ChartImage | null;
  lines: ChartImage;
  communes: ChartImage;
} {
  const png = (title: string, image: { svg: string; width: number; height: number }): ChartImage => ({
    title,
    png: rasterise(image),
    width: image.width,
    height: image.height,
  });
  return {
    percent: snap.targets.some((t) => t.percentOfTarget !== null)
      ? png(FIGURE_TITLES.percent, percentChartSvg(snap.targets))
      : null,
    lines: png(FIGURE_TITLES.lines(snap.narrowed === true), lineChartsSvg(snap.targets, !snap.narrowed)),
    communes: png(FIGURE_TITLES.communes, communeChartSvg(snap.communes)),
  };
}
