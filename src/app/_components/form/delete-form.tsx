"use client";
// "Xoá" for one stored row: its id and version (a row changed since is refused). It asks
// first; on success the row disappears and the page-wide notice says what was deleted,
// a failure shows next to the button.
import type { ActionResult } from "@/domain/actions/action-result";
import { useNotice } from "../notice";
import { ActionForm, FormMessage, useActionForm } from "./action-form";
import { ConfirmSubmit } from "./confirm-submit";
import type { FormState } from "./form-state";

/** "Xoá liên kết với X" → "Đã xoá liên kết với X." */
const doneText = (label: string) => `Đã ${label.charAt(0).toLowerCase()}${label.slice(1)}.`;

export function DeleteForm({
  action,
  id,
  version,
  label,
  inline = false,
}: {
  action: (prev: FormState, payload: FormData) => Promise<ActionResult<unknown>>;
  id: number;
  version: number;
  /** What is deleted, as the button's accessible name: "Xoá liên kết với X". */
  label: string;
  /** Within a line of text (message after the button) rather than a block of its own. */
  inline?: boolean;
}) {
  const notice = useNotice();
  const form = useActionForm(action, { onSuccess: () => notice(doneText(label)) });
  return (
    <ActionForm form={form} hidden={{ id, version }} className={inline ? "inline" : "space-y-1"} showMessage={!inline}>
      <ConfirmSubmit label="Xoá" aria-label={label} question={`${label}?`} confirmLabel="Xoá" />
      {inline && <FormMessage />}
    </ActionForm>
  );
}
