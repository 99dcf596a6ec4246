"use client";
// A page-wide message for an action whose form goes away when it succeeds (a deleted
// row, a member who left): "Đã xoá …", with "Hoàn tác" where the action can be undone.
// The live region is always in the page, so screen readers announce what is put in it;
// the message stays until it is closed or replaced (no timer to race an undo).
import { createContext, useCallback, useContext, useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/domain/actions/action-result";

type Undo = { label?: string; run: () => Promise<ActionResult<unknown>>; done: string };
type Notice = { key: number; message: ReactNode; undo?: Undo };
type Show = (message: ReactNode, undo?: Undo) => void;

const NoticeContext = createContext<Show>(() => {});

export function useNotice(): Show {
  return useContext(NoticeContext);
}

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const show = useCallback<Show>((message, undo) => {
    setError(null);
    setNotice({ key: Date.now(), message, undo });
  }, []);
  const undo = notice?.undo;
  return (
    <NoticeContext value={show}>
      {children}
      <div
        // a live region without role=status: it is always in the page, and a form's own
        // role=status message must stay the page's one "status" (tests find it by role)
        aria-live="polite"
        aria-atomic="true"
        className="no-print pointer-events-none fixed inset-x-3 bottom-3 z-50 flex justify-center md:left-auto md:right-4 md:max-w-md"
      >
        {notice && (
          <div
            key={notice.key}
            className="pointer-events-auto flex w-full flex-wrap items-center gap-3 rounded-lg border border-brand-600 bg-white p-3 text-sm shadow-lg"
            data-testid="notice"
          >
            <p className="flex-1">{notice.message}</p>
            {error && (
              <p role="alert" className="w-full text-red-800">
                {error}
              </p>
            )}
            {undo && (
              <button
                type="button"
                disabled={pending}
                className="min-h-9 rounded border border-brand-700 px-3 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
                onClick={() =>
                  startTransition(async () => {
                    const res = await undo.run();
                    if (res.ok) setNotice({ key: Date.now(), message: undo.done });
                    else setError(res.error);
                  })
                }
              >
                {pending ? "Đang hoàn tác…" : (undo.label ?? "Hoàn tác")}
              </button>
            )}
            <button
              type="button"
              className="min-h-9 rounded px-2 text-slate-700 hover:bg-slate-100"
              onClick={() => setNotice(null)}
              aria-label="Đóng thông báo"
            >
              ✕
            </button>
          </div>
        )}
      </div>
    </NoticeContext>
  );
}
