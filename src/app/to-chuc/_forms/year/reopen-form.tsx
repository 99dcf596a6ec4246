"use client";
import { reopenReport } from "@/server/approval/reopen-report.action";
import { ActionForm, useActionForm } from "@/app/_components/form/action-form";
import { TextAreaField } from "@/app/_components/form/fields";
import { dangerButtonClass } from "@/app/_components/form/styles";
import { ConfirmSubmit } from "@/app/_components/entry/confirm-dialog";
import type { YearIds } from "./ids";

/** The district reopens an approved year for changes. */
export function ReopenForm({ ids, version }: { ids: YearIds; version: number }) {
  const form = useActionForm(reopenReport);
  return (
    <ActionForm
      form={form}
      formId="mo-lai"
      className="space-y-2 rounded border border-slate-200 p-3"
      success="Đã mở lại hồ sơ: số liệu năm này lại sửa được."
      hidden={{ ...ids, version }}
    >
      <TextAreaField name="comment" label="Lý do mở lại" required />
      <label className="flex flex-col text-sm">
        <span className="font-semibold">Sau khi mở lại</span>
        <select name="to" defaultValue="RETURNED" className="mt-1 rounded border border-slate-300 p-2">
          <option value="RETURNED">Trả lại cho xã</option>
          <option value="DRAFT">Về nháp</option>
        </select>
      </label>
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
