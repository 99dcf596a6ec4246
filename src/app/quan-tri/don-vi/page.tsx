import type { Metadata } from "next";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { listAreaUnits } from "@/server/territory/list-area-units";
import { formatDate } from "@/domain/format/date";
import { AreaUnitForm } from "./_components/area-unit-form";
import { RowHead, Table } from "@/app/_components/table";
import { PageHeader, Section } from "@/app/_components/page-layout";

export const metadata: Metadata = { title: "Đơn vị hành chính" };

const LEVEL_LABEL = { PROVINCE: "Tỉnh", DISTRICT: "Huyện", COMMUNE: "Xã" } as const;

export default async function AreaUnitsPage() {
  const viewer = await requireViewer();
  const admin = canAdminister(viewer);
  const units = await listAreaUnits(prisma);
  const placeholders = units.filter((u) => !u.codeOfficial).length;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Đơn vị hành chính và sắp xếp năm 2025"
        trail={{ links: [["/quan-tri", "Quản trị"]], here: "Đơn vị hành chính" }}
        lead={
          <>
            Từ 01/07/2025 cấp huyện không còn; 13 xã, thị trấn của Gò Công Tây được sắp xếp thành 5 xã thuộc tỉnh Đồng
            Tháp. Số liệu các năm trước tính theo đơn vị cũ, rồi cộng vào đơn vị kế thừa. Mã là mã đơn vị hành chính
            chính thức; một số xã mới giữ mã của một xã cũ, nên mã cùng với ngày hiệu lực mới xác định một đơn vị.
            {placeholders > 0 &&
              ` ${placeholders} mã chưa được đối chiếu với danh mục chính thức${admin ? "; hãy sửa khi có danh mục." : "."}`}
          </>
        }
      />
      <Table
        dense
        caption="Các đơn vị, hiệu lực, đơn vị trước và kế thừa, mã và căn cứ"
        columns={["Đơn vị", "Cấp", "Mã", "Hiệu lực", "Hình thành từ", "Căn cứ"]}
      >
        {units.map((u) => (
          <tr key={u.id} className="border-t border-slate-200 align-top">
            <RowHead dense>
              {u.label}
              {u.parent ? (
                <span className="block text-xs text-slate-600">
                  thuộc {u.parent.kind.toLowerCase()} {u.parent.name}
                </span>
              ) : null}
            </RowHead>
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
      </Table>
      {admin && (
        <Section id="sua-don-vi" title="Sửa mã, đơn vị kế thừa, căn cứ">
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
        </Section>
      )}
    </div>
  );
}
