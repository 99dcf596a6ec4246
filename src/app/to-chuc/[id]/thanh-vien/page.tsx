import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { clientIpFrom } from "@/server/http/client-ip";
import { PersonalDataNotice } from "@/app/_components/personal-data-notice";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { getEntryOrganisation } from "@/server/organisation/get-entry-organisation";
import { listMembers } from "@/server/membership/list-members";
import { isoDay, todayInVietnam } from "@/domain/time/vietnam";
import { formatDate } from "@/domain/format/date";
import { formatInteger } from "@/domain/format/number";
import { MEMBER_TYPE_LABEL } from "@/domain/labels";
import { getOrganisationApproval, lockInfo, pendingRows } from "@/server/approval/organisation-approval";
import { RowBadge } from "@/app/_components/entry/approval-badges";
import { SubmissionLockNote } from "@/app/_components/entry/submission-lock";
import { Forbidden } from "../../../_components/forbidden";
import { EntryHeader } from "../../_forms/entry-header";
import { AddMemberForm, EndMembershipForm } from "../../_forms/member-forms";
import { RowHead, Table } from "@/app/_components/table";
import { Pager, Section } from "@/app/_components/page-layout";

export const metadata: Metadata = { title: "Sổ thành viên" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ trang?: string }> };

export default async function MembersPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const found = await getEntryOrganisation(viewer, prisma, (await params).id);
  if (!found) notFound();
  if (!found.canWrite) return <Forbidden message="Bạn không có quyền sửa sổ thành viên của tổ chức này." />;
  const o = found.organisation;
  const rawPage = Number((await searchParams).trang ?? "1");
  const page = Number.isSafeInteger(rawPage) && rawPage > 0 ? rawPage : 1;
  // scope checked again and the view logged (Law 91/2025/QH15: who saw whose data)
  const members = await listMembers(viewer, prisma, o.id, page, clientIpFrom(await headers()));
  const approval = await getOrganisationApproval(viewer, prisma, o.id);
  const lock = lockInfo(o.id, approval.submitted);
  const marks = pendingRows(approval, "Membership");
  const today = todayInVietnam();
  const todayIso = isoDay(today)!;
  return (
    <div className="space-y-6">
      <EntryHeader organisation={o} title="Sổ thành viên" year={today.getUTCFullYear()} />
      <SubmissionLockNote lock={lock} scope="sổ thành viên" canWithdraw />
      <fieldset disabled={lock !== null} className="min-w-0 space-y-6 disabled:opacity-70">
        <legend className="sr-only">Sổ thành viên{lock ? " (chỉ xem: hồ sơ đã gửi duyệt)" : ""}</legend>
        {o.type === "LHHTX" ? (
          <p className="text-sm">
            Thành viên của liên hiệp hợp tác xã là các hợp tác xã, không nhập vào sổ thành viên cá nhân.
          </p>
        ) : (
          <>
            <PersonalDataNotice />
            <AddMemberForm organisationId={o.id} today={todayIso} />
          </>
        )}
      </fieldset>
      {/* The list is read, not written: outside the disabled fieldset, whose descendants axe
          counts as unfocusable, so the table's scrolling frame stays reachable by keyboard
          (scrollable-region-focusable) when a phone's font makes it scroll. While the
          dossier is submitted, a current member's row offers no "Cho ra". */}
      <Section id="danh-sach" title="Danh sách thành viên" className="space-y-2">
        <p className="text-sm text-slate-700" data-testid="member-total">
          {formatInteger(members.active)} thành viên hiện tại / {formatInteger(members.total)} lượt ghi nhận
        </p>
        <Table
          testId="members-table"
          label="Sổ thành viên"
          caption="Sổ thành viên: họ tên, loại, ngày vào, ngày ra, vốn góp"
          empty={members.rows.length === 0 && "Chưa có thành viên nào trong sổ."}
          columns={[
            "Họ và tên",
            "Năm sinh",
            "Loại thành viên",
            "Ngày vào",
            "Ngày ra",
            { label: "Vốn góp (đồng)", numeric: true },
          ]}
        >
          {members.rows.map((m) => (
            <tr key={m.id} className="border-t border-slate-100">
              <RowHead>
                {m.person.fullName}
                {m.person.idNumberTail ? (
                  <span className="text-xs text-slate-600"> (***{m.person.idNumberTail})</span>
                ) : null}{" "}
                <RowBadge mark={marks.get(m.id)} />
              </RowHead>
              <td className="px-3 py-2">{m.person.birthYear ?? "—"}</td>
              <td className="px-3 py-2">{MEMBER_TYPE_LABEL[m.memberType]}</td>
              <td className="px-3 py-2">{formatDate(m.joinedOn)}</td>
              <td className="px-3 py-2">
                {m.leftOn ? (
                  formatDate(m.leftOn)
                ) : lock ? (
                  "—"
                ) : (
                  <EndMembershipForm id={m.id} version={m.version} name={m.person.fullName} today={todayIso} />
                )}
              </td>
              <td className="px-3 py-2 text-right">{m.capitalContributed}</td>
            </tr>
          ))}
        </Table>
        <Pager page={page} pages={members.pages} href={(n) => `/to-chuc/${o.id}/thanh-vien?trang=${n}`} />
      </Section>
    </div>
  );
}
