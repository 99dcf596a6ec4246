"use client";
// A destructive submit in two steps: the first click only asks ("Xoá liên kết với X?")
// and offers the confirming button and "Huỷ"; nothing is sent until the second.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useFormScope } from "./action-form";
import { dangerButtonClass, secondaryButtonClass } from "./styles";

export function ConfirmSubmit({
  label,
  question,
  confirmLabel,
  className = dangerButtonClass,
  "aria-label": ariaLabel,
}: {
  label: ReactNode;
  /** What will happen, as a question. */
  question: ReactNode;
  confirmLabel: string;
  className?: string;
  "aria-label"?: string;
}) {
  const { pending } = useFormScope();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // keyboard focus follows the question, and comes back when it is cancelled
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) askRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button ref={askRef} type="button" className={className} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-testid="confirm">
      <span className="text-sm font-semibold">{question}</span>
      <button ref={confirmRef} type="submit" disabled={pending} className={dangerButtonClass}>
        {pending ? "Đang thực hiện…" : confirmLabel}
      </button>
      <button type="button" disabled={pending} className={secondaryButtonClass} onClick={() => setAsking(false)}>
        Huỷ
      </button>
    </span>
  );
}
