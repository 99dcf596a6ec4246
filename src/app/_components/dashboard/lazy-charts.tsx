"use client";
// The charts, loaded after the page: recharts (with its d3 and redux parts) is about
// 130 KB of gzipped JavaScript, more than everything else the overview needs to draw
// and respond. The figures, the scoreboard and every chart's text alternative (the
// tables next to them) come in the HTML; the drawing follows once its code arrives, in
// a box of the final size so nothing shifts (CLS). docs/performance.md has the numbers.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { BreakdownBarChart as BarChartType } from "./bar-chart";
import type { TargetChart as TargetChartType } from "./target-chart";

const TargetChartImpl = dynamic(() => import("./target-chart").then((m) => m.TargetChart), {
  ssr: false,
  loading: () => null,
});
const BarChartImpl = dynamic(() => import("./bar-chart").then((m) => m.BreakdownBarChart), {
  ssr: false,
  loading: () => null,
});

export function TargetChart(props: ComponentProps<typeof TargetChartType>) {
  return (
    <div className="h-48 w-full" aria-hidden="true">
      <TargetChartImpl {...props} />
    </div>
  );
}

export function BreakdownBarChart(props: ComponentProps<typeof BarChartType>) {
  return (
    <div style={{ minHeight: props.height ?? 280 }} className="w-full" aria-hidden="true">
      <BarChartImpl {...props} />
    </div>
  );
}
