"use client";
// One target's yearly series against its target line, with the trend to the horizon
// year dashed. A year with nothing reported is a gap in the line (null, never 0); a
// provisional year is a hollow point; the trend starts at the last closed year with
// data, never at a provisional point. Animation is off so print, PDF and screenshots
// are complete. The value axis is niceAxis's (the same as the PDF's): round top, even
// ticks, the target written on the axis in red.
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from "recharts";
import { niceAxis } from "@/domain/charts/axis";
import { CHART_TEXT, GRID_COLOUR, TARGET_COLOUR, TREND_COLOUR } from "@/domain/charts/colours";
import { placeTargetLabel } from "@/domain/charts/label-placement";
import { valueRuns } from "@/domain/charts/runs";
import { ChartLegend, type LegendItem } from "./chart-legend";

type Point = { year: number; value?: number | null; projection?: number | null; provisional?: boolean };
type Run = { year: number; value: number }[];

const fmt = (v: number, percent: boolean) =>
  percent
    ? `${v.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} %`
    : v.toLocaleString("vi-VN", { maximumFractionDigits: 0 });

type DotProps = { cx?: number; cy?: number; payload?: Point; index?: number };

const LABEL = "Mục tiêu";
const LABEL_FONT = 10;

/** The target line's label, above or below the line wherever the lines leave room. */
function TargetLabel({ target, runs }: { target: number; runs: Run[] }) {
  const plot = usePlotArea();
  const x = useXAxisScale();
  const y = useYAxisScale();
  const lineY = y?.(target);
  if (!plot || !x || !y || lineY === undefined) return null;
  const lines = runs.map((run) => run.map((p) => ({ x: (x(p.year) ?? 0) - plot.x, y: (y(p.value) ?? 0) - plot.y })));
  const place = placeTargetLabel({
    width: plot.width,
    height: plot.height,
    lineY: lineY - plot.y,
    // The system sans-serif at 10 px, semibold: 0,6 em per letter covers the widest one met
    // (DejaVu Sans, 48.6 px for the label; Arial and Roboto about 41 px).
    label: { width: LABEL.length * LABEL_FONT * 0.6, height: LABEL_FONT + 2 },
    lines,
    gap: 3,
  });
  return (
    <text
      x={plot.x + place.box.x}
      y={plot.y + place.box.y + LABEL_FONT}
      fontSize={LABEL_FONT}
      fontWeight={600}
      fill={TARGET_COLOUR}
      // A white halo keeps the label readable where a grid line crosses it.
      stroke="#ffffff"
      strokeWidth={3}
      paintOrder="stroke"
      data-placement={`${place.vertical}-${place.horizontal}`}
    >
      {LABEL}
    </text>
  );
}

/** The tick at the target value is red and bold: the axis names the level to reach. */
function ValueTick(props: {
  x?: number;
  y?: number;
  payload?: { value: number };
  target: number | null;
  percent: boolean;
}) {
  const v = props.payload?.value ?? 0;
  const isTarget = props.target !== null && Math.abs(v - props.target) < 1e-9;
  return (
    <text
      x={props.x}
      y={props.y}
      dy={4}
      textAnchor="end"
      fontSize={11}
      fill={isTarget ? TARGET_COLOUR : CHART_TEXT}
      fontWeight={isTarget ? 700 : 400}
    >
      {fmt(v, props.percent)}
    </text>
  );
}

export function TargetChart(props: {
  title: string;
  series: { year: number; value: number | null; provisional?: boolean; missing?: boolean }[];
  /** null: no target line (a narrowed view is not measured against the district's target). */
  target: number | null;
  horizonYear: number;
  /** Where the trend starts (the last closed year with data); undefined for snapshots
   *  frozen before it existed (the last point, as they were drawn). */
  trendFrom?: { year: number; value: number } | null;
  projection: { year: number; value: number } | null;
  percent: boolean;
  colour: string;
}) {
  const data: Point[] = props.series.map((p) => ({
    year: p.year,
    value: p.missing ? null : p.value,
    provisional: p.provisional === true,
  }));
  const anchor =
    props.trendFrom === undefined
      ? [...props.series].reverse().find((p) => p.value !== null && !p.missing)
      : props.trendFrom;
  const trend: Run = [];
  if (props.projection && anchor && anchor.value !== null) {
    const at = data.find((p) => p.year === anchor.year);
    if (at) at.projection = anchor.value;
    data.push({ year: props.projection.year, projection: props.projection.value });
    trend.push({ year: anchor.year, value: anchor.value }, props.projection);
  }
  // What the target's label must keep clear of: the actual line and the trend.
  const runs: Run[] = [...valueRuns(props.series), trend].filter((r) => r.length > 0);
  const first = props.series[0]?.year ?? props.horizonYear;
  const axis = niceAxis(
    data.flatMap((p) => [p.value, p.projection]),
    { target: props.target, percent: props.percent, integer: !props.percent },
  );
  const dot = ({ cx, cy, payload, index }: DotProps) => {
    const key = `${payload?.year ?? index}`;
    if (cx === undefined || cy === undefined || payload?.value === null || payload?.value === undefined) {
      return <g key={key} />;
    }
    return payload.provisional ? (
      <circle key={key} cx={cx} cy={cy} r={4} fill="#ffffff" stroke={props.colour} strokeWidth={2} />
    ) : (
      <circle key={key} cx={cx} cy={cy} r={3.5} fill={props.colour} stroke={props.colour} />
    );
  };
  // "Thực tế" first, then the projection: the order the lines are drawn in.
  const legend: LegendItem[] = [
    { label: "Thực tế", colour: props.colour, kind: "line" },
    ...(props.projection
      ? [{ label: "Xu hướng (các năm đã khoá sổ)", colour: TREND_COLOUR, kind: "dashed" as const }]
      : []),
    ...(props.target !== null ? [{ label: LABEL, colour: TARGET_COLOUR, kind: "dashed" as const }] : []),
  ];
  return (
    <div className="flex h-48 w-full flex-col" aria-hidden="true">
      <div className="min-h-0 flex-1">
        <ResponsiveContainer width="100%" height="100%">
          {/* No accessibility layer: the chart is aria-hidden (the table is its text
              alternative), so its surface must not take keyboard focus. */}
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke={GRID_COLOUR} />
            <XAxis
              dataKey="year"
              type="number"
              domain={[first, props.horizonYear]}
              allowDecimals={false}
              tick={{ fontSize: 11, fill: CHART_TEXT }}
            />
            <YAxis
              domain={[0, axis.max]}
              ticks={axis.labels}
              interval={0}
              tick={<ValueTick target={props.target} percent={props.percent} />}
              width={52}
            />
            <Tooltip
              formatter={(v) => (typeof v === "number" ? fmt(v, props.percent) : String(v))}
              labelFormatter={(l) => `Năm ${l}`}
            />
            {props.target !== null && <ReferenceLine y={props.target} stroke={TARGET_COLOUR} strokeDasharray="6 3" />}
            <Line
              type="monotone"
              dataKey="value"
              name="Thực tế"
              stroke={props.colour}
              strokeWidth={2}
              dot={dot}
              activeDot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Line
              type="linear"
              dataKey="projection"
              name="Xu hướng (các năm đã khoá sổ)"
              stroke={TREND_COLOUR}
              strokeDasharray="4 4"
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
            {props.target !== null && <TargetLabel target={props.target} runs={runs} />}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend items={legend} />
    </div>
  );
}
