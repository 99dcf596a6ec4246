import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { getEntryOrganisation, listWritableCommunes } from "@/server/entry/get-entry-organisation";
import { isoDay, todayInVietnam } from "@/server/entry/dates";
import { orgStatusLabel } from "@/domain/labels";
import { Forbidden } from "../../../_components/forbidden";
import { EntryHeader } from "../../_forms/entry-header";
import { StatusChangeForm, UpdateOrganisationForm } from "../../_forms/organisation-forms";

export const metadata: Metadata = { title: "Sửa tổ chức" };

type Props = { params: Promise<{ id: string }> };

export default async function EditOrganisationPage({ params }: Props) {
  const viewer = await requireViewer();
  const found = await getEntryOrganisation(viewer, prisma, (await params).id);
  if (!found) notFound();
  if (!found.canWrite) {
    return (
      <Forbidden message="Bạn không có quyền sửa dữ liệu của tổ chức này (chỉ cán bộ xã sở tại, Phòng TC-KH và quản trị viên được sửa)." />
    );
  }
  const o = found.organisation;
  const today = todayInVietnam();
  const communes = await listWritableCommunes(viewer, prisma);
  return (
    <div className="space-y-6">
      <EntryHeader organisation={o} title="Sửa thông tin" year={today.getUTCFullYear()} />
      <p className="text-sm">
        Trạng thái hiện tại: <strong>{orgStatusLabel(o.currentStatus, o.type)}</strong>
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <UpdateOrganisationForm communes={communes} organisation={o} />
        <StatusChangeForm id={o.id} version={o.version} today={isoDay(today)!} />
      </div>
    </div>
  );
}
