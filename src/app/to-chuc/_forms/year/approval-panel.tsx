"use client";
import Link from "next/link";
import type { ChecklistItem } from "@/domain/approval/submission-flags";
import type { YearDossier } from "@/server/dossier/get-year-dossier";
import type { LockInfo } from "@/server/approval/organisation-approval";
import { submitReport } from "@/server/approval/submit-report.action";
import { ActionForm, FormMessage, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { failure } from "@/app/_components/form/form-state";
import { SubmissionLockNote } from "@/app/_components/entry/submission-lock";
import type { YearIds } from "./ids";
import { ReopenForm } from "./reopen-form";

function Checklist({ items }: { items: ChecklistItem[] }) {
  return (
    <ul className="space-y-1 text-sm" data-testid="submit-checklist">
      {items.map((i) => (
        <li key={i.text} className="flex gap-2">
          <span aria-hidden="true" className={i.done ? "text-brand-700" : "text-amber-700"}>
            {i.done ? "✓" : "⚠"}
          </span>
          <span>
            <span className="sr-only">{i.done ? "Đã có: " : "Cần xem lại: "}</span>
            {i.text}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** At the top of the dossier: why the forms below may be read-only, and the way out
 *  (withdraw a submitted dossier); the district's comment on a returned one. */
export function DossierNotes({ report, lock }: { report: YearDossier["report"]; lock: LockInfo | null }) {
  return (
    <>
      {report?.approvalStatus === "RETURNED" && report.reviewComment && (
        <p role="note" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          Huyện trả lại hồ sơ với ý kiến: <strong>{report.reviewComment}</strong>. Sửa theo ý kiến rồi gửi duyệt lại.
        </p>
      )}
      <SubmissionLockNote
        lock={lock}
        scope="các biểu mẫu của năm này và sổ đăng ký của tổ chức (thông tin, thành viên, liên kết, công nghệ cao)"
        canWithdraw
      />
    </>
  );
}

type SendProps = {
  ids: YearIds;
  organisationName: string;
  report: YearDossier["report"];
  canApprove: boolean;
  checklist: ChecklistItem[];
};

/** The last step of the dossier: send it, with the checklist of what is missing beside
 *  the button (warnings only); open it for review, or reopen an approved year (district).
 *  Holds the send action's state so its message outlives the refresh. */
export function SendPanel({ ids, organisationName, report, canApprove, checklist }: SendProps) {
  const send = useActionForm(submitReport);
  const s = report?.approvalStatus ?? null;
  const missing = checklist.filter((i) => !i.done).length;
  return (
    <div className="space-y-3">
      {send.state?.ok && (
        <FormMessage
          state={send.state}
          success={`Đã gửi duyệt hồ sơ năm ${ids.year} của ${organisationName}. Huyện sẽ xem và duyệt; trong lúc chờ, hồ sơ bị khoá.`}
        />
      )}
      {s === "SUBMITTED" && (
        <p className="text-sm">Hồ sơ đã gửi, đang chờ huyện duyệt. Muốn sửa, dùng “Rút lại để sửa” ở đầu trang.</p>
      )}
      {s === "APPROVED" && <p className="text-sm">Hồ sơ năm {ids.year} đã được duyệt.</p>}
      {canApprove && s === "SUBMITTED" && (
        <p className="text-sm">
          <Link
            href={`/duyet-so-lieu/${ids.organisationId}/${ids.year}`}
            className="font-semibold text-brand-800 underline"
          >
            Mở trang duyệt hồ sơ (xem toàn bộ thay đổi so với năm trước)
          </Link>
        </p>
      )}
      {(s === null || s === "DRAFT" || s === "RETURNED") && (
        <ActionForm
          form={send}
          className="space-y-3"
          aria-labelledby="truoc-khi-gui"
          showMessage={false}
          hidden={{ ...ids, version: report?.version ?? "" }}
        >
          <FormMessage state={failure(send.state)} />
          <h3 id="truoc-khi-gui" className="font-semibold">
            Còn thiếu gì trước khi gửi{missing > 0 ? ` (${missing} mục cần xem lại)` : ""}
          </h3>
          {/* the checklist beside the button on a wide screen, above it on a phone */}
          <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,18rem)] md:items-start">
            <Checklist items={checklist} />
            <div className="space-y-2">
              <SubmitButton label="Gửi duyệt" pendingLabel="Đang gửi…" />
              <p className="text-xs text-slate-700">
                Các mục cần xem lại chỉ là cảnh báo: vẫn gửi được (ví dụ để gửi thông tin và sổ thành viên của tổ chức
                mới trước khi có báo cáo năm). Sau khi gửi, hồ sơ bị khoá cho đến khi huyện duyệt, trả lại hoặc bạn rút
                lại.
              </p>
            </div>
          </div>
        </ActionForm>
      )}
      {canApprove && s === "APPROVED" && report && (
        <ReopenForm ids={ids} version={report.version} organisationName={organisationName} />
      )}
    </div>
  );
}
