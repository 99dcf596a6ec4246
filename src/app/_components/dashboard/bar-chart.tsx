"use client";
// Grouped or stacked bars for breakdowns. The caller always renders the same numbers
// as a table next to it: the chart is decoration for sighted users (aria-hidden). A row
// with nothing reported has null values: no bar, never a 0 bar.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { niceAxis } from "@/domain/charts/axis";
import { CHART_TEXT, GRID_COLOUR } from "@/domain/charts/colours";
import { ChartLegend } from "./chart-legend";

export type BarSeries = { key: string; label: string; colour: string };

const TICK = { fontSize: 11, fill: CHART_TEXT };

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
  const num = (v: string | number | null | undefined) => (typeof v === "number" ? v : 0);
  // The longest bar: a stack's sum, or the tallest single bar.
  const axis = niceAxis(
    props.rows.flatMap((r) =>
      props.stacked ? [props.series.reduce((t, s) => t + num(r[s.key]), 0)] : props.series.map((s) => num(r[s.key])),
    ),
    { percent: props.percent, integer: !props.percent, maxIntervals: 6 },
  );
  const valueAxis = { type: "number" as const, domain: [0, axis.max], ticks: axis.ticks, interval: 0 as const };
  return (
    <div style={{ height: props.height ?? 280 }} className="flex w-full flex-col" aria-hidden="true">
      <div className="min-h-0 flex-1">
        <ResponsiveContainer width="100%" height="100%">
          {/* No accessibility layer: the chart is aria-hidden, its surface must not take focus. */}
          <BarChart
            data={props.rows}
            layout={props.horizontal ? "vertical" : "horizontal"}
            margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke={GRID_COLOUR} />
            {props.horizontal ? (
              <>
                <XAxis {...valueAxis} tickFormatter={fmt} tick={TICK} />
                <YAxis type="category" dataKey={props.categoryKey} width={130} tick={TICK} />
              </>
            ) : (
              <>
                <XAxis dataKey={props.categoryKey} tick={TICK} />
                <YAxis {...valueAxis} tickFormatter={fmt} tick={TICK} width={48} />
              </>
            )}
            <Tooltip formatter={(v) => (typeof v === "number" ? fmt(v) : String(v))} />
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
      {/* In the series' order (bottom to top of a stack), not alphabetical. */}
      <ChartLegend items={props.series.map((s) => ({ label: s.label, colour: s.colour, kind: "box" }))} />
    </div>
  );
}
