import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { getEntryOrganisation } from "@/server/entry/get-entry-organisation";
import { listApprovedYears, listLinkages } from "@/server/entry/list-period-records";
import { todayInVietnam } from "@/server/entry/dates";
import { Forbidden } from "../../../_components/forbidden";
import { EntryHeader } from "../../_forms/entry-header";
import { LinkageForm, LinkageList } from "../../_forms/period-forms";

export const metadata: Metadata = { title: "Liên kết chuỗi giá trị" };

type Props = { params: Promise<{ id: string }> };

export default async function LinkagesPage({ params }: Props) {
  const viewer = await requireViewer();
  const found = await getEntryOrganisation(viewer, prisma, (await params).id);
  if (!found) notFound();
  if (!found.canWrite) return <Forbidden message="Bạn không có quyền sửa dữ liệu của tổ chức này." />;
  const o = found.organisation;
  const [items, approvedYears] = await Promise.all([listLinkages(prisma, o.id), listApprovedYears(prisma, o.id)]);
  return (
    <div className="space-y-6">
      <EntryHeader organisation={o} title="Liên kết chuỗi giá trị" year={todayInVietnam().getUTCFullYear()} />
      {approvedYears.length > 0 && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Số liệu các năm {approvedYears.join(", ")} đã được duyệt: bản ghi có thời gian hiệu lực phủ một năm đã duyệt
          không sửa, xoá được cho đến khi Phòng TC-KH mở lại năm đó.
        </p>
      )}
      <section aria-labelledby="danh-sach" className="space-y-3">
        <h2 id="danh-sach" className="text-lg font-semibold">
          Đã ghi nhận
        </h2>
        <LinkageList organisationId={o.id} items={items} />
      </section>
      <section aria-labelledby="them-moi" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="them-moi" className="text-lg font-semibold">
          Thêm liên kết
        </h2>
        <LinkageForm organisationId={o.id} />
      </section>
    </div>
  );
}
