"use client";
// One target's yearly series against its target line, with the trend to the horizon
// year dashed. A year with nothing reported is a gap in the line (null, never 0); a
// provisional year is a hollow point; the trend starts at the last closed year with
// data, never at a provisional point. Animation is off so print, PDF and screenshots
// are complete.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

type Point = { year: number; value?: number | null; projection?: number | null; provisional?: boolean };

const fmt = (v: number, percent: boolean) =>
  percent
    ? `${v.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} %`
    : v.toLocaleString("vi-VN", { maximumFractionDigits: 0 });

type DotProps = { cx?: number; cy?: number; payload?: Point; index?: number };

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
  if (props.projection && anchor && anchor.value !== null) {
    const at = data.find((p) => p.year === anchor.year);
    if (at) at.projection = anchor.value;
    data.push({ year: props.projection.year, projection: props.projection.value });
  }
  const first = props.series[0]?.year ?? props.horizonYear;
  const max = Math.max(props.target ?? 0, ...data.map((p) => Math.max(p.value ?? 0, p.projection ?? 0)), 1);
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
  return (
    <div className="h-48 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis
            dataKey="year"
            type="number"
            domain={[first, props.horizonYear]}
            allowDecimals={false}
            tick={{ fontSize: 11 }}
          />
          <YAxis
            domain={[0, props.percent ? Math.min(100, Math.ceil((max * 1.1) / 10) * 10) : Math.ceil(max * 1.1)]}
            tickFormatter={(v: number) => fmt(v, props.percent)}
            tick={{ fontSize: 11 }}
            width={52}
          />
          <Tooltip
            formatter={(v) => (typeof v === "number" ? fmt(v, props.percent) : String(v))}
            labelFormatter={(l) => `Năm ${l}`}
          />
          {/* "Thực tế" first, then the projection: the order the lines are drawn in. */}
          <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={(item) => (item.dataKey === "value" ? 0 : 1)} />
          {props.target !== null && (
            <ReferenceLine
              y={props.target}
              stroke="#b91c1c"
              strokeDasharray="6 3"
              label={{ value: "Mục tiêu", fontSize: 10, fill: "#b91c1c", position: "insideTopLeft" }}
            />
          )}
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
            stroke="#64748b"
            strokeDasharray="4 4"
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
