// A data table with its caption for screen readers and a header row of column titles;
// the rows are the children. No hooks: server and client components both use it.
import type { ReactNode } from "react";

export type Column = ReactNode | { label: ReactNode; numeric?: boolean; className?: string };

const FRAMES = {
  /** A white card that scrolls sideways on a phone. */
  card: "overflow-x-auto rounded-lg border border-slate-200 bg-white",
  scroll: "overflow-x-auto",
  none: null,
} as const;

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

export function Table({
  caption,
  columns,
  testId,
  className = "min-w-full text-sm",
  frame = "card",
  dense = false,
  children,
}: {
  caption: ReactNode;
  columns: Column[];
  testId?: string;
  className?: string;
  frame?: keyof typeof FRAMES;
  /** Tighter cells (px-2 py-1) for tables of figures. */
  dense?: boolean;
  /** The body rows. */
  children: ReactNode;
}) {
  const table = (
    <table className={className} data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <ColumnHeads columns={columns} pad={dense ? "px-2 py-1" : "px-3 py-2"} />
      <tbody>{children}</tbody>
    </table>
  );
  const wrap = FRAMES[frame];
  return wrap ? <div className={wrap}>{table}</div> : table;
}
