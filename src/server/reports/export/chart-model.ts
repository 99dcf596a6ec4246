// The geometry and words of the report's charts, shared by the PDF (react-pdf Svg) and
// the Word export (SVG rasterised to PNG), so both show the same drawing. The value
// axis and the "Mục tiêu" label are the web chart's (niceAxis, placeTargetLabel).
import { niceAxis } from "@/domain/charts/axis";
import { placeTargetLabel } from "@/domain/charts/label-placement";
import { valueRuns } from "@/domain/charts/runs";
import { formatInteger, formatNumber, formatPercent } from "@/domain/format/number";
import type { SnapshotBreakdownRow, SnapshotTarget } from "@/domain/reports/snapshot";
import { PROGRESS_STATUS_COLOURS } from "@/domain/targets/labels";

/** Plot frame and grid lines: a shade darker than the web's GRID_COLOUR, which fades on paper. */
export const GRID = "#cbd5e1";
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

/** The text "Mục tiêu" takes in a chart, in the chart's units, and its distance from the line. */
export type TargetLabelSize = { width: number; height: number; gap: number };

/**
 * One target's yearly series against its target line, in a W×H plot (the value axis'
 * labels go left of it): a year with nothing reported is a gap, a provisional year a
 * hollow point, and the trend starts at the last closed year with data. A narrowed view
 * has no target line: the district's target is not this selection's. The axis has a
 * round top and even ticks, the target among its labels; "Mục tiêu" goes where the
 * data lines do not pass.
 */
export function lineChart(t: SnapshotTarget, showTarget: boolean, W: number, H: number, labelSize: TargetLabelSize) {
  const pad = { l: 4, r: 4, t: 4, b: 4 };
  const runs = valueRuns(t.series).map((r) =>
    r.map((p) => ({ year: p.year, value: p.value, provisional: p.provisional === true })),
  );
  const points = runs.flat();
  const years = t.series.map((p) => p.year);
  const first = Math.min(...years, t.horizonYear);
  const last = t.horizonYear;
  const percent = t.unit === "PERCENT";
  const target = showTarget ? t.target : null;
  const axis = niceAxis([...points.map((p) => p.value), t.projection?.value], { target, percent, integer: !percent });
  const x = (year: number) => pad.l + ((year - first) / Math.max(1, last - first)) * (W - pad.l - pad.r);
  const y = (v: number) => H - pad.b - (v / axis.max) * (H - pad.t - pad.b);
  const fmt = (v: number) => (percent ? formatPercent(v) : formatInteger(v));
  const tickText = (v: number) => (percent ? `${formatNumber(v, Number.isInteger(v) ? 0 : 1)} %` : formatInteger(v));
  // Old snapshots have no trend: their projection started at the last point.
  const anchor = t.trend?.to ?? (t.trend === undefined ? points[points.length - 1] : undefined);
  const trend = t.projection && anchor ? [anchor, t.projection] : [];
  const targetLabel =
    target === null
      ? null
      : placeTargetLabel({
          width: W,
          height: H,
          lineY: y(target),
          label: { width: labelSize.width, height: labelSize.height },
          lines: [...runs, trend].map((r) => r.map((p) => ({ x: x(p.year), y: y(p.value) }))),
          gap: labelSize.gap,
        }).box;
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
    /** Grid lines, at every tick; the one at 0 is the baseline. */
    grid: axis.ticks.map((v) => ({ y: y(v), baseline: v === 0 })),
    /** The axis' labels (the target's in red and bold). */
    ticks: axis.labels.map((v) => ({ y: y(v), text: tickText(v), target: v === target })),
    targetY: target === null ? null : y(target),
    /** Where "Mục tiêu" goes, in plot units; null without a target line. */
    targetLabel,
    trend:
      trend.length === 2
        ? { x1: x(trend[0]!.year), y1: y(trend[0]!.value), x2: x(trend[1]!.year), y2: y(trend[1]!.value) }
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
