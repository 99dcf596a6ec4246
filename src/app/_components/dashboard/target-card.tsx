"use client";
// A client component although it has no state: its props (one evaluation and two
// strings) are a few hundred bytes, while the element tree it renders, if it were a
// server component, would travel in the page's RSC payload as well as in its HTML.
// Eleven cards were 60 % of the overview's bytes and most of its render time.
import type { TargetEvaluation } from "@/domain/targets/compute";
import {
  COMPARATOR_SIGNS,
  FLAG_LABELS,
  PROGRESS_STATUS_COLOURS,
  PROGRESS_STATUS_LABELS,
} from "@/domain/targets/labels";
import { formatInteger, formatPercent, formatTargetValue } from "@/domain/format/number";
import type { TargetDefinition } from "@/domain/targets/definitions";
import { TargetChart } from "./target-chart";

export function TargetCard({
  t,
  def,
}: {
  t: TargetEvaluation;
  def: Pick<TargetDefinition, "explanation" | "sourceText">;
}) {
  const percent = t.unit === "PERCENT";
  const colour = PROGRESS_STATUS_COLOURS[t.status];
  const deteriorating = t.progress.deteriorating === true;
  return (
    <article
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid"
      aria-labelledby={`t-${t.code}`}
      data-testid={`target-${t.code}`}
    >
      <header className="flex items-start justify-between gap-2">
        <h3 id={`t-${t.code}`} className="text-sm font-semibold leading-snug">
          {t.title}
          <span className="block text-xs font-normal text-slate-600">
            Mục tiêu {t.horizonYear}: {COMPARATOR_SIGNS[t.comparator]} {formatTargetValue(t.target, percent)}
          </span>
        </h3>
        <span
          className="shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold text-white"
          style={{ backgroundColor: colour.hex }}
          data-testid={`status-${t.code}`}
        >
          {deteriorating ? "Đang giảm sút" : PROGRESS_STATUS_LABELS[t.status]}
        </span>
      </header>
      <p className="text-3xl font-bold" data-testid={`value-${t.code}`}>
        {formatTargetValue(t.value, percent)}
      </p>
      <p className="text-xs text-slate-700">
        {t.percentOfTarget === null ? "Chưa tính được % kế hoạch" : `Đạt ${formatPercent(t.percentOfTarget)} kế hoạch`}
        {t.met === false && " · chưa đạt mục tiêu"}
        {t.met === true && " · đã đạt mục tiêu"}
      </p>
      <TargetChart
        title={t.title}
        series={t.series.map((p) => ({ year: p.year, value: p.value }))}
        target={t.target}
        horizonYear={t.horizonYear}
        projection={t.projection}
        percent={percent}
        colour={colour.hex}
      />
      <details className="text-xs">
        <summary className="cursor-pointer font-semibold text-brand-800">Bảng số liệu và cách tính</summary>
        <table className="mt-2 w-full">
          <caption className="sr-only">Số liệu theo năm của chỉ tiêu {t.title}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col">Năm</th>
              <th scope="col" className="text-right">
                Tử số
              </th>
              {!percent ? null : (
                <th scope="col" className="text-right">
                  Mẫu số
                </th>
              )}
              <th scope="col" className="text-right">
                Giá trị
              </th>
            </tr>
          </thead>
          <tbody>
            {t.series.map((p) => (
              <tr key={p.year}>
                <th scope="row" className="text-left font-normal">
                  {p.year}
                </th>
                <td className="text-right">{formatInteger(p.numerator)}</td>
                {!percent ? null : (
                  <td className="text-right">{p.denominator === null ? "—" : formatInteger(p.denominator)}</td>
                )}
                <td className="text-right">{formatTargetValue(p.value, percent)}</td>
              </tr>
            ))}
            {t.projection && (
              <tr className="italic text-slate-600">
                <th scope="row" className="text-left font-normal">
                  {t.projection.year} (dự báo)
                </th>
                <td />
                {!percent ? null : <td />}
                <td className="text-right">{formatTargetValue(t.projection.value, percent)}</td>
              </tr>
            )}
          </tbody>
        </table>
        <dl className="mt-2 space-y-1">
          <dt className="font-semibold">Định nghĩa</dt>
          <dd>{def.explanation}</dd>
          <dt className="font-semibold">Nguyên văn Chương trình</dt>
          <dd className="italic">“{def.sourceText}”</dd>
          <dt className="font-semibold">Năm {t.year}</dt>
          <dd data-testid={`formula-${t.code}`}>{t.formula}</dd>
          <dt className="font-semibold">Tiến độ</dt>
          <dd>{t.statusExplanation}</dd>
        </dl>
        {t.flags.length > 0 && (
          <ul className="mt-2 list-disc space-y-1 pl-4 text-amber-900" aria-label="Lưu ý về số liệu">
            {t.flags.map((f) => (
              <li key={f.code}>{FLAG_LABELS[f.code].replace("{n}", formatInteger(f.count ?? 0))}</li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-slate-600">
          <a href="#cach-danh-gia" className="underline">
            Cách đánh giá tiến độ
          </a>{" "}
          (chung cho mọi chỉ tiêu).
        </p>
      </details>
    </article>
  );
}
