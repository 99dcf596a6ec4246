import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { getEntryOrganisation, listWritableCommunes } from "@/server/organisation/get-entry-organisation";
import { isoDay, todayInVietnam } from "@/domain/time/vietnam";
import { orgStatusLabel } from "@/domain/labels";
import { getOrganisationApproval, lockInfo } from "@/server/approval/organisation-approval";
import { PendingBadges } from "@/app/_components/entry/approval-badges";
import { SubmissionLockNote } from "@/app/_components/entry/submission-lock";
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
  const approval = await getOrganisationApproval(viewer, prisma, o.id);
  const lock = lockInfo(o.id, approval.submitted);
  const identity = approval.pending.filter((c) => c.entity === "Organisation" || c.entity === "OrgStatusChange");
  return (
    <div className="space-y-6">
      <EntryHeader organisation={o} title="Sửa thông tin" year={today.getUTCFullYear()} />
      <SubmissionLockNote lock={lock} scope="thông tin và trạng thái của tổ chức" canWithdraw />
      <p className="flex flex-wrap items-center gap-2 text-sm">
        Trạng thái hiện tại: <strong>{orgStatusLabel(o.currentStatus, o.type)}</strong>
        <PendingBadges
          waiting={identity.filter((c) => c.waiting).length}
          unsent={identity.filter((c) => !c.waiting).length}
        />
      </p>
      <fieldset disabled={lock !== null} className="grid min-w-0 gap-4 disabled:opacity-70 lg:grid-cols-2">
        <legend className="sr-only">Thông tin và trạng thái{lock ? " (chỉ xem: hồ sơ đã gửi duyệt)" : ""}</legend>
        <UpdateOrganisationForm communes={communes} organisation={o} today={isoDay(today)!} />
        <StatusChangeForm id={o.id} version={o.version} today={isoDay(today)!} />
      </fieldset>
    </div>
  );
}
