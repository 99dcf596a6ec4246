"use client";
// One form bound to one server action. The action's state, its pending flag and the
// form's id prefix travel down a context, so the fields, the message and the submit
// button inside need only their own props, and every form refills, reports and disables
// itself the same way.
import { createContext, useActionState, useContext, type ReactNode, type Ref } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/domain/actions/action-result";
import { invalidInput } from "@/domain/actions/form-data";
import type { FormState } from "./form-state";
import { buttonClass, cardClass } from "./styles";

type Scope = { state: FormState; formId: string; pending: boolean };
const ScopeContext = createContext<Scope>({ state: null, formId: "form", pending: false });

export function useFormScope(): Scope {
  return useContext(ScopeContext);
}

/** Gives the fields below a state and an id prefix (unique per page: several forms may
 *  have a field of the same name). ActionForm sets it; use it alone for a form that is
 *  built by hand. */
export function FormScope({
  state,
  formId,
  pending = false,
  children,
}: {
  state: FormState;
  formId: string;
  pending?: boolean;
  children: ReactNode;
}) {
  return <ScopeContext value={{ state, formId, pending }}>{children}</ScopeContext>;
}

export type ActionForm<T> = {
  state: FormState;
  action: (payload: FormData) => void;
  pending: boolean;
  /** What the action returned, once it succeeded. */
  data: T | null;
};

export function useActionForm<T>(
  serverAction: (prev: FormState, payload: FormData) => Promise<ActionResult<T>>,
  options: {
    onSuccess?: (data: T) => void;
    /** The action's own schema (from src/domain): checked in the browser first, so a
     *  mistyped field is reported at once, the same words as the server would use. */
    schema?: z.ZodType;
  } = {},
): ActionForm<T> {
  const { onSuccess, schema } = options;
  // onSuccess runs as the action returns: a form whose row goes away on success (a
  // delete) never renders its own "ok" state, so the page-wide notice is told here.
  const run =
    onSuccess || schema
      ? async (prev: FormState, payload: FormData) => {
          const invalid = schema && invalidInput(schema, payload);
          if (invalid) return invalid;
          const result = await serverAction(prev, payload);
          if (result.ok) onSuccess?.(result.data);
          return result;
        }
      : serverAction;
  const [state, action, pending] = useActionState<FormState, FormData>(run, null);
  return { state, action, pending, data: state?.ok ? (state.data as T) : null };
}

export type HiddenValues = Record<string, string | number | null | undefined>;

/** Hidden inputs in the given order; null is sent as "", undefined leaves the input out. */
export function Hidden({ values }: { values: HiddenValues }) {
  return Object.entries(values).map(([name, value]) =>
    value === undefined ? null : <input key={name} type="hidden" name={name} value={value ?? ""} />,
  );
}

/** The action's outcome: its error (role=alert), or `success` (role=status) when given. */
export function FormMessage({ state, success }: { state?: FormState; success?: ReactNode }) {
  const scope = useFormScope();
  const s = state === undefined ? scope.state : state;
  if (!s) return null;
  if (s.ok) {
    return success ? (
      <p role="status" className="rounded border border-brand-600 bg-brand-50 p-2 text-sm text-brand-800">
        {success}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
      {s.error}
    </p>
  );
}

/** The form's submit button, disabled while the action runs; `pendingLabel={null}` keeps
 *  the label while it runs. */
export function SubmitButton({
  label,
  pendingLabel = "Đang lưu…",
  className = buttonClass,
  "aria-label": ariaLabel,
}: {
  label: ReactNode;
  pendingLabel?: ReactNode;
  className?: string;
  "aria-label"?: string;
}) {
  const { pending } = useFormScope();
  return (
    <button type="submit" disabled={pending} className={className} aria-label={ariaLabel}>
      {pending && pendingLabel !== null ? pendingLabel : label}
    </button>
  );
}

/**
 * A <form> running `form`'s action, in this order: its heading (an h2 that labels it),
 * the action's message, the hidden inputs, then the children.
 */
export function ActionForm<T>({
  form,
  formId = "form",
  hidden,
  title,
  titleId,
  success,
  showMessage = true,
  className = cardClass,
  children,
  ref,
  "aria-label": ariaLabel,
  "aria-labelledby": labelledBy,
}: {
  form: ActionForm<T>;
  formId?: string;
  hidden?: HiddenValues;
  title?: ReactNode;
  titleId?: string;
  success?: ReactNode;
  /** false: the children place the message themselves (<FormMessage />). */
  showMessage?: boolean;
  className?: string;
  children: ReactNode;
  ref?: Ref<HTMLFormElement>;
  "aria-label"?: string;
  "aria-labelledby"?: string;
}) {
  return (
    <FormScope state={form.state} formId={formId} pending={form.pending}>
      <form
        noValidate
        ref={ref}
        action={form.action}
        className={className}
        aria-label={ariaLabel}
        aria-labelledby={labelledBy ?? (title !== undefined ? titleId : undefined)}
      >
        {title !== undefined && (
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
        )}
        {showMessage && <FormMessage success={success} />}
        {hidden && <Hidden values={hidden} />}
        {children}
      </form>
    </FormScope>
  );
}
