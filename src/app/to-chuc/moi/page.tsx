import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { listWritableCommunes } from "@/server/organisation/get-entry-organisation";
import { todayInVietnam } from "@/domain/time/vietnam";
import { Forbidden } from "../../_components/forbidden";
import { CreateOrganisationForm } from "../_forms/organisation-forms";

export const metadata: Metadata = { title: "Thêm tổ chức" };

export default async function NewOrganisationPage() {
  const viewer = await requireViewer();
  const communes = await listWritableCommunes(viewer, prisma);
  if (communes.length === 0) {
    return <Forbidden message="Tài khoản của bạn không được thêm tổ chức (chỉ xem, hoặc chưa được giao xã nào)." />;
  }
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/to-chuc" className="underline">
          Tổ chức
        </Link>{" "}
        › Thêm tổ chức
      </p>
      <h1 className="text-2xl font-bold">Thêm tổ chức kinh tế tập thể</h1>
      <p className="text-sm text-slate-700">
        Tổ chức mới được ghi nhận trạng thái &quot;Đang hoạt động&quot; từ ngày thành lập (hoặc từ hôm nay nếu chưa rõ
        ngày). Các ô có dấu * là bắt buộc.
      </p>
      <CreateOrganisationForm communes={communes} year={todayInVietnam().getUTCFullYear()} />
    </div>
  );
}
