// Where the "Mục tiêu" label of a target line goes: above or below the line, at its
// left or right end, wherever the data line does not pass. Works in the plot's own
// pixels (y grows downwards), so the web chart and the PDF chart share it.

export type PlotPoint = { x: number; y: number };

export type LabelPlacement = {
  vertical: "above" | "below";
  horizontal: "left" | "right";
  /** The label's box in plot pixels. */
  box: { x: number; y: number; width: number; height: number };
  /** True when every position touched the data: the least bad one was taken. */
  overlaps: boolean;
};

export type LabelInput = {
  /** Plot area in pixels. */
  width: number;
  height: number;
  /** The target line's y. */
  lineY: number;
  label: { width: number; height: number };
  /** Each drawn line of the chart (actual values, trend) as its points, left to right. */
  lines: PlotPoint[][];
  /** Space between the label and the line, and kept clear around the data (default 2). */
  gap?: number;
  /** Space from the plot's left or right edge (default 4). */
  inset?: number;
};

/** Preference order: above the line reads as "the level to reach". */
const ORDER: [LabelPlacement["vertical"], LabelPlacement["horizontal"]][] = [
  ["above", "left"],
  ["above", "right"],
  ["below", "left"],
  ["below", "right"],
];

export function placeTargetLabel(input: LabelInput): LabelPlacement {
  const gap = input.gap ?? 2;
  const inset = input.inset ?? 4;
  const { width: w, height: h } = input.label;
  const candidates = ORDER.map(([vertical, horizontal]) => {
    const x = horizontal === "left" ? inset : input.width - inset - w;
    const y = vertical === "above" ? input.lineY - gap - h : input.lineY + gap;
    const box = { x, y, width: w, height: h };
    const outside = Math.max(0, -y) + Math.max(0, y + h - input.height);
    const overlap = input.lines.reduce((sum, line) => sum + lineOverlap(line, box, gap), 0);
    // Leaving the plot is worse than touching the data: the label would be cut off.
    return { vertical, horizontal, box, cost: overlap + outside * 1000 };
  });
  const best = candidates.find((c) => c.cost === 0) ?? [...candidates].sort((a, b) => a.cost - b.cost)[0]!;
  return { vertical: best.vertical, horizontal: best.horizontal, box: best.box, overlaps: best.cost > 0 };
}

/** How far (in px of height) a polyline reaches into the box grown by `pad`; 0 if clear. */
function lineOverlap(line: PlotPoint[], box: LabelPlacement["box"], pad: number): number {
  const left = box.x - pad;
  const right = box.x + box.width + pad;
  const top = box.y - pad;
  const bottom = box.y + box.height + pad;
  let worst = 0;
  const depth = (lo: number, hi: number) => Math.max(0, Math.min(hi, bottom) - Math.max(lo, top));
  if (line.length === 1) {
    const p = line[0]!;
    return p.x >= left && p.x <= right ? depth(p.y - pad, p.y + pad) : 0;
  }
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const x0 = Math.max(left, Math.min(a.x, b.x));
    const x1 = Math.min(right, Math.max(a.x, b.x));
    if (x0 > x1) continue;
    // The segment's y over the part of it inside the box's columns.
    const at = (x: number) => (b.x === a.x ? a.y : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x));
    const y0 = b.x === a.x ? Math.min(a.y, b.y) : Math.min(at(x0), at(x1));
    const y1 = b.x === a.x ? Math.max(a.y, b.y) : Math.max(at(x0), at(x1));
    worst = Math.max(worst, depth(y0, y1) || (y0 === y1 && y0 >= top && y0 <= bottom ? 1 : 0));
  }
  return worst;
}
