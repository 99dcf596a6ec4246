import type { Metadata } from "next";
import { connection } from "next/server";
import { prisma } from "@/server/db";
import { getCommuneSummary } from "@/server/reports/get-commune-summary";
import { requireViewer } from "@/server/auth/session";

export const metadata: Metadata = { title: "Báo cáo" };

export default async function ReportsPage() {
  await connection();
  await requireViewer();
  const rows = await getCommuneSummary(prisma);
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
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Báo cáo tổng hợp theo xã, thị trấn</h1>
      <p className="text-sm text-slate-700">
        Tình hình tổ chức kinh tế tập thể theo trạng thái hiện tại, tính đến ngày{" "}
        {new Date().toLocaleDateString("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric" })}.
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="commune-summary">
          <caption className="sr-only">Số tổ chức đang hoạt động và thành viên theo xã, thị trấn</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                Xã, thị trấn
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                THT đang hoạt động
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                HTX đang hoạt động
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                LHHTX đang hoạt động
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Không hoạt động
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Thành viên theo sổ
              </th>
            </tr>
          </thead>
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
      </div>
    </div>
  );
}
