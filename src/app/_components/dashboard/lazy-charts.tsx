"use client";
// The charts, loaded after the page and drawn when they come near the screen.
// - recharts (with its d3 and redux parts) is about 130 KB of gzipped JavaScript, more
//   than everything else the overview needs to draw and respond: it is not in the
//   first load (next/dynamic, no SSR).
// - Drawing a chart is React work on the main thread; eleven cards and four bar charts
//   at once blocked a mid-range phone for seconds (Lighthouse's TBT). A chart is drawn
//   once it is within a screen of the viewport, and every chart before printing.
// The figures, the scoreboard and every chart's text alternative (the tables beside
// them) come in the HTML; a chart's box has its final size from the start (no CLS).
// docs/performance.md has the numbers.
import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentProps, type ReactNode } from "react";
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

/** Renders its children once the box is within a screen of the viewport (or the page is
 *  about to be printed); until then an empty box of the same size. */
function WhenNear({
  className,
  style,
  children,
}: {
  className?: string;
  style?: React.CSSProperties;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    const show = () => setNear(true);
    if (typeof IntersectionObserver === "undefined") return show();
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: "200px 0px",
    });
    observer.observe(el);
    window.addEventListener("beforeprint", show);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, [near]);
  return (
    <div ref={box} className={className} style={style} aria-hidden="true">
      {near ? children : null}
    </div>
  );
}

export function TargetChart(props: ComponentProps<typeof TargetChartType>) {
  return (
    <WhenNear className="h-48 w-full">
      <TargetChartImpl {...props} />
    </WhenNear>
  );
}

export function BreakdownBarChart(props: ComponentProps<typeof BarChartType>) {
  return (
    <WhenNear className="w-full" style={{ minHeight: props.height ?? 280 }}>
      <BarChartImpl {...props} />
    </WhenNear>
  );
}
