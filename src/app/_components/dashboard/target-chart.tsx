"use client";
// One target's yearly series against its target line, with the linear projection to
// the horizon year dashed. Animation is off so print, PDF and screenshots are complete.
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

type Point = { year: number; value?: number | null; projection?: number | null };

const fmt = (v: number, percent: boolean) =>
  percent
    ? `${v.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} %`
    : v.toLocaleString("vi-VN", { maximumFractionDigits: 0 });

export function TargetChart(props: {
  title: string;
  series: { year: number; value: number | null }[];
  target: number;
  horizonYear: number;
  projection: { year: number; value: number } | null;
  percent: boolean;
  colour: string;
}) {
  const last = [...props.series].reverse().find((p) => p.value !== null);
  const data: Point[] = props.series.map((p) => ({ year: p.year, value: p.value }));
  if (props.projection && last) {
    data.find((p) => p.year === last.year)!.projection = last.value;
    data.push({ year: props.projection.year, projection: props.projection.value });
  }
  const first = props.series[0]?.year ?? props.horizonYear;
  const max = Math.max(props.target, ...data.map((p) => Math.max(p.value ?? 0, p.projection ?? 0)));
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
          <ReferenceLine
            y={props.target}
            stroke="#b91c1c"
            strokeDasharray="6 3"
            label={{ value: "Mục tiêu", fontSize: 10, fill: "#b91c1c", position: "insideTopLeft" }}
          />
          <Line
            type="monotone"
            dataKey="value"
            name="Thực tế"
            stroke={props.colour}
            strokeWidth={2}
            dot
            isAnimationActive={false}
            connectNulls
          />
          <Line
            type="linear"
            dataKey="projection"
            name="Dự báo theo xu hướng"
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
