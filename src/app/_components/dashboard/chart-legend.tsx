// A chart's legend as plain HTML under the drawing: text in CHART_TEXT (a series colour
// such as a pale grey would be unreadable as text), a swatch in the series colour with
// an outline so even a pale one shows. It sits inside the chart's aria-hidden box: the
// table beside every chart is its text alternative.
import { CHART_TEXT, SWATCH_OUTLINE } from "@/domain/charts/colours";

export type LegendItem = { label: string; colour: string; kind: "box" | "line" | "dashed" };

function Swatch({ item }: { item: LegendItem }) {
  if (item.kind === "box") {
    return (
      <span
        className="inline-block h-2.5 w-2.5 shrink-0 rounded-sm border"
        style={{ backgroundColor: item.colour, borderColor: SWATCH_OUTLINE }}
      />
    );
  }
  return (
    <svg width="18" height="8" className="shrink-0" aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="4"
        x2="17"
        y2="4"
        stroke={item.colour}
        strokeWidth={2}
        strokeDasharray={item.kind === "dashed" ? "4 3" : undefined}
      />
    </svg>
  );
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="flex flex-wrap justify-center gap-x-3 gap-y-0.5 text-[11px] leading-4" style={{ color: CHART_TEXT }}>
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1">
          <Swatch item={item} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
