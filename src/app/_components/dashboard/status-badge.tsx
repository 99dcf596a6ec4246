// No hooks and no "use client": the overview's table shows a status with the same words
// and colours as the target cards.
import type { TargetEvaluation } from "@/domain/targets/compute";
import { PROGRESS_STATUS_COLOURS, PROGRESS_STATUS_LABELS } from "@/domain/targets/labels";

/** The status words of a target: the same on the chips, in this table and on the cards. */
export function StatusBadge({ t }: { t: Pick<TargetEvaluation, "status" | "provisional" | "progress"> }) {
  if (t.status === null)
    return t.provisional ? (
      <span className="whitespace-nowrap rounded-full border border-dashed border-slate-500 px-2 py-0.5 text-xs font-semibold text-slate-700">
        Tạm tính
      </span>
    ) : (
      <span className="text-xs text-slate-600">Không đánh giá</span>
    );
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <span
        className="whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold text-white"
        style={{ backgroundColor: PROGRESS_STATUS_COLOURS[t.status].hex }}
      >
        {PROGRESS_STATUS_LABELS[t.status]}
      </span>
      {t.progress?.deteriorating && <span className="text-xs text-red-800">đang giảm sút</span>}
    </span>
  );
}
