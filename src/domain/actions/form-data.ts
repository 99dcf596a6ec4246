// A form's input, the same on either side of the network: FormData → plain object for
// zod, the values sent back to refill a form, zod issues → errors per field. Pure, so a
// form can run its action's schema in the browser before the round trip (useActionForm's
// `schema`) and the server runs the very same one (defineAction).
import type { z } from "zod";
import type { ActionResult } from "./action-result";

/** The message above a form whose fields failed their checks. */
export const INVALID_INPUT = "Dữ liệu chưa hợp lệ, hãy sửa các ô được đánh dấu";

/** A key sent several times (checkboxes, multi-select) becomes an array; React's internal
 *  "$ACTION_…" keys are dropped. */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(fd.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = fd.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

/** Submitted text values to send back to a form, without anything password-like. */
export function echoValues(input: unknown): Record<string, string | string[]> | undefined {
  if (!input || typeof input !== "object") return undefined;
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (/password|secret|token/i.test(k)) continue;
    if (typeof v === "string") out[k] = v.slice(0, 2000);
    else if (typeof v === "number" || typeof v === "boolean") out[k] = String(v);
    else if (Array.isArray(v)) out[k] = v.filter((x) => typeof x === "string" || typeof x === "number").map(String);
  }
  return out;
}

/** zod issues → { "field.path": ["message", …] }; issues without a path go under "_form". */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The failure a form shows when `payload` does not pass `schema`; null when it does. */
export function invalidInput(schema: z.ZodType, payload: FormData): Extract<ActionResult<never>, { ok: false }> | null {
  const raw = formDataToObject(payload);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return null;
  return { ok: false, error: INVALID_INPUT, fieldErrors: zodFieldErrors(parsed.error), values: echoValues(raw) };
}
