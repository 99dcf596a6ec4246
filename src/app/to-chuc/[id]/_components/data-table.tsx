// A plain table for the organisation page: the numbers behind each chart, and the
// lists themselves. Server component.
import type { ReactNode } from "react";
import { RowHead, Table } from "@/app/_components/table";
import { RowBadge } from "@/app/_components/entry/approval-badges";

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
  const cells = (row: ReactNode[], weight = "font-normal") =>
    row.map((cell, i) =>
      i === 0 ? (
        <RowHead key={i} dense className={`${weight} ${align(i)}`}>
          {cell}
        </RowHead>
      ) : (
        <td key={i} className={`px-2 py-1 ${align(i)}`}>
          {cell}
        </td>
      ),
    );
  return (
    <Table
      dense
      caption={props.caption}
      testId={props.testId}
      columns={props.columns.map((c) => ({ ...c, className: c.numeric ? "whitespace-nowrap" : undefined }))}
      empty={props.rows.length === 0 && props.empty}
      footer={props.footer && props.rows.length > 0 && <tr>{cells(props.footer, "font-semibold")}</tr>}
    >
      {props.rows.map((r) => (
        <tr key={r.key} className="border-t border-slate-100 align-top">
          {cells(r.cells)}
        </tr>
      ))}
    </Table>
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

/** A row's first cell with the row's approval mark beside it (none once approved). */
export function Marked({ mark, children }: { mark: { waiting: boolean } | undefined; children: ReactNode }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {children} <RowBadge mark={mark} />
    </span>
  );
}
