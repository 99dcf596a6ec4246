// The geometry and words of the report's charts, shared by the PDF (react-pdf Svg) and
// the Word export (SVG rasterised to PNG), so both show the same drawing.
import { formatInteger, formatPercent } from "@/domain/format/number";
import type { SnapshotBreakdownRow, SnapshotTarget } from "@/domain/reports/snapshot";
import { PROGRESS_STATUS_COLOURS } from "@/domain/targets/labels";

export const GRID = "#cbd5e1";
export const TARGET = "#b91c1c";
/** Colour of a target not judged (provisional year, narrowed view). */
const NOT_JUDGED = "#475569";

export const statusColour = (t: Pick<SnapshotTarget, "status">) =>
  t.status === null ? NOT_JUDGED : PROGRESS_STATUS_COLOURS[t.status].hex;

export const FIGURE_TITLES = {
  percent: "Hình 1. Mức đạt kế hoạch của các chỉ tiêu (% đạt kế hoạch; vạch đỏ: 100 %)",
  lines: (narrowed: boolean) =>
    `Hình 2. Diễn biến từng chỉ tiêu theo năm (${narrowed ? "" : "đường đỏ nét đứt: mục tiêu; "}nét xám: xu hướng đến năm đích, tính từ các năm đã khoá sổ; điểm rỗng: năm tạm tính; đường đứt quãng: năm chưa có số liệu)`,
  communes: "Hình 3. Tổ chức kinh tế tập thể đang hoạt động theo xã, thị trấn",
} as const;

/** Bars are drawn up to 150 % of the target; the red mark is at 100 %. */
export const PERCENT_MAX = 150;

export function percentBar(t: SnapshotTarget, width: number): { width: number; label: string; colour: string } {
  const p = t.percentOfTarget;
  return {
    width: p === null ? 0 : (Math.min(p, PERCENT_MAX) / PERCENT_MAX) * width,
    label: p === null ? "—" : formatPercent(p),
    colour: statusColour(t),
  };
}

type Point = { year: number; value: number; provisional: boolean };

/** Runs of consecutive years with a value: a year with nothing reported breaks the line. */
function segments(series: SnapshotTarget["series"]): Point[][] {
  const out: Point[][] = [];
  let run: Point[] = [];
  for (const p of series) {
    if (p.value === null || p.missing) {
      if (run.length) out.push(run);
      run = [];
    } else run.push({ year: p.year, value: p.value, provisional: p.provisional === true });
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * One target's yearly series against its target line, in a W×H box: a year with nothing
 * reported is a gap, a provisional year a hollow point, and the trend starts at the last
 * closed year with data. A narrowed view has no target line: the district's target is
 * not this selection's.
 */
export function lineChart(t: SnapshotTarget, showTarget: boolean, W: number, H: number) {
  const pad = { l: 4, r: 4, t: 6, b: 4 };
  const runs = segments(t.series);
  const points = runs.flat();
  const years = t.series.map((p) => p.year);
  const first = Math.min(...years, t.horizonYear);
  const last = t.horizonYear;
  const maxV = Math.max(showTarget ? t.target : 0, ...points.map((p) => p.value), t.projection?.value ?? 0) * 1.1 || 1;
  const x = (year: number) => pad.l + ((year - first) / Math.max(1, last - first)) * (W - pad.l - pad.r);
  const y = (v: number) => H - pad.b - (v / maxV) * (H - pad.t - pad.b);
  const fmt = (v: number) => (t.unit === "PERCENT" ? formatPercent(v) : formatInteger(v));
  // Old snapshots have no trend: their projection started at the last point.
  const anchor = t.trend?.to ?? (t.trend === undefined ? points[points.length - 1] : undefined);
  const shown = (p: SnapshotTarget["series"][number]) =>
    p.value === null || p.missing
      ? `${p.year}: chưa có số liệu`
      : `${p.year}: ${fmt(p.value)}${p.provisional ? " (tạm tính)" : ""}`;
  return {
    pad,
    first,
    last,
    x,
    y,
    colour: statusColour(t),
    points,
    /** Polylines: runs of at least two years, as "x,y x,y". */
    lines: runs.filter((r) => r.length > 1).map((r) => r.map((p) => `${x(p.year)},${y(p.value)}`).join(" ")),
    targetY: showTarget ? y(t.target) : null,
    trend:
      t.projection && anchor
        ? { x1: x(anchor.year), y1: y(anchor.value), x2: x(t.projection.year), y2: y(t.projection.value) }
        : null,
    subtitle: `Mục tiêu ${t.horizonYear}: ${fmt(t.target)} · năm ${t.year}: ${
      t.missing ? "chưa có số liệu" : t.value === null ? "chưa đủ số liệu" : fmt(t.value)
    }${t.provisional ? " (tạm tính)" : ""}`,
    values: t.series.map(shown).join(" · "),
  };
}

export const TYPE_SERIES = [
  { key: "activeTht", label: "Tổ hợp tác", colour: "#0f766e" },
  { key: "activeHtx", label: "Hợp tác xã", colour: "#1d4ed8" },
  { key: "activeLhhtx", label: "Liên hiệp HTX", colour: "#7c3aed" },
] as const;

/** Stacked bars of active THT, HTX, LHHTX per commune, in a bar `width` wide. */
export function communeBars(rows: SnapshotBreakdownRow[], width: number) {
  const max = Math.max(1, ...rows.map((r) => (r.activeTht ?? 0) + (r.activeHtx ?? 0) + (r.activeLhhtx ?? 0)));
  return rows.map((r) => {
    let offset = 0;
    const parts = TYPE_SERIES.map((s) => {
      const w = ((r[s.key] ?? 0) / max) * width;
      const part = { x: offset, width: w, colour: s.colour };
      offset += w;
      return part;
    });
    const label =
      r.missing || r.activeTht === null || r.activeHtx === null || r.activeLhhtx === null
        ? "chưa có số liệu"
        : `${formatInteger(r.activeTht)} / ${formatInteger(r.activeHtx)} / ${formatInteger(r.activeLhhtx)}`;
    return { key: r.key, name: r.label, parts, label };
  });
}
