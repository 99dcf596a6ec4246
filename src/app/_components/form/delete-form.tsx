"use client";
// "Xoá" for one stored row: its id and version (a row changed since is refused), the
// failure shown next to the button (the row simply disappears on success).
import type { ActionResult } from "@/domain/actions/action-result";
import { ActionForm, FormMessage, SubmitButton, useActionForm } from "./action-form";
import type { FormState } from "./form-state";
import { dangerButtonClass } from "./styles";

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
  /** The button's accessible name: what is deleted. */
  label: string;
  /** Within a line of text (message after the button) rather than a block of its own. */
  inline?: boolean;
}) {
  const form = useActionForm(action);
  return (
    <ActionForm form={form} hidden={{ id, version }} className={inline ? "inline" : "space-y-1"} showMessage={!inline}>
      <SubmitButton label="Xoá" pendingLabel={null} className={dangerButtonClass} aria-label={label} />
      {inline && <FormMessage />}
    </ActionForm>
  );
}
