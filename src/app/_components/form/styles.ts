// The class names of the form controls, in one place so every form looks the same.
// Plain strings (no "use client"): server pages use them for their GET forms too.
export const inputClass =
  "mt-1 min-w-0 max-w-full rounded border border-slate-300 p-2 aria-[invalid=true]:border-red-600";
export const buttonClass =
  "rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const dangerButtonClass =
  "rounded bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60";
export const secondaryButtonClass =
  "rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60";
/** A form or section standing on its own as a white card. */
export const cardClass = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";
