"use client";
// Why a form is read-only, and the way out: a submitted dossier is locked until it is
// withdrawn ("Rút lại để sửa": back to draft, to be sent again) or returned by the
// district; an approved year until the district reopens it. Stays mounted after a
// withdrawal so its success message survives the page's refresh.
import { useActionState } from "react";
import { withdrawReport } from "@/server/approval/withdraw-report.action";
import { ConfirmSubmit } from "./confirm-dialog";
import { FormMessage } from "@/app/_components/form/action-form";
import { type FormState } from "@/app/_components/form/form-state";
import { buttonClass, secondaryButtonClass } from "@/app/_components/form/styles";

import type { LockInfo } from "@/server/approval/organisation-approval";

export function SubmissionLockNote({
  lock,
  scope,
  canWithdraw,
}: {
  lock: LockInfo | null;
  /** What is read-only, e.g. "các biểu mẫu của năm này", "sổ thành viên". */
  scope: string;
  canWithdraw: boolean;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(withdrawReport, null);
  const done = state?.ok ? (state.data as { year: number }) : null;
  return (
    <div className="space-y-2" data-testid="submission-lock">
      {done && (
        <FormMessage
          state={state}
          success={`Đã rút lại hồ sơ năm ${done.year} về bản nháp: các biểu mẫu đã mở để sửa. Sửa xong, hãy bấm “Gửi duyệt” lại để huyện duyệt.`}
        />
      )}
      {lock?.status === "SUBMITTED" && (
        <div role="note" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p>
            <strong>
              Hồ sơ năm {lock.year} đã gửi duyệt{lock.submittedOn ? ` lúc ${lock.submittedOn}` : ""} — đang chờ huyện
              duyệt.
            </strong>{" "}
            Trong lúc chờ, {scope} chỉ xem, không sửa được.
            {canWithdraw ? " Muốn sửa, bấm “Rút lại để sửa”." : " Muốn sửa, cán bộ xã cần rút lại hồ sơ."}
          </p>
          {canWithdraw && (
            <form noValidate action={action} className="space-y-2">
              {state && !state.ok && <FormMessage state={state} />}
              <input type="hidden" name="organisationId" value={lock.organisationId} />
              <input type="hidden" name="year" value={lock.year} />
              <input type="hidden" name="version" value={lock.version} />
              <ConfirmSubmit
                label="Rút lại để sửa"
                title={`Rút lại hồ sơ năm ${lock.year}?`}
                confirmLabel="Rút lại để sửa"
                pending={pending}
                className={secondaryButtonClass}
                confirmClassName={buttonClass}
              >
                <p>
                  Hồ sơ năm {lock.year} sẽ trở về <strong>bản nháp</strong>: huyện không duyệt được nữa cho đến khi hồ
                  sơ được gửi lại.
                </p>
                <p>
                  Sau khi sửa, hãy bấm “Gửi duyệt” lại. Số liệu đã sửa vẫn chưa được tính vào các chỉ tiêu cho đến khi
                  huyện duyệt.
                </p>
              </ConfirmSubmit>
            </form>
          )}
        </div>
      )}
      {lock?.status === "APPROVED" && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Số liệu năm {lock.year} của tổ chức này đã được duyệt{lock.approvedOn ? ` lúc ${lock.approvedOn}` : ""}; cần
          Phòng TC-KH mở lại để sửa.
        </p>
      )}
    </div>
  );
}
