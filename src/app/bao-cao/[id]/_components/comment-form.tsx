"use client";
import { addReportComment } from "@/server/reports/add-report-comment.action";
import { ActionForm, SubmitButton, useActionForm } from "@/app/_components/form/action-form";
import { SelectField, TextAreaField } from "@/app/_components/form/fields";

type Props = {
  reportId: number;
  /** [key, label] of the sections a comment can be about. */
  sections: readonly (readonly [string, string])[];
  /** The section preselected ("" for the whole report). */
  section: string;
};

/** A comment on the whole report or on one section of it. */
export function CommentForm({ reportId, sections, section }: Props) {
  const form = useActionForm(addReportComment);
  return (
    <ActionForm
      form={form}
      formId=""
      hidden={{ reportId }}
      className="space-y-2"
      aria-label="Gửi góp ý"
      success="Đã gửi góp ý."
    >
      <SelectField
        name="sectionKey"
        label="Góp ý cho"
        options={[["", "Toàn báo cáo"], ...sections]}
        defaultValue={section}
      />
      <TextAreaField name="body" label="Góp ý" rows={3} />
      <SubmitButton label="Gửi góp ý" pendingLabel="Đang gửi…" />
    </ActionForm>
  );
}
