// A data table with its caption for screen readers and a header row of column titles;
// the rows are the children. No hooks: server and client components both use it.
//
// A table wider than a phone scrolls sideways in its frame. The frame is a focusable,
// named region (axe "scrollable-region-focusable": a keyboard user scrolls it with the
// arrow keys), and the first cell of every row stays in place while the rest scrolls
// under it, so the row's name is never scrolled out of sight.
import type { ReactNode } from "react";

export type Column = ReactNode | { label: ReactNode; numeric?: boolean; className?: string };

const FRAMES = {
  /** A white card that scrolls sideways on a phone. */
  card: "overflow-x-auto rounded-lg border border-slate-200 bg-white",
  scroll: "overflow-x-auto",
  none: null,
} as const;

const FOCUS_RING = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

/** The first cell of each row sticks to the left edge, opaque so the scrolled cells pass
 *  under it; the header's keeps the header's colour. */
const STICKY_FIRST =
  "[&_tr>:first-child]:sticky [&_tr>:first-child]:left-0 [&_tr>:first-child]:z-[1] [&_tbody_tr>:first-child]:bg-white [&_tfoot_tr>:first-child]:bg-white [&_thead_tr>:first-child]:bg-slate-100";

/** Cell padding: "px-3 py-2", or "px-2 py-1" for dense tables of figures. */
export const cellPad = (dense: boolean) => (dense ? "px-2 py-1" : "px-3 py-2");

function isSpec(c: Column): c is { label: ReactNode; numeric?: boolean; className?: string } {
  return typeof c === "object" && c !== null && "label" in c;
}

/** Column titles; `pad` is the cells' padding ("px-3 py-2", or "px-2 py-1" when dense). */
export function ColumnHeads({ columns, pad }: { columns: Column[]; pad: string }) {
  return (
    <thead className="bg-slate-100 text-left">
      <tr>
        {columns.map((c, i) => {
          const spec = isSpec(c) ? c : { label: c };
          const cls = [spec.className, pad, spec.numeric ? "text-right" : null].filter(Boolean).join(" ");
          return (
            <th key={i} scope="col" className={cls}>
              {spec.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** The row's label, as the header of the row. */
export function RowHead({
  children,
  dense = false,
  className,
}: {
  children: ReactNode;
  dense?: boolean;
  /** In place of "font-normal": "font-semibold" for a total, "whitespace-nowrap font-normal". */
  className?: string;
}) {
  return (
    <th scope="row" className={`${cellPad(dense)} text-left ${className ?? "font-normal"}`}>
      {children}
    </th>
  );
}

/** One row across the whole table saying there is nothing to list. */
export function EmptyRow({ span, children }: { span: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={span} className="px-3 py-4 text-center text-slate-600">
        {children}
      </td>
    </tr>
  );
}

export function Table({
  caption,
  label,
  columns,
  testId,
  className = "min-w-full text-sm",
  frame = "card",
  dense = false,
  empty,
  footer,
  children,
}: {
  caption: ReactNode;
  /** The scrolling frame's name; the caption when it is plain text. Give a short one
   *  when the caption repeats a form field's label on the same page: a name is a label,
   *  and "Ngày vào" would then name both the field and the table. */
  label?: string;
  columns: Column[];
  testId?: string;
  className?: string;
  frame?: keyof typeof FRAMES;
  /** Tighter cells (px-2 py-1) for tables of figures. */
  dense?: boolean;
  /** What the table says when it has no rows: pass it only then (`rows.length === 0 && "…"`). */
  empty?: ReactNode;
  /** Rows of the <tfoot>: the total ("Tổng cộng"). */
  footer?: ReactNode;
  /** The body rows. */
  children: ReactNode;
}) {
  const table = (
    <table className={`${className} ${STICKY_FIRST}`} data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <ColumnHeads columns={columns} pad={cellPad(dense)} />
      <tbody>
        {children}
        {empty ? <EmptyRow span={columns.length}>{empty}</EmptyRow> : null}
      </tbody>
      {footer ? <tfoot className="border-t-2 border-slate-300 font-semibold">{footer}</tfoot> : null}
    </table>
  );
  const wrap = FRAMES[frame];
  if (!wrap) return table;
  return (
    <ScrollFrame
      label={label ?? (typeof caption === "string" ? caption : undefined)}
      frame={frame === "scroll" ? "scroll" : "card"}
    >
      {table}
    </ScrollFrame>
  );
}

/** The sideways-scrolling frame of a wide table built by hand: focusable and named, so a
 *  keyboard user can scroll it (axe "scrollable-region-focusable"). */
export function ScrollFrame({
  label,
  frame = "card",
  children,
}: {
  label: string | undefined;
  frame?: "card" | "scroll";
  children: ReactNode;
}) {
  return (
    <div className={`${FRAMES[frame]} ${FOCUS_RING}`} role="region" tabIndex={0} aria-label={label}>
      {children}
    </div>
  );
}
