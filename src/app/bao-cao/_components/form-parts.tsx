"use client";
// Small helpers of the report forms (refill after a failed action, errors per field).
import type { ActionResult } from "@/server/actions/action-result";

export type FormState = ActionResult<unknown> | null;

export const inputClass = "mt-1 rounded border border-slate-300 p-2 aria-[invalid=true]:border-red-600";

/** The submitted value to refill an input with after a failed action (React 19 resets forms). */
export function submitted(state: FormState, name: string): string | undefined {
  if (!state || state.ok) return undefined;
  const v = state.values?.[name];
  return Array.isArray(v) ? v[0] : v;
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
