import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { getEntryOrganisation } from "@/server/organisation/get-entry-organisation";
import { listApprovedYears, listLinkages } from "@/server/dossier/list-period-records";
import { getOrganisationApproval, lockInfo } from "@/server/approval/organisation-approval";
import { Forbidden } from "../../../_components/forbidden";
import { PeriodRecordsPage } from "../../_forms/period-records-page";
import { LinkageForm, LinkageList } from "../../_forms/period-forms";

export const metadata: Metadata = { title: "Liên kết chuỗi giá trị" };

type Props = { params: Promise<{ id: string }> };

export default async function LinkagesPage({ params }: Props) {
  const viewer = await requireViewer();
  const found = await getEntryOrganisation(viewer, prisma, (await params).id);
  if (!found) notFound();
  if (!found.canWrite) return <Forbidden message="Bạn không có quyền sửa dữ liệu của tổ chức này." />;
  const o = found.organisation;
  // Sequential: the embedded database has a single connection.
  const items = await listLinkages(prisma, o.id);
  const approvedYears = await listApprovedYears(prisma, o.id);
  const approval = await getOrganisationApproval(viewer, prisma, o.id);
  return (
    <PeriodRecordsPage
      organisation={o}
      title="Liên kết chuỗi giá trị"
      addTitle="Thêm liên kết"
      approvedYears={approvedYears}
      lock={lockInfo(o.id, approval.submitted)}
      scope="liên kết chuỗi giá trị"
      list={<LinkageList organisationId={o.id} items={items} />}
      form={<LinkageForm organisationId={o.id} />}
    />
  );
}
