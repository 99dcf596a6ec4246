import { PROGRESS_STATUS_COLOURS, PROGRESS_STATUS_LABELS } from "@/domain/targets/labels";
import type { ProgressStatus } from "@/domain/targets/progress";
import type { Dashboard } from "@/server/targets/get-dashboard";

const STATUS_ORDER: ProgressStatus[] = ["ACHIEVED", "ON_TRACK", "NEEDS_ACCELERATION", "OFF_TRACK", "NOT_ENOUGH_DATA"];

/** How many targets stand at each status; only a judged year (closed, unfiltered) has one. */
export function StatusSummary({ d, year, judged }: { d: Dashboard; year: number; judged: boolean }) {
  const statusCounts = STATUS_ORDER.map((s) => ({ s, n: d.targets.filter((t) => t.status === s).length }));
  return (
    <section aria-labelledby="tom-tat">
      <h2 id="tom-tat" className="sr-only">
        Tóm tắt tiến độ
      </h2>
      {!judged ? (
        <p className="text-sm text-slate-700" data-testid="status-summary-none">
          {d.closure.provisional
            ? `Không tóm tắt tiến độ cho năm ${year} vì năm chưa khoá sổ.`
            : "Không tóm tắt tiến độ khi đang lọc một phần địa bàn, loại hình hoặc lĩnh vực."}
        </p>
      ) : (
        <ul className="flex flex-wrap gap-2 text-sm" data-testid="status-summary">
          {statusCounts.map(({ s, n }) => (
            <li key={s} className="flex items-center gap-2 rounded-full border border-slate-200 bg-white px-3 py-1">
              <span
                className="inline-block h-3 w-3 rounded-full"
                style={{ backgroundColor: PROGRESS_STATUS_COLOURS[s].hex }}
                aria-hidden="true"
              />
              {PROGRESS_STATUS_LABELS[s]}: <strong>{n}</strong> chỉ tiêu
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
