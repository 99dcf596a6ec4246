import type { Metadata } from "next";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { listWritableCommunes } from "@/server/organisation/get-entry-organisation";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { Forbidden } from "../../_components/forbidden";
import { PageHeader } from "../../_components/page-layout";
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
      <PageHeader
        title="Thêm tổ chức kinh tế tập thể"
        trail={{ links: [["/to-chuc", "Tổ chức"]], here: "Thêm tổ chức" }}
        lead={
          <>
            Tổ chức mới được ghi nhận trạng thái &quot;Đang hoạt động&quot; từ ngày thành lập (hoặc từ hôm nay nếu chưa
            rõ ngày). Các ô có dấu * là bắt buộc.
          </>
        }
      />
      <CreateOrganisationForm communes={communes} today={todayIsoInVietnam()} />
    </div>
  );
}
