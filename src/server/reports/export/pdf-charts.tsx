// Charts of the PDF drawn with react-pdf's Svg primitives from the snapshot numbers
// (recharts needs a browser), geometry from chart-model.ts (shared with the Word
// export). Labels are ordinary Text next to the drawing so they use the registered
// Vietnamese font.
import { Circle, G, Line, Polyline, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { CHART_TEXT, TARGET_COLOUR as TARGET, TREND_COLOUR } from "@/domain/charts/colours";
import type { SnapshotBreakdownRow, SnapshotTarget } from "@/domain/reports/snapshot";
import { communeBars, FIGURE_TITLES, GRID, lineChart, PERCENT_MAX, percentBar, TYPE_SERIES } from "./chart-model";

/** Horizontal bars: "% đạt kế hoạch" of each target, with the 100 % mark. */
export function PercentOfTargetChart({ targets }: { targets: SnapshotTarget[] }) {
  const W = 250;
  const H = 11;
  const mark = (100 / PERCENT_MAX) * W;
  return (
    <View style={{ marginVertical: 6 }} wrap={false}>
      <Text style={{ fontWeight: 700, fontSize: 9, marginBottom: 3 }}>{FIGURE_TITLES.percent}</Text>
      {targets.map((t) => {
        const bar = percentBar(t, W);
        return (
          <View key={t.code} style={{ flexDirection: "row", alignItems: "center", marginBottom: 2 }}>
            <Text style={{ width: 170, fontSize: 7.5 }}>{t.title}</Text>
            <Svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
              <Rect x={0} y={1} width={W} height={H - 2} fill="#f1f5f9" />
              <Rect x={0} y={1} width={bar.width} height={H - 2} fill={bar.colour} />
              <Line x1={mark} y1={0} x2={mark} y2={H} stroke={TARGET} strokeWidth={1} />
            </Svg>
            <Text style={{ width: 60, fontSize: 7.5, textAlign: "right" }}>{bar.label}</Text>
          </View>
        );
      })}
    </View>
  );
}

/** Width of the value axis' labels left of a small chart, in pt. */
const AXIS_GUTTER = 28;
const TICK_FONT = 5.5;
/** "Mục tiêu" in 5.5 pt bold. */
const TARGET_LABEL = { width: 24, height: 7, gap: 1.5 };

/**
 * One target's yearly series against its target line (dashed red), as a small multiple,
 * with its value axis (the target's tick red and bold) in a gutter on the left.
 */
export function TargetLineChart({ t, showTarget = true }: { t: SnapshotTarget; showTarget?: boolean }) {
  const W = 230 - AXIS_GUTTER;
  const H = 80;
  const c = lineChart(t, showTarget, W, H, TARGET_LABEL);
  return (
    <View style={{ width: "48%", marginBottom: 8 }} wrap={false}>
      <Text style={{ fontSize: 7.5, fontWeight: 700 }}>{t.title}</Text>
      <Text style={{ fontSize: 6.5, color: "#475569" }}>{c.subtitle}</Text>
      <View style={{ flexDirection: "row", marginTop: 3 }}>
        <View style={{ width: AXIS_GUTTER, height: H, position: "relative" }}>
          {c.ticks.map((tick) => (
            <Text
              key={tick.y}
              style={{
                position: "absolute",
                right: 3,
                top: tick.y - TICK_FONT / 2 - 0.5,
                fontSize: TICK_FONT,
                color: tick.target ? TARGET : CHART_TEXT,
                fontWeight: tick.target ? 700 : 400,
              }}
            >
              {tick.text}
            </Text>
          ))}
        </View>
        <View style={{ width: W, height: H, position: "relative" }}>
          <Svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
            <Rect x={0} y={0} width={W} height={H} fill="#ffffff" stroke={GRID} strokeWidth={0.5} />
            {c.grid.map((g) => (
              <Line key={g.y} x1={0} y1={g.y} x2={W} y2={g.y} stroke={GRID} strokeWidth={g.baseline ? 0.6 : 0.3} />
            ))}
            {c.targetY !== null && (
              <Line
                x1={c.pad.l}
                y1={c.targetY}
                x2={W - c.pad.r}
                y2={c.targetY}
                stroke={TARGET}
                strokeWidth={0.8}
                strokeDasharray="4 2"
              />
            )}
            {c.trend && <Line {...c.trend} stroke={TREND_COLOUR} strokeWidth={0.8} strokeDasharray="2 2" />}
            {c.lines.map((points) => (
              <Polyline key={points} points={points} stroke={c.colour} strokeWidth={1.5} fill="none" />
            ))}
            <G>
              {c.points.map((p) =>
                p.provisional ? (
                  <Circle
                    key={p.year}
                    cx={c.x(p.year)}
                    cy={c.y(p.value)}
                    r={2}
                    fill="#ffffff"
                    stroke={c.colour}
                    strokeWidth={1}
                  />
                ) : (
                  <Circle key={p.year} cx={c.x(p.year)} cy={c.y(p.value)} r={1.8} fill={c.colour} />
                ),
              )}
            </G>
          </Svg>
          {c.targetLabel && (
            <Text
              style={{
                position: "absolute",
                left: c.targetLabel.x,
                top: c.targetLabel.y - 0.5,
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
        <Text style={{ fontSize: TICK_FONT, color: CHART_TEXT }}>{c.first}</Text>
        <Text style={{ fontSize: TICK_FONT, color: CHART_TEXT }}>{c.last}</Text>
      </View>
      <Text style={{ fontSize: 6, color: "#475569", width: 230 }}>{c.values}</Text>
    </View>
  );
}

/** Stacked horizontal bars: active THT, HTX, LHHTX per commune. */
export function CommuneBarChart({ rows }: { rows: SnapshotBreakdownRow[] }) {
  const W = 260;
  const H = 10;
  return (
    <View style={{ marginVertical: 6 }} wrap={false}>
      <Text style={{ fontWeight: 700, fontSize: 9, marginBottom: 3 }}>{FIGURE_TITLES.communes}</Text>
      <View style={{ flexDirection: "row", marginBottom: 3 }}>
        {TYPE_SERIES.map((s) => (
          <View key={s.key} style={{ flexDirection: "row", alignItems: "center", marginRight: 10 }}>
            <Svg width={8} height={8}>
              <Rect x={0} y={0} width={8} height={8} fill={s.colour} />
            </Svg>
            <Text style={{ fontSize: 7, marginLeft: 3 }}>{s.label}</Text>
          </View>
        ))}
      </View>
      {communeBars(rows, W).map((r) => (
        <View key={r.key} style={{ flexDirection: "row", alignItems: "center", marginBottom: 2 }}>
          <Text style={{ width: 130, fontSize: 7.5 }}>{r.name}</Text>
          <Svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
            {r.parts.map((p, i) => (
              <Rect key={i} x={p.x} y={1} width={p.width} height={H - 2} fill={p.colour} />
            ))}
          </Svg>
          <Text style={{ width: 70, fontSize: 7.5, textAlign: "right" }}>{r.label}</Text>
        </View>
      ))}
    </View>
  );
}
