// Charts of the PDF drawn with react-pdf's Svg primitives from the snapshot numbers
// (recharts needs a browser). Labels are ordinary Text next to the drawing so they use
// the registered Vietnamese font.
import { Circle, G, Line, Polyline, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { niceAxis } from "@/domain/charts/axis";
import { CHART_TEXT, TARGET_COLOUR, TREND_COLOUR } from "@/domain/charts/colours";
import { placeTargetLabel } from "@/domain/charts/label-placement";
import { valueRuns } from "@/domain/charts/runs";
import { formatInteger, formatNumber, formatPercent } from "@/domain/format/number";
import type { SnapshotBreakdownRow, SnapshotTarget } from "@/domain/reports/snapshot";
import { PROGRESS_STATUS_COLOURS } from "@/domain/targets/labels";

const GRID = "#cbd5e1";
const TARGET = TARGET_COLOUR;
const AXIS_TEXT = CHART_TEXT;
/** Colour of a target not judged (provisional year, narrowed view). */
const NOT_JUDGED = "#475569";

const statusColour = (t: Pick<SnapshotTarget, "status">) =>
  t.status === null ? NOT_JUDGED : PROGRESS_STATUS_COLOURS[t.status].hex;

/** Horizontal bars: "% đạt kế hoạch" of each target, with the 100 % mark. */
export function PercentOfTargetChart({ targets }: { targets: SnapshotTarget[] }) {
  const W = 250;
  const H = 11;
  const max = 150;
  return (
    <View style={{ marginVertical: 6 }} wrap={false}>
      <Text style={{ fontWeight: 700, fontSize: 9, marginBottom: 3 }}>
        Hình 1. Mức đạt kế hoạch của các chỉ tiêu (% đạt kế hoạch; vạch đỏ: 100 %)
      </Text>
      {targets.map((t) => {
        const p = t.percentOfTarget;
        const w = p === null ? 0 : (Math.min(p, max) / max) * W;
        return (
          <View key={t.code} style={{ flexDirection: "row", alignItems: "center", marginBottom: 2 }}>
            <Text style={{ width: 170, fontSize: 7.5 }}>{t.title}</Text>
            <Svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
              <Rect x={0} y={1} width={W} height={H - 2} fill="#f1f5f9" />
              <Rect x={0} y={1} width={w} height={H - 2} fill={statusColour(t)} />
              <Line x1={(100 / max) * W} y1={0} x2={(100 / max) * W} y2={H} stroke={TARGET} strokeWidth={1} />
            </Svg>
            <Text style={{ width: 60, fontSize: 7.5, textAlign: "right" }}>{p === null ? "—" : formatPercent(p)}</Text>
          </View>
        );
      })}
    </View>
  );
}

/** Width of the value axis' labels left of a small chart, in pt. */
const AXIS_GUTTER = 28;
const TICK_FONT = 5.5;

/**
 * One target's yearly series against its target line (dashed red), as a small multiple.
 * A year with nothing reported is a gap, a provisional year a hollow point, and the
 * trend (grey, dashed) starts at the last closed year with data. A narrowed view has no
 * target line: the district's target is not this selection's. The value axis is the
 * web chart's (niceAxis): round top, even ticks, the target written in red.
 */
export function TargetLineChart({ t, showTarget = true }: { t: SnapshotTarget; showTarget?: boolean }) {
  const W = 230 - AXIS_GUTTER;
  const H = 80;
  const pad = { l: 4, r: 4, t: 4, b: 4 };
  const runs = valueRuns(t.series).map((r) => r.map((p) => ({ ...p, provisional: p.provisional === true })));
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
  const colour = statusColour(t);
  // Old snapshots have no trend: their projection started at the last point.
  const anchor = t.trend?.to ?? (t.trend === undefined ? points[points.length - 1] : undefined);
  const trend = t.projection && anchor ? [anchor, t.projection] : [];
  const label =
    target === null
      ? null
      : placeTargetLabel({
          width: W,
          height: H,
          lineY: y(target),
          // "Mục tiêu" in 5.5 pt semibold.
          label: { width: 24, height: 7 },
          lines: [...runs, trend].map((r) => r.map((p) => ({ x: x(p.year), y: y(p.value) }))),
          gap: 1.5,
        });
  const shown = (p: SnapshotTarget["series"][number]) =>
    p.value === null || p.missing
      ? `${p.year}: chưa có số liệu`
      : `${p.year}: ${fmt(p.value)}${p.provisional ? " (tạm tính)" : ""}`;
  return (
    <View style={{ width: "48%", marginBottom: 8 }} wrap={false}>
      <Text style={{ fontSize: 7.5, fontWeight: 700 }}>{t.title}</Text>
      <Text style={{ fontSize: 6.5, color: "#475569" }}>
        Mục tiêu {t.horizonYear}: {fmt(t.target)} · năm {t.year}:{" "}
        {t.missing ? "chưa có số liệu" : t.value === null ? "chưa đủ số liệu" : fmt(t.value)}
        {t.provisional ? " (tạm tính)" : ""}
      </Text>
      <View style={{ flexDirection: "row", marginTop: 3 }}>
        <View style={{ width: AXIS_GUTTER, height: H, position: "relative" }}>
          {axis.labels.map((v) => (
            <Text
              key={v}
              style={{
                position: "absolute",
                right: 3,
                top: y(v) - TICK_FONT / 2 - 0.5,
                fontSize: TICK_FONT,
                color: v === target ? TARGET : AXIS_TEXT,
                fontWeight: v === target ? 700 : 400,
              }}
            >
              {tickText(v)}
            </Text>
          ))}
        </View>
        <View style={{ width: W, height: H, position: "relative" }}>
          <Svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
            <Rect x={0} y={0} width={W} height={H} fill="#ffffff" stroke={GRID} strokeWidth={0.5} />
            {axis.ticks.map((v) => (
              <Line key={v} x1={0} y1={y(v)} x2={W} y2={y(v)} stroke={GRID} strokeWidth={v === 0 ? 0.6 : 0.3} />
            ))}
            {target !== null && (
              <Line
                x1={pad.l}
                y1={y(target)}
                x2={W - pad.r}
                y2={y(target)}
                stroke={TARGET}
                strokeWidth={0.8}
                strokeDasharray="4 2"
              />
            )}
            {trend.length === 2 && (
              <Line
                x1={x(trend[0]!.year)}
                y1={y(trend[0]!.value)}
                x2={x(trend[1]!.year)}
                y2={y(trend[1]!.value)}
                stroke={TREND_COLOUR}
                strokeWidth={0.8}
                strokeDasharray="2 2"
              />
            )}
            {runs
              .filter((r) => r.length > 1)
              .map((r) => (
                <Polyline
                  key={r[0]!.year}
                  points={r.map((p) => `${x(p.year)},${y(p.value)}`).join(" ")}
                  stroke={colour}
                  strokeWidth={1.5}
                  fill="none"
                />
              ))}
            <G>
              {points.map((p) =>
                p.provisional ? (
                  <Circle
                    key={p.year}
                    cx={x(p.year)}
                    cy={y(p.value)}
                    r={2}
                    fill="#ffffff"
                    stroke={colour}
                    strokeWidth={1}
                  />
                ) : (
                  <Circle key={p.year} cx={x(p.year)} cy={y(p.value)} r={1.8} fill={colour} />
                ),
              )}
            </G>
          </Svg>
          {label && (
            <Text
              style={{
                position: "absolute",
                left: label.box.x,
                top: label.box.y - 0.5,
                fontSize: TICK_FONT,
                fontWeight: 700,
                color: TARGET,
              }}
            >
              Mục tiêu
            </Text>
          )}
        </View>
      </View>
      <View style={{ flexDirection: "row", justifyContent: "space-between", width: W, marginLeft: AXIS_GUTTER }}>
        <Text style={{ fontSize: TICK_FONT, color: AXIS_TEXT }}>{first}</Text>
        <Text style={{ fontSize: TICK_FONT, color: AXIS_TEXT }}>{last}</Text>
      </View>
      <Text style={{ fontSize: 6, color: "#475569", width: 230 }}>{t.series.map(shown).join(" · ")}</Text>
    </View>
  );
}

const TYPE_COLOURS = { activeTht: "#0f766e", activeHtx: "#1d4ed8", activeLhhtx: "#7c3aed" } as const;

/** Stacked horizontal bars: active THT, HTX, LHHTX per commune. */
export function CommuneBarChart({ rows }: { rows: SnapshotBreakdownRow[] }) {
  const W = 260;
  const H = 10;
  const max = Math.max(1, ...rows.map((r) => (r.activeTht ?? 0) + (r.activeHtx ?? 0) + (r.activeLhhtx ?? 0)));
  return (
    <View style={{ marginVertical: 6 }} wrap={false}>
      <Text style={{ fontWeight: 700, fontSize: 9, marginBottom: 3 }}>
        Hình 3. Tổ chức kinh tế tập thể đang hoạt động theo xã, thị trấn
      </Text>
      <View style={{ flexDirection: "row", marginBottom: 3 }}>
        {(
          [
            ["activeTht", "Tổ hợp tác"],
            ["activeHtx", "Hợp tác xã"],
            ["activeLhhtx", "Liên hiệp HTX"],
          ] as const
        ).map(([k, label]) => (
          <View key={k} style={{ flexDirection: "row", alignItems: "center", marginRight: 10 }}>
            <Svg width={8} height={8}>
              <Rect x={0} y={0} width={8} height={8} fill={TYPE_COLOURS[k]} />
            </Svg>
            <Text style={{ fontSize: 7, marginLeft: 3 }}>{label}</Text>
          </View>
        ))}
      </View>
      {rows.map((r) => {
        let offset = 0;
        return (
          <View key={r.key} style={{ flexDirection: "row", alignItems: "center", marginBottom: 2 }}>
            <Text style={{ width: 130, fontSize: 7.5 }}>{r.label}</Text>
            <Svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
              {(["activeTht", "activeHtx", "activeLhhtx"] as const).map((k) => {
                const w = ((r[k] ?? 0) / max) * W;
                const rect = <Rect key={k} x={offset} y={1} width={w} height={H - 2} fill={TYPE_COLOURS[k]} />;
                offset += w;
                return rect;
              })}
            </Svg>
            <Text style={{ width: 70, fontSize: 7.5, textAlign: "right" }}>
              {r.missing || r.activeTht === null || r.activeHtx === null || r.activeLhhtx === null
                ? "chưa có số liệu"
                : `${formatInteger(r.activeTht)} / ${formatInteger(r.activeHtx)} / ${formatInteger(r.activeLhhtx)}`}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
