// The 11 targets in one table at the top of the overview: the committee's first
// question ("which targets are behind?") answered in one screen, on a phone too. The
// status chips above it filter the table and the cards (?trang_thai=…, shareable), and
// each row links to its card, where the chart and the formula are.
import Link from "next/link";
import type { ProgressStatus } from "@/domain/targets/progress";
import { COMPARATOR_SIGNS, PROGRESS_STATUS_COLOURS, PROGRESS_STATUS_LABELS } from "@/domain/targets/labels";
import { formatPercent, formatTargetValue } from "@/domain/format/number";
import type { TargetEvaluation } from "@/domain/targets/compute";
import { StatusBadge } from "../_components/dashboard/status-badge";
import type { Dashboard } from "@/server/targets/get-dashboard";
import { Table } from "../_components/table";

export const STATUS_ORDER: ProgressStatus[] = [
  "ACHIEVED",
  "ON_TRACK",
  "NEEDS_ACCELERATION",
  "OFF_TRACK",
  "NOT_ENOUGH_DATA",
];

/** "?trang_thai=OFF_TRACK" → OFF_TRACK; anything else → no status filter. */
export function statusFilter(value: string | string[] | undefined): ProgressStatus | null {
  const v = Array.isArray(value) ? value[0] : value;
  return STATUS_ORDER.find((s) => s === v) ?? null;
}

function goalText(t: TargetEvaluation): string {
  return `${COMPARATOR_SIGNS[t.comparator]} ${formatTargetValue(t.target, t.unit === "PERCENT")} (${t.horizonYear})`;
}

function planText(t: TargetEvaluation): string {
  if (!t.judged || t.value === null) return "—";
  return t.percentOfTarget === null ? "—" : formatPercent(t.percentOfTarget);
}

/** The chips: how many targets stand at each status, each a link that filters. */
export function StatusChips({ d, base, selected }: { d: Dashboard; base: string; selected: ProgressStatus | null }) {
  const chip = "flex min-h-9 items-center gap-2 rounded-full border px-3 py-1";
  return (
    <ul className="flex flex-wrap gap-2 text-sm" data-testid="status-summary" aria-label="Lọc chỉ tiêu theo tiến độ">
      <li>
        <Link
          href={`/?${base}#bang-chi-tieu`}
          aria-current={selected === null ? "true" : undefined}
          className={`${chip} ${selected === null ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-200 bg-white"}`}
        >
          Tất cả: <strong>{d.targets.length}</strong>
        </Link>
      </li>
      {STATUS_ORDER.map((s) => {
        const n = d.targets.filter((t) => t.status === s).length;
        return (
          <li key={s}>
            <Link
              href={`/?${base}&trang_thai=${s}#bang-chi-tieu`}
              aria-current={selected === s ? "true" : undefined}
              data-testid={`chip-${s}`}
              className={`${chip} ${selected === s ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-200 bg-white"}`}
            >
              <span
                className="inline-block h-3 w-3 rounded-full"
                style={{ backgroundColor: PROGRESS_STATUS_COLOURS[s].hex }}
                aria-hidden="true"
              />
              {PROGRESS_STATUS_LABELS[s]}: <strong>{n}</strong>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function Scoreboard({
  d,
  year,
  judged,
  base,
  selected,
}: {
  d: Dashboard;
  year: number;
  judged: boolean;
  /** The overview's query without the status filter. */
  base: string;
  selected: ProgressStatus | null;
}) {
  const rows = selected ? d.targets.filter((t) => t.status === selected) : d.targets;
  return (
    <section aria-labelledby="bang-chi-tieu" className="space-y-2">
      <h2 id="bang-chi-tieu" className="scroll-mt-4 text-lg font-semibold">
        Các chỉ tiêu năm {year}
        {selected && ` · ${PROGRESS_STATUS_LABELS[selected].toLowerCase()}`}
      </h2>
      {judged ? (
        <StatusChips d={d} base={base} selected={selected} />
      ) : (
        <p className="text-sm text-slate-700" data-testid="status-summary-none">
          {d.closure.provisional
            ? `Chưa đánh giá tiến độ năm ${year} vì năm chưa khoá sổ.`
            : Object.keys(d.allocated).length > 0
              ? `Chỉ các chỉ tiêu có mức giao cho ${Object.values(d.allocated)[0]!.unitName} được đánh giá, so với mức giao.`
              : "Không đánh giá tiến độ khi đang lọc một phần địa bàn, loại hình hoặc lĩnh vực."}
        </p>
      )}
      <Table
        caption={`Giá trị năm ${year} của các chỉ tiêu so với mục tiêu, tỷ lệ đạt kế hoạch và tiến độ`}
        label="Bảng các chỉ tiêu"
        testId="scoreboard"
        columns={[
          "Chỉ tiêu",
          { label: "Giá trị", numeric: true },
          { label: "Mục tiêu", numeric: true, className: "hidden sm:table-cell" },
          { label: "% kế hoạch", numeric: true, className: "hidden sm:table-cell" },
          "Tiến độ",
        ]}
      >
        {rows.map((t) => (
          <tr key={t.code} className="border-t border-slate-100" data-testid={`score-${t.code}`}>
            <th scope="row" className="px-3 py-1.5 text-left font-normal">
              <a href={`#chi-tieu-${t.code}`} className="text-brand-800 underline decoration-slate-300">
                {t.title}
              </a>
              <span className="block text-xs text-slate-600 sm:hidden">
                Mục tiêu {goalText(t)}
                {t.judged && t.percentOfTarget !== null && ` · đạt ${planText(t)} kế hoạch`}
              </span>
            </th>
            <td className="px-3 py-1.5 text-right font-semibold whitespace-nowrap">
              {t.value === null ? (
                <span className="font-normal text-slate-600">{t.missing ? "Chưa có số liệu" : "Chưa đủ số liệu"}</span>
              ) : (
                formatTargetValue(t.value, t.unit === "PERCENT")
              )}
            </td>
            <td className="hidden px-3 py-1.5 text-right whitespace-nowrap sm:table-cell">{goalText(t)}</td>
            <td className="hidden px-3 py-1.5 text-right sm:table-cell">{planText(t)}</td>
            <td className="px-3 py-1.5">
              <StatusBadge t={t} />
            </td>
          </tr>
        ))}
      </Table>
      {selected && (
        <p className="text-sm">
          Đang xem {rows.length} chỉ tiêu “{PROGRESS_STATUS_LABELS[selected]}”.{" "}
          <Link href={`/?${base}#bang-chi-tieu`} className="text-brand-800 underline">
            Xem tất cả chỉ tiêu
          </Link>
        </p>
      )}
    </section>
  );
}
