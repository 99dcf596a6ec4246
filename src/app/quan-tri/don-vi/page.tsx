import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { listAreaUnits } from "@/server/territory/list-area-units";
import { formatDate } from "@/domain/format/date";
import { AreaUnitForm } from "./_components/area-unit-form";
import { ColumnHeads } from "@/app/_components/table";

export const metadata: Metadata = { title: "Đơn vị hành chính" };

const LEVEL_LABEL = { PROVINCE: "Tỉnh", DISTRICT: "Huyện", COMMUNE: "Xã" } as const;

export default async function AreaUnitsPage() {
  const viewer = await requireViewer();
  const admin = canAdminister(viewer);
  const units = await listAreaUnits(prisma);
  const placeholders = units.filter((u) => !u.codeOfficial).length;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/quan-tri" className="underline">
            Quản trị
          </Link>{" "}
          › Đơn vị hành chính
        </p>
        <h1 className="text-2xl font-bold">Đơn vị hành chính và sắp xếp năm 2025</h1>
        <p className="max-w-3xl text-sm">
          Từ 01/07/2025 cấp huyện không còn; 13 xã, thị trấn của Gò Công Tây được sắp xếp thành 5 xã thuộc tỉnh Đồng
          Tháp. Số liệu các năm trước tính theo đơn vị cũ, rồi cộng vào đơn vị kế thừa. {placeholders} mã chưa được đối
          chiếu với danh mục mã đơn vị hành chính chính thức{admin ? "; hãy sửa khi có danh mục." : "."}
        </p>
      </div>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Các đơn vị, hiệu lực, đơn vị trước và kế thừa, mã và căn cứ</caption>
          <ColumnHeads pad="px-2 py-1" columns={["Đơn vị", "Cấp", "Mã", "Hiệu lực", "Hình thành từ", "Căn cứ"]} />
          <tbody>
            {units.map((u) => (
              <tr key={u.id} className="border-t border-slate-200 align-top">
                <td className="px-2 py-1">
                  {u.label}
                  {u.parent ? (
                    <span className="block text-xs text-slate-600">
                      thuộc {u.parent.kind.toLowerCase()} {u.parent.name}
                    </span>
                  ) : null}
                </td>
                <td className="px-2 py-1">{LEVEL_LABEL[u.level]}</td>
                <td className="px-2 py-1 font-mono">
                  {u.code}
                  {!u.codeOfficial && <span className="block font-sans text-xs text-amber-800">chưa đối chiếu</span>}
                </td>
                <td className="px-2 py-1 whitespace-nowrap">
                  {formatDate(u.validFrom)} – {u.validTo ? formatDate(u.validTo) : "nay"}
                </td>
                <td className="px-2 py-1">{u.predecessors.join(", ") || "—"}</td>
                <td className="px-2 py-1">{u.sourceRef ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {admin && (
        <section aria-labelledby="sua-don-vi" className="space-y-3">
          <h2 id="sua-don-vi" className="text-lg font-semibold">
            Sửa mã, đơn vị kế thừa, căn cứ
          </h2>
          {units.map((u) => (
            <details key={u.id} className="rounded border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-semibold">{u.label}</summary>
              <div className="mt-2">
                <AreaUnitForm
                  unit={{
                    id: u.id,
                    version: u.version,
                    code: u.code,
                    label: u.label,
                    successorId: u.successorId,
                    sourceRef: u.sourceRef,
                    codeOfficial: u.codeOfficial,
                    dissolved: u.validTo !== null,
                  }}
                  successors={units
                    .filter((s) => s.level === u.level && s.id !== u.id && s.validTo === null)
                    .map((s) => ({ id: s.id, label: s.label }))}
                />
              </div>
            </details>
          ))}
        </section>
      )}
    </div>
  );
}
