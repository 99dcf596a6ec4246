"use client";
// A submit button that asks first: it opens a native modal <dialog> (focus moves into it,
// to "Huỷ", its first button, and stays there; Escape or "Huỷ" closes it and focus returns
// to the button) saying what
// will happen; its confirm button submits the enclosing form. The form's own validation
// (a required comment) runs before the dialog opens.
import { useId, useRef, type ReactNode } from "react";
import { buttonClass, secondaryButtonClass } from "@/app/_components/form/styles";

export function ConfirmSubmit({
  label,
  title,
  confirmLabel,
  children,
  pending = false,
  className = buttonClass,
  confirmClassName = buttonClass,
  triggerLabel,
  disabled = false,
}: {
  /** The button's text. */
  label: string;
  /** The dialog's heading. */
  title: string;
  confirmLabel: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  pending?: boolean;
  className?: string;
  confirmClassName?: string;
  /** Accessible name of the button when its text is not enough ("Duyệt hồ sơ … "). */
  triggerLabel?: string;
  disabled?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const id = useId();
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={className}
        disabled={pending || disabled}
        aria-label={triggerLabel}
        aria-haspopup="dialog"
        onClick={() => {
          const form = trigger.current?.form;
          if (form && !form.reportValidity()) return;
          dialog.current?.showModal();
        }}
      >
        {pending ? "Đang xử lý…" : label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={`${id}-body`} className="mt-2 space-y-2 text-sm">
          {children}
        </div>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <button type="button" className={secondaryButtonClass} onClick={() => dialog.current?.close()}>
            Huỷ
          </button>
          <button
            type="submit"
            className={confirmClassName}
            onClick={() => setTimeout(() => dialog.current?.close(), 0)}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
