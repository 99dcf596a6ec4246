"use client";
import type { ActionResult } from "@/server/actions/action-result";

export type FormState = ActionResult<unknown> | null;

export const inputClass = "mt-1 rounded border border-slate-300 p-2 aria-[invalid=true]:border-red-600";

/** The submitted value to refill an input with after a failed action (React 19 resets forms). */
export function submitted(state: FormState, name: string): string | undefined {
  if (!state || state.ok) return undefined;
  const v = state.values?.[name];
  return Array.isArray(v) ? v[0] : v;
}

export function submittedList(state: FormState, name: string): string[] | undefined {
  if (!state || state.ok) return undefined;
  const v = state.values?.[name];
  return v === undefined ? undefined : Array.isArray(v) ? v : [v];
}

export function fieldErrors(state: FormState, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}

export function FieldError({ id, state, name }: { id: string; state: FormState; name: string }) {
  const errors = fieldErrors(state, name);
  if (!errors?.length) return null;
  return (
    <span id={id} className="mt-1 text-sm text-red-700">
      {errors.join("; ")}
    </span>
  );
}

export function FormMessage({ state, success }: { state: FormState; success?: string }) {
  if (!state) return null;
  if (state.ok) {
    return success ? (
      <p role="status" className="rounded border border-brand-600 bg-brand-50 p-2 text-sm text-brand-800">
        {success}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
      {state.error}
    </p>
  );
}

export type CommuneOption = { id: number; name: string; validTo: string | null };

export function CommuneCheckboxes({
  communes,
  checked,
  state,
}: {
  communes: CommuneOption[];
  checked: number[];
  state: FormState;
}) {
  const values = submittedList(state, "communeIds");
  const isChecked = (id: number) => (values ? values.includes(String(id)) : checked.includes(id));
  const invalid = !!fieldErrors(state, "communeIds")?.length;
  return (
    <fieldset
      className="text-sm"
      aria-describedby={invalid ? "communeIds-error" : "communeIds-hint"}
      aria-invalid={invalid || undefined}
    >
      <legend className="font-semibold">Xã, thị trấn được nhập liệu</legend>
      <p id="communeIds-hint" className="text-xs text-slate-600">
        Chỉ dùng cho vai trò Cán bộ xã; các vai trò khác không cần chọn.
      </p>
      <div className="mt-1 grid max-h-48 gap-1 overflow-y-auto rounded border border-slate-200 p-2 sm:grid-cols-2">
        {communes.map((c) => (
          <label key={c.id} className="flex items-center gap-2">
            <input type="checkbox" name="communeIds" value={c.id} defaultChecked={isChecked(c.id)} />
            <span>
              {c.name}
              {c.validTo ? <span className="text-xs text-slate-600"> (đến {c.validTo})</span> : null}
            </span>
          </label>
        ))}
      </div>
      <FieldError id="communeIds-error" state={state} name="communeIds" />
    </fieldset>
  );
}
