import { formatCell, type Table } from "@/domain/reports/tables";
import { ScrollFrame } from "@/app/_components/table";

/** One report table; numbers right-aligned in vi-VN format. */
export function DataTable({ table, caption }: { table: Table; caption?: string }) {
  const right = (kind: string) => kind !== "text";
  return (
    <ScrollFrame label={caption ?? table.title} frame="scroll">
      <table className="min-w-full border-collapse text-sm" data-testid={`bang-${table.id}`}>
        <caption className="mb-1 text-left text-sm font-semibold">{caption ?? table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th
                key={i}
                scope="col"
                className="border border-slate-400 bg-slate-100 px-2 py-1 text-center align-middle"
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === (table.id === "muc-tieu" ? 1 : 0) ? (
                  <th key={i} scope="row" className="border border-slate-400 px-2 py-1 text-left font-normal">
                    {formatCell(cell)}
                  </th>
                ) : (
                  <td
                    key={i}
                    className={`border border-slate-400 px-2 py-1 whitespace-nowrap ${right(cell.kind) || right(table.columns[i]!.kind) ? "text-right" : ""}`}
                  >
                    {formatCell(cell)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {table.footer && (
          <tfoot>
            <tr className="font-semibold">
              {table.footer.map((cell, i) => (
                <td key={i} className={`border border-slate-400 px-2 py-1 ${cell.kind !== "text" ? "text-right" : ""}`}>
                  {cell.v === "" ? "" : formatCell(cell)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollFrame>
  );
}
