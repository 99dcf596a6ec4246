"use client";
import { useActionState } from "react";
import { addReportComment } from "@/server/reports/add-report-comment.action";
import { FormMessage } from "@/app/_components/form/action-form";
import { FieldError } from "@/app/_components/form/fields";
import { fieldErrors, type FormState, submitted } from "@/app/_components/form/form-state";
import { inputClass } from "@/app/_components/form/styles";

type Props = {
  reportId: number;
  /** [key, label] of the sections a comment can be about. */
  sections: readonly (readonly [string, string])[];
  /** The section preselected ("" for the whole report). */
  section: string;
};

/** A comment on the whole report or on one section of it. */
export function CommentForm({ reportId, sections, section }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(addReportComment, null);
  return (
    <form noValidate action={action} className="space-y-2" aria-label="Gửi góp ý">
      <FormMessage state={state} success="Đã gửi góp ý." />
      <input type="hidden" name="reportId" value={reportId} />
      <label className="flex flex-col text-sm">
        <span className="font-semibold">Góp ý cho</span>
        <select
          name="sectionKey"
          defaultValue={submitted(state, "sectionKey") ?? section}
          aria-invalid={fieldErrors(state, "sectionKey")?.length ? true : undefined}
          aria-describedby="sectionKey-error"
          className={inputClass}
        >
          <option value="">Toàn báo cáo</option>
          {sections.map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
        <FieldError id="sectionKey-error" state={state} name="sectionKey" />
      </label>
      <label className="flex flex-col text-sm">
        <span className="font-semibold">Góp ý</span>
        <textarea
          name="body"
          rows={3}
          defaultValue={submitted(state, "body")}
          aria-invalid={fieldErrors(state, "body")?.length ? true : undefined}
          aria-describedby="body-error"
          className={inputClass}
        />
        <FieldError id="body-error" state={state} name="body" />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Đang gửi…" : "Gửi góp ý"}
      </button>
    </form>
  );
}
