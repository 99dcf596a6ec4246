import type { CommuneSummaryRow } from "@/server/reports/get-commune-summary";
import { ColumnHeads, ScrollFrame } from "@/app/_components/table";

/** Organisations and register members per commune by their current status (live, not frozen). */
export function CommuneSummary({ rows }: { rows: CommuneSummaryRow[] }) {
  const total = rows.reduce(
    (t, r) => ({
      activeTht: t.activeTht + r.activeTht,
      activeHtx: t.activeHtx + r.activeHtx,
      activeLhhtx: t.activeLhhtx + r.activeLhhtx,
      inactive: t.inactive + r.inactive,
      registerMembers: t.registerMembers + r.registerMembers,
    }),
    { activeTht: 0, activeHtx: 0, activeLhhtx: 0, inactive: 0, registerMembers: 0 },
  );
  const n = (v: number) => v.toLocaleString("vi-VN");
  return (
    <ScrollFrame label="Tổng hợp theo xã">
      <table className="min-w-full text-sm" data-testid="commune-summary">
        <caption className="sr-only">Số tổ chức đang hoạt động và thành viên theo xã, thị trấn</caption>
        <ColumnHeads
          pad="px-3 py-2"
          columns={[
            "Xã, thị trấn",
            { label: "THT đang hoạt động", numeric: true },
            { label: "HTX đang hoạt động", numeric: true },
            { label: "LHHTX đang hoạt động", numeric: true },
            { label: "Không hoạt động", numeric: true },
            { label: "Thành viên theo sổ", numeric: true },
          ]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.communeId} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {r.communeKind} {r.communeName}
                {r.validTo && <span className="text-xs text-slate-600"> (đơn vị cũ)</span>}
              </th>
              <td className="px-3 py-2 text-right">{n(r.activeTht)}</td>
              <td className="px-3 py-2 text-right">{n(r.activeHtx)}</td>
              <td className="px-3 py-2 text-right">{n(r.activeLhhtx)}</td>
              <td className="px-3 py-2 text-right">{n(r.inactive)}</td>
              <td className="px-3 py-2 text-right">{n(r.registerMembers)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2 text-left">
              Toàn địa bàn
            </th>
            <td className="px-3 py-2 text-right">{n(total.activeTht)}</td>
            <td className="px-3 py-2 text-right">{n(total.activeHtx)}</td>
            <td className="px-3 py-2 text-right">{n(total.activeLhhtx)}</td>
            <td className="px-3 py-2 text-right">{n(total.inactive)}</td>
            <td className="px-3 py-2 text-right">{n(total.registerMembers)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollFrame>
  );
}
