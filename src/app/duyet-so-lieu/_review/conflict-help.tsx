"use client";
import type { ReactNode } from "react";
import type { FormState } from "@/app/_components/form/form-state";
import { secondaryButtonClass } from "@/app/_components/form/styles";

/** A refused decision; when the dossier changed since the page was opened, a way to
 *  reload it. */
export function ConflictHelp({ state }: { state: FormState }) {
  if (!state || state.ok) return null;
  return (
    <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p>{state.error}</p>
      {/tải lại trang/i.test(state.error) && (
        <button type="button" className={secondaryButtonClass} onClick={() => window.location.reload()}>
          Tải lại trang để xem nội dung mới
        </button>
      )}
    </div>
  );
}

/** What a decision did, in a box that outlives the page's refresh. */
export function DoneNote({ children, className = "p-3" }: { children: ReactNode; className?: string }) {
  return (
    <div
      role="status"
      className={`space-y-1 rounded border border-brand-600 bg-brand-50 ${className} text-sm text-brand-900`}
    >
      {children}
    </div>
  );
}
