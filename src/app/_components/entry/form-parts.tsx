"use client";
// Pieces shared by every form of the app: labelled fields with their error next to them
// (aria-invalid + aria-describedby), refilled from the returned state after a failed
// action (React 19 resets uncontrolled inputs after a form action).
import type { ReactNode } from "react";
import type { ActionResult } from "@/domain/actions/action-result";

export type FormState = ActionResult<unknown> | null;

export const inputClass = "mt-1 rounded border border-slate-300 p-2 aria-[invalid=true]:border-red-600";
export const buttonClass =
  "rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const dangerButtonClass =
  "rounded bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60";
export const secondaryButtonClass =
  "rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60";

/** The submitted value to refill an input with after a failed action, if any. */
export function submitted(state: FormState, name: string): string | undefined {
  if (!state || state.ok) return undefined;
  const v = state.values?.[name];
  return Array.isArray(v) ? v[0] : v;
}

/** All submitted values of a repeated field (checkbox groups) after a failed action. */
export function submittedList(state: FormState, name: string): string[] | undefined {
  if (!state || state.ok) return undefined;
  const v = state.values?.[name];
  return v === undefined ? undefined : Array.isArray(v) ? v : [v];
}

/** The submitted value after a failed action, else `fallback` (the stored value). */
export function refill(state: FormState, name: string, fallback?: string | number | null): string {
  if (state && !state.ok) {
    const v = state.values?.[name];
    if (v !== undefined) return Array.isArray(v) ? (v[0] ?? "") : v;
  }
  return fallback === null || fallback === undefined ? "" : String(fallback);
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

export function FormMessage({ state, success }: { state: FormState; success?: ReactNode }) {
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

type Common = {
  state: FormState;
  /** Unique per page: several forms may have a field of the same name. */
  formId: string;
  name: string;
  label: string;
  hint?: string;
  className?: string;
};

function describedBy(formId: string, name: string, state: FormState, hint?: string) {
  const ids = [];
  if (hint) ids.push(`${formId}-${name}-hint`);
  if (fieldErrors(state, name)?.length) ids.push(`${formId}-${name}-error`);
  return ids.length ? ids.join(" ") : undefined;
}

export function TextField({
  state,
  formId,
  name,
  label,
  hint,
  className,
  defaultValue,
  type = "text",
  inputMode,
  required,
  autoComplete = "off",
  placeholder,
}: Common & {
  defaultValue?: string | number | null;
  type?: "text" | "date" | "number" | "search";
  inputMode?: "numeric" | "decimal" | "text";
  required?: boolean;
  autoComplete?: string;
  placeholder?: string;
}) {
  const id = `${formId}-${name}`;
  return (
    <label className={`flex flex-col text-sm ${className ?? ""}`} htmlFor={id}>
      <span className="font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </span>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        placeholder={placeholder}
        required={required}
        defaultValue={refill(state, name, defaultValue)}
        aria-invalid={fieldErrors(state, name)?.length ? true : undefined}
        aria-describedby={describedBy(formId, name, state, hint)}
        className={inputClass}
      />
      {hint ? (
        <span id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} state={state} name={name} />
    </label>
  );
}

export function SelectField({
  state,
  formId,
  name,
  label,
  hint,
  className,
  defaultValue,
  options,
  required,
}: Common & {
  defaultValue?: string | number | null;
  options: readonly (readonly [string, string])[];
  required?: boolean;
}) {
  const id = `${formId}-${name}`;
  return (
    <label className={`flex flex-col text-sm ${className ?? ""}`} htmlFor={id}>
      <span className="font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </span>
      <select
        id={id}
        name={name}
        required={required}
        defaultValue={refill(state, name, defaultValue)}
        aria-invalid={fieldErrors(state, name)?.length ? true : undefined}
        aria-describedby={describedBy(formId, name, state, hint)}
        className={inputClass}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {hint ? (
        <span id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} state={state} name={name} />
    </label>
  );
}

export function TextAreaField({
  state,
  formId,
  name,
  label,
  hint,
  className,
  defaultValue,
  required,
}: Common & { defaultValue?: string | null; required?: boolean }) {
  const id = `${formId}-${name}`;
  return (
    <label className={`flex flex-col text-sm ${className ?? ""}`} htmlFor={id}>
      <span className="font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </span>
      <textarea
        id={id}
        name={name}
        rows={2}
        required={required}
        defaultValue={refill(state, name, defaultValue)}
        aria-invalid={fieldErrors(state, name)?.length ? true : undefined}
        aria-describedby={describedBy(formId, name, state, hint)}
        className={inputClass}
      />
      {hint ? (
        <span id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} state={state} name={name} />
    </label>
  );
}

/** Options from a label map, in its order; `empty` adds a first blank option. */
export function optionsOf(labels: Record<string, string>, empty?: string): [string, string][] {
  const out: [string, string][] = Object.entries(labels);
  return empty === undefined ? out : [["", empty], ...out];
}
