import type { CommuneSummaryRow } from "@/server/reports/get-commune-summary";
import { ColumnHeads, ScrollFrame } from "@/app/_components/table";

const COUNTS = [
  ["activeTht", "THT đang hoạt động"],
  ["activeHtx", "HTX đang hoạt động"],
  ["activeLhhtx", "LHHTX đang hoạt động"],
  ["inactive", "Không hoạt động"],
  ["registerMembers", "Thành viên theo sổ"],
] as const;
type Counts = Pick<CommuneSummaryRow, (typeof COUNTS)[number][0]>;

/** A row's counts, one cell each, in the columns' order. */
const countCells = (c: Counts) =>
  COUNTS.map(([key]) => (
    <td key={key} className="px-3 py-2 text-right">
      {c[key].toLocaleString("vi-VN")}
    </td>
  ));

/** Organisations and register members per commune by their current status (live, not frozen). */
export function CommuneSummary({ rows }: { rows: CommuneSummaryRow[] }) {
  const total = Object.fromEntries(COUNTS.map(([key]) => [key, rows.reduce((t, r) => t + r[key], 0)])) as Counts;
  return (
    <ScrollFrame label="Tổng hợp theo xã">
      <table className="min-w-full text-sm" data-testid="commune-summary">
        <caption className="sr-only">Số tổ chức đang hoạt động và thành viên theo xã, thị trấn</caption>
        <ColumnHeads
          pad="px-3 py-2"
          columns={["Xã, thị trấn", ...COUNTS.map(([, label]) => ({ label, numeric: true }))]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.communeId} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {r.label}
              </th>
              {countCells(r)}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2 text-left">
              Toàn địa bàn
            </th>
            {countCells(total)}
          </tr>
        </tfoot>
      </table>
    </ScrollFrame>
  );
}
