"use client";
// A file input that speaks Vietnamese: the browser's own button and status ("Choose
// File", "No file chosen") follow the browser's language, not the page's. The real
// input stays in the label, focusable and visually hidden; the visible button and the
// file's name are ours.
import { useState } from "react";

export function FileField({
  name,
  label,
  accept,
  required,
}: {
  name: string;
  label: string;
  accept?: string;
  required?: boolean;
}) {
  const [fileName, setFileName] = useState<string | null>(null);
  return (
    <label className="flex flex-col">
      <span className="font-semibold">{label}</span>
      <input
        type="file"
        name={name}
        accept={accept}
        required={required}
        className="peer sr-only"
        onChange={(e) => setFileName(e.currentTarget.files?.[0]?.name ?? null)}
      />
      <span className="mt-1 flex cursor-pointer items-center gap-3 rounded border border-slate-300 bg-white p-1.5 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-700">
        <span className="rounded bg-slate-100 px-3 py-1 font-semibold text-slate-900 hover:bg-slate-200">
          Chọn tệp…
        </span>
        <span className={fileName ? "text-slate-900" : "text-slate-600"} data-testid={`${name}-chosen`}>
          {fileName ?? "Chưa chọn tệp"}
        </span>
      </span>
    </label>
  );
}
