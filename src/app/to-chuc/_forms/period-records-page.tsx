// The page shell shared by the organisation's period-based records (value-chain
// linkages, high-technology applications): the submission lock (read-only while a dossier
// is submitted, with "Rút lại để sửa"), the approved-years lock note, the list of what is
// recorded, and the form to add one.
import type { ReactNode } from "react";
import type { getEntryOrganisation } from "@/server/organisation/get-entry-organisation";
import { todayInVietnam } from "@/domain/time/vietnam";
import type { LockInfo } from "@/server/approval/organisation-approval";
import { SubmissionLockNote } from "@/app/_components/entry/submission-lock";
import { EntryHeader } from "./entry-header";

type EntryOrganisation = NonNullable<Awaited<ReturnType<typeof getEntryOrganisation>>>["organisation"];

export function PeriodRecordsPage(props: {
  organisation: EntryOrganisation;
  title: string;
  addTitle: string;
  approvedYears: number[];
  /** A submitted dossier locks the register: read-only until withdrawn. */
  lock: LockInfo | null;
  /** What is read-only, for the lock's note ("liên kết chuỗi giá trị"). */
  scope: string;
  list: ReactNode;
  form: ReactNode;
}) {
  return (
    <div className="space-y-6">
      <EntryHeader organisation={props.organisation} title={props.title} year={todayInVietnam().getUTCFullYear()} />
      <SubmissionLockNote lock={props.lock} scope={props.scope} canWithdraw />
      {props.approvedYears.length > 0 && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Số liệu các năm {props.approvedYears.join(", ")} đã được duyệt: bản ghi có thời gian hiệu lực phủ một năm đã
          duyệt không sửa, xoá được cho đến khi Phòng TC-KH mở lại năm đó.
        </p>
      )}
      <fieldset disabled={props.lock !== null} className="min-w-0 space-y-6 disabled:opacity-70">
        <legend className="sr-only">
          {props.title}
          {props.lock ? " (chỉ xem: hồ sơ đã gửi duyệt)" : ""}
        </legend>
        <section aria-labelledby="danh-sach" className="space-y-3">
          <h2 id="danh-sach" className="text-lg font-semibold">
            Đã ghi nhận
          </h2>
          {props.list}
        </section>
        <section aria-labelledby="them-moi" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="them-moi" className="text-lg font-semibold">
            {props.addTitle}
          </h2>
          {props.form}
        </section>
      </fieldset>
    </div>
  );
}
