// What a form knows after its action ran, and how to read a field back from it. React 19
// resets uncontrolled inputs after a form action, so a failed action returns the submitted
// values and the fields refill themselves from them. Pure: usable on either side.
import type { ActionResult } from "@/domain/actions/action-result";

export type FormState = ActionResult<unknown> | null;

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
  const v = submitted(state, name);
  if (v !== undefined) return v;
  return fallback === null || fallback === undefined ? "" : String(fallback);
}

export function fieldErrors(state: FormState, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}

/** Only the failure, for places that show no success message of their own. */
export function failure(state: FormState): FormState {
  return state && !state.ok ? state : null;
}

/** Options from a label map, in its order; `empty` adds a first blank option. */
export function optionsOf(labels: Record<string, string>, empty?: string): [string, string][] {
  const out: [string, string][] = Object.entries(labels);
  return empty === undefined ? out : [["", empty], ...out];
}
