"use client";
import { reopenReport } from "@/server/approval/reopen-report.action";
import { ActionForm, useActionForm } from "@/app/_components/form/action-form";
import { SelectField, TextAreaField } from "@/app/_components/form/fields";
import { dangerButtonClass } from "@/app/_components/form/styles";
import { ConfirmSubmit } from "@/app/_components/entry/confirm-dialog";
import { useNotice } from "@/app/_components/notice";
import type { YearIds } from "./ids";

/** The district reopens an approved year for changes. The form goes away with the
 *  approval, so the page-wide notice says it was done. */
export function ReopenForm({
  ids,
  version,
  organisationName,
}: {
  ids: YearIds;
  version: number;
  organisationName: string;
}) {
  const notice = useNotice();
  const form = useActionForm(reopenReport, {
    onSuccess: () => notice(`Đã mở lại hồ sơ năm ${ids.year} của ${organisationName}: số liệu năm này lại sửa được.`),
  });
  return (
    <ActionForm
      form={form}
      formId="mo-lai"
      className="space-y-2 rounded border border-slate-200 p-3"
      hidden={{ ...ids, version }}
    >
      <TextAreaField name="comment" label="Lý do mở lại" required />
      <SelectField
        name="to"
        label="Sau khi mở lại"
        defaultValue="RETURNED"
        options={[
          ["RETURNED", "Trả lại cho xã"],
          ["DRAFT", "Về nháp"],
        ]}
      />
      <ConfirmSubmit
        label="Mở lại để sửa"
        title={`Mở lại hồ sơ năm ${ids.year}?`}
        confirmLabel="Mở lại"
        pending={form.pending}
        className={dangerButtonClass}
        confirmClassName={dangerButtonClass}
      >
        <p>
          Số liệu năm {ids.year} sẽ sửa được trở lại. Các số liệu đã duyệt vẫn được tính vào chỉ tiêu; thay đổi mới của
          xã phải được gửi và duyệt lại.
        </p>
      </ConfirmSubmit>
    </ActionForm>
  );
}
