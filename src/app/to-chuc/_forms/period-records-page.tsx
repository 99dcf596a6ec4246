// The page shared by the organisation's period-based records (value-chain linkages,
// high-technology applications): the organisation (404 if unknown, refused to a viewer who
// may not write it), the submission lock (read-only while a dossier is submitted, with
// "Rút lại để sửa"), the approved-years lock note, the list of what is recorded, and the
// form to add one.
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { getEntryOrganisation } from "@/server/organisation/get-entry-organisation";
import { listApprovedYears } from "@/server/dossier/list-period-records";
import { getOrganisationApproval, lockInfo } from "@/server/approval/organisation-approval";
import { todayInVietnam } from "@/domain/time/vietnam";
import { SubmissionLockNote } from "@/app/_components/entry/submission-lock";
import { Forbidden } from "@/app/_components/forbidden";
import { EntryHeader } from "./entry-header";

export async function PeriodRecordsPage({
  params,
  records,
  ...props
}: {
  params: Promise<{ id: string }>;
  title: string;
  addTitle: string;
  /** What is read-only while the dossier is submitted, for the lock's note ("liên kết chuỗi giá trị"). */
  scope: string;
  /** The organisation's records, listed, and the form to add one. */
  records: (organisationId: number) => Promise<{ list: ReactNode; form: ReactNode }>;
}) {
  const viewer = await requireViewer();
  const found = await getEntryOrganisation(viewer, prisma, (await params).id);
  if (!found) notFound();
  if (!found.canWrite) return <Forbidden message="Bạn không có quyền sửa dữ liệu của tổ chức này." />;
  const o = found.organisation;
  // Sequential: the embedded database has a single connection.
  const { list, form } = await records(o.id);
  const approvedYears = await listApprovedYears(prisma, o.id);
  // A submitted dossier locks the records: read-only until withdrawn.
  const lock = lockInfo(o.id, (await getOrganisationApproval(viewer, prisma, o.id)).submitted);
  return (
    <div className="space-y-6">
      <EntryHeader organisation={o} title={props.title} year={todayInVietnam().getUTCFullYear()} />
      <SubmissionLockNote lock={lock} scope={props.scope} canWithdraw />
      {approvedYears.length > 0 && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Số liệu các năm {approvedYears.join(", ")} đã được duyệt: bản ghi có thời gian hiệu lực phủ một năm đã duyệt
          không sửa, xoá được cho đến khi Phòng TC-KH mở lại năm đó.
        </p>
      )}
      <fieldset disabled={lock !== null} className="min-w-0 space-y-6 disabled:opacity-70">
        <legend className="sr-only">
          {props.title}
          {lock ? " (chỉ xem: hồ sơ đã gửi duyệt)" : ""}
        </legend>
        <section aria-labelledby="danh-sach" className="space-y-3">
          <h2 id="danh-sach" className="text-lg font-semibold">
            Đã ghi nhận
          </h2>
          {list}
        </section>
        <section aria-labelledby="them-moi" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="them-moi" className="text-lg font-semibold">
            {props.addTitle}
          </h2>
          {form}
        </section>
      </fieldset>
    </div>
  );
}
