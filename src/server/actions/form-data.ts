// FormData → plain object for zod. A key sent several times (checkboxes, multi-select)
// becomes an array; React's internal "$ACTION_…" keys are dropped.
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
