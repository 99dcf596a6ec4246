"use client";
// Grouped or stacked bars for breakdowns. The caller always renders the same numbers
// as a table next to it: the chart is decoration for sighted users (aria-hidden). A row
// with nothing reported has null values: no bar, never a 0 bar.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type BarSeries = { key: string; label: string; colour: string };

export function BreakdownBarChart(props: {
  rows: Record<string, string | number | null>[];
  categoryKey: string;
  series: BarSeries[];
  stacked?: boolean;
  percent?: boolean;
  height?: number;
  horizontal?: boolean;
}) {
  const fmt = (v: number) =>
    props.percent ? `${v.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} %` : v.toLocaleString("vi-VN");
  return (
    <div style={{ height: props.height ?? 280 }} className="w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={props.rows}
          layout={props.horizontal ? "vertical" : "horizontal"}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {props.horizontal ? (
            <>
              <XAxis type="number" tickFormatter={fmt} tick={{ fontSize: 11 }} />
              <YAxis type="category" dataKey={props.categoryKey} width={130} tick={{ fontSize: 11 }} />
            </>
          ) : (
            <>
              <XAxis dataKey={props.categoryKey} tick={{ fontSize: 11 }} />
              <YAxis tickFormatter={fmt} tick={{ fontSize: 11 }} width={48} />
            </>
          )}
          <Tooltip formatter={(v) => (typeof v === "number" ? fmt(v) : String(v))} />
          {/* Legend in the series' order (bottom to top of a stack), not alphabetical. */}
          <Legend
            wrapperStyle={{ fontSize: 11 }}
            itemSorter={(item) => props.series.findIndex((s) => s.key === item.dataKey)}
          />
          {props.series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.colour}
              stackId={props.stacked ? "a" : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
