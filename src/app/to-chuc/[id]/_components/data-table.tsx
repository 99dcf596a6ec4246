// A plain table for the organisation page: the numbers behind each chart, and the
// lists themselves. Server component.
import type { ReactNode } from "react";

export type Column = { label: string; numeric?: boolean };

export function DataTable(props: {
  caption: string;
  columns: Column[];
  rows: { key: string | number; cells: ReactNode[] }[];
  empty: string;
  testId?: string;
  footer?: ReactNode[];
}) {
  // Numbers never wrap ("810,74 triệu đồng" on one line); the table scrolls on a phone.
  const align = (i: number) => (props.columns[i]?.numeric ? "text-right whitespace-nowrap" : "text-left");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid={props.testId}>
        <caption className="sr-only">{props.caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            {props.columns.map((c, i) => (
              <th key={c.label} scope="col" className={`px-2 py-1 ${align(i)}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-100 align-top">
              {r.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className={`px-2 py-1 font-normal ${align(i)}`}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={`px-2 py-1 ${align(i)}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
          {props.rows.length === 0 && (
            <tr>
              <td colSpan={props.columns.length} className="px-2 py-3 text-center text-slate-600">
                {props.empty}
              </td>
            </tr>
          )}
        </tbody>
        {props.footer && props.rows.length > 0 && (
          <tfoot className="border-t border-slate-300 font-semibold">
            <tr>
              {props.footer.map((cell, i) => (
                <td key={i} className={`px-2 py-1 ${align(i)}`}>
                  {cell}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** A dash for a missing value, so an empty cell is never mistaken for zero. */
export const MISSING = "–";

/** A long table folds away under its chart (the chart already shows the trend); a short
 *  one stays open. Folded or not, the numbers are in the page for screen readers. */
export function TableDetails({ rows, children }: { rows: number; children: ReactNode }) {
  return (
    <details open={rows <= 12} className="space-y-2">
      <summary className="no-print cursor-pointer text-sm font-semibold text-brand-800">
        Bảng số liệu ({rows} năm)
      </summary>
      {children}
    </details>
  );
}
