"use client";
import { useActionState } from "react";
import { approveReport } from "@/server/entry/approval/approve-report.action";
import { returnReport } from "@/server/entry/approval/return-report.action";
import {
  buttonClass,
  dangerButtonClass,
  FormMessage,
  TextField,
  type FormState,
} from "@/app/_components/entry/form-parts";

type Target = { organisationId: number; year: number; version: number; name: string };

export function ReviewForms({ target }: { target: Target }) {
  const [approved, approve, approving] = useActionState<FormState, FormData>(approveReport, null);
  const [returned, doReturn, returning] = useActionState<FormState, FormData>(returnReport, null);
  const hidden = (
    <>
      <input type="hidden" name="organisationId" value={target.organisationId} />
      <input type="hidden" name="year" value={target.year} />
      <input type="hidden" name="version" value={target.version} />
    </>
  );
  return (
    <div className="flex flex-wrap items-start gap-3">
      <form action={approve}>
        {hidden}
        <FormMessage state={approved && !approved.ok ? approved : null} />
        <button type="submit" disabled={approving} className={buttonClass} aria-label={`Duyệt số liệu ${target.name}`}>
          Duyệt
        </button>
      </form>
      <form action={doReturn} className="flex flex-wrap items-end gap-2">
        {hidden}
        <FormMessage state={returned && !returned.ok && !returned.fieldErrors ? returned : null} />
        <TextField state={returned} formId={`tra-${target.organisationId}`} name="comment" label="Lý do trả lại" />
        <button
          type="submit"
          disabled={returning}
          className={dangerButtonClass}
          aria-label={`Trả lại số liệu ${target.name}`}
        >
          Trả lại
        </button>
      </form>
    </div>
  );
}
