"use client";
// The reviewer's decisions. Each asks for confirmation in a dialog and says afterwards
// what happened; the state lives in components that stay mounted when the page refreshes
// after the action, so the message survives. Approvals carry the dossier's version and the
// fingerprint of the changes shown ("seen"): a dossier changed since is refused with a
// conflict message (transition.ts).
import Link from "next/link";
import { approveReport } from "@/server/approval/approve-report.action";
import { returnReport } from "@/server/approval/return-report.action";
import { formatInteger } from "@/domain/format/number";
import { ConfirmSubmit } from "@/app/_components/entry/confirm-dialog";
import { ActionForm, Hidden, useActionForm } from "@/app/_components/form/action-form";
import { TextAreaField } from "@/app/_components/form/fields";
import { dangerButtonClass } from "@/app/_components/form/styles";
import { ConflictHelp, DoneNote } from "./conflict-help";

export type DecisionProps = {
  organisationId: number;
  organisationName: string;
  year: number;
  version: number;
  seen: string;
  status: "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";
  changeCount: number;
  flagCount: number;
};

const decisionClass = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";

/** Approve or return one dossier, on its page. */
export function DossierDecision(p: DecisionProps) {
  const approve = useActionForm(approveReport);
  const giveBack = useActionForm(returnReport);
  const ids = { organisationId: p.organisationId, year: p.year, version: p.version };
  const backToList = (
    <p>
      <Link href={`/duyet-so-lieu?nam=${p.year}`} className="underline">
        Về danh sách hồ sơ chờ duyệt
      </Link>
    </p>
  );
  return (
    <div className="space-y-4" data-testid="dossier-decision">
      {approve.state?.ok && (
        <DoneNote>
          <p className="font-semibold">
            Đã duyệt hồ sơ năm {p.year} của {p.organisationName}; số liệu đã được tính vào các chỉ tiêu.
          </p>
          {backToList}
        </DoneNote>
      )}
      {giveBack.state?.ok && (
        <DoneNote>
          <p className="font-semibold">
            Đã trả lại hồ sơ năm {p.year} của {p.organisationName} cho xã kèm ý kiến; xã sửa xong sẽ gửi duyệt lại.
          </p>
          {backToList}
        </DoneNote>
      )}
      {p.status === "SUBMITTED" && (
        <div className="grid gap-4 md:grid-cols-2">
          <ActionForm form={approve} formId="duyet" className={decisionClass} showMessage={false}>
            <h3 className="font-semibold">Duyệt hồ sơ</h3>
            <ConflictHelp state={approve.state} />
            <Hidden values={{ ...ids, seen: p.seen }} />
            <TextAreaField name="comment" label="Ý kiến (không bắt buộc)" />
            <ConfirmSubmit
              label="Duyệt hồ sơ"
              title={`Duyệt hồ sơ năm ${p.year} của ${p.organisationName}?`}
              confirmLabel="Xác nhận duyệt"
              pending={approve.pending}
            >
              <p>
                {p.changeCount > 0
                  ? `${formatInteger(p.changeCount)} thay đổi trên trang này sẽ được tính vào các chỉ tiêu ngay sau khi duyệt.`
                  : "Hồ sơ không có thay đổi nào chờ duyệt; duyệt để xác nhận số liệu năm."}{" "}
                Số liệu năm {p.year} của tổ chức bị khoá cho đến khi Phòng TC-KH mở lại.
              </p>
              {p.flagCount > 0 && (
                <p className="font-semibold text-amber-900">
                  Hồ sơ có {p.flagCount} cảnh báo chất lượng số liệu; hãy chắc rằng đã xem xét chúng.
                </p>
              )}
            </ConfirmSubmit>
          </ActionForm>
          <ActionForm form={giveBack} formId="tra-lai" className={decisionClass} showMessage={false}>
            <h3 className="font-semibold">Trả lại cho xã</h3>
            <ConflictHelp
              state={giveBack.state && !giveBack.state.ok && !giveBack.state.fieldErrors ? giveBack.state : null}
            />
            <Hidden values={ids} />
            <TextAreaField name="comment" label="Lý do trả lại" required />
            <ConfirmSubmit
              label="Trả lại"
              title={`Trả lại hồ sơ năm ${p.year} của ${p.organisationName}?`}
              confirmLabel="Xác nhận trả lại"
              pending={giveBack.pending}
              className={dangerButtonClass}
              confirmClassName={dangerButtonClass}
            >
              <p>
                Hồ sơ trở về cho xã kèm lý do đã ghi; các thay đổi chưa được tính vào chỉ tiêu. Xã sửa rồi gửi duyệt
                lại.
              </p>
            </ConfirmSubmit>
          </ActionForm>
        </div>
      )}
    </div>
  );
}
