// A server component: nothing in a card responds to the user but its chart (the client
// island of lazy-charts.tsx) and its <details> (the browser's own). As a client component
// its code and its figures' formatting ran again in the phone's browser while the page
// hydrated (Lighthouse's TBT); as a server component the browser only matches its HTML.
//
// A card judges its figure only when it may: a closed year in the whole programme
// scope. A provisional year says so with the approved dossiers ("x/y hồ sơ đã duyệt");
// a narrowed view shows the share of the whole and the trend; nothing reported reads
// "Chưa có số liệu", never 0.
import type { TargetEvaluation } from "@/domain/targets/compute";
import { trendText } from "@/domain/targets/compute";
import {
  COMPARATOR_SIGNS,
  FLAG_LABELS,
  PROGRESS_STATUS_COLOURS,
  PROGRESS_STATUS_LABELS,
} from "@/domain/targets/labels";
import { formatInteger, formatPercent, formatTargetValue } from "@/domain/format/number";
import type { TargetDefinition } from "@/domain/targets/definitions";
import type { ShareOfWhole } from "@/domain/dashboard/narrowed";
import { TargetChart } from "./lazy-charts";

/** Colour of a figure that is not judged. */
const NEUTRAL = "#475569";

export function TargetCard({
  t,
  def,
  dossiers,
  share,
  goalOf = "toàn địa bàn",
  missingUnits = [],
}: {
  t: TargetEvaluation;
  def: Pick<TargetDefinition, "explanation" | "sourceText">;
  /** Provisional year: the selection's approved and total yearly dossiers. */
  dossiers?: { approved: number; total: number };
  /** Narrowed view: the whole programme scope's figure. */
  share?: ShareOfWhole;
  /** Whose goal the target is: the whole territory, or "mức giao cho Xã …". */
  goalOf?: string;
  /** Communes (or higher units) with no dossier for the year. */
  missingUnits?: string[];
}) {
  const percent = t.unit === "PERCENT";
  const colour = t.status === null ? NEUTRAL : PROGRESS_STATUS_COLOURS[t.status].hex;
  const deteriorating = t.progress?.deteriorating === true;
  const narrowed = share !== undefined;
  return (
    <article
      className="flex scroll-mt-4 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid"
      aria-labelledby={`t-${t.code}`}
      id={`chi-tieu-${t.code}`}
      data-testid={`target-${t.code}`}
    >
      <header className="flex items-start justify-between gap-2">
        <h3 id={`t-${t.code}`} className="text-sm font-semibold leading-snug">
          {t.title}
          <span className="block text-xs font-normal text-slate-600">
            Mục tiêu {t.horizonYear} ({goalOf}): {COMPARATOR_SIGNS[t.comparator]} {formatTargetValue(t.target, percent)}
          </span>
        </h3>
        {t.status !== null ? (
          <span
            className="shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold text-white"
            style={{ backgroundColor: colour }}
            data-testid={`status-${t.code}`}
          >
            {PROGRESS_STATUS_LABELS[t.status]}
            {deteriorating && " · đang giảm sút"}
          </span>
        ) : t.provisional ? (
          <span
            className="shrink-0 rounded-full border border-dashed border-slate-500 px-2 py-0.5 text-xs font-semibold text-slate-700"
            data-testid={`provisional-${t.code}`}
          >
            Tạm tính
          </span>
        ) : null}
      </header>
      {t.value === null ? (
        <p className="text-lg font-semibold text-slate-600" data-testid={`value-${t.code}`}>
          {t.missing ? "Chưa có số liệu" : "Chưa đủ số liệu"}
        </p>
      ) : (
        <p className="text-3xl font-bold" data-testid={`value-${t.code}`}>
          {formatTargetValue(t.value, percent)}
        </p>
      )}
      <div className="space-y-0.5 text-xs text-slate-700" data-testid={`note-${t.code}`}>
        {t.judged && t.value !== null && (
          <p>
            {t.percentOfTarget === null
              ? "Chưa tính được % kế hoạch"
              : `Đạt ${formatPercent(t.percentOfTarget)} kế hoạch`}
            {t.met === false && " · chưa đạt mục tiêu"}
            {t.met === true && " · đã đạt mục tiêu"}
          </p>
        )}
        {t.provisional && dossiers && (
          <p data-testid={`dossiers-${t.code}`}>
            Năm {t.year} tạm tính: {formatInteger(dossiers.approved)}/{formatInteger(dossiers.total)} hồ sơ đã duyệt
          </p>
        )}
        {narrowed && t.value !== null && <ShareLine t={t} share={share} />}
        {narrowed && <p>{trendText(t.trend, t.unit)}</p>}
      </div>
      <TargetChart
        title={t.title}
        series={t.series}
        target={narrowed ? null : t.target}
        horizonYear={t.horizonYear}
        trendFrom={t.trend?.to ?? null}
        projection={t.projection}
        percent={percent}
        colour={colour}
      />
      {(t.series.some((p) => p.provisional) || t.series.some((p) => p.missing)) && (
        <p className="text-xs text-slate-600">
          {t.series.some((p) => p.provisional) && "○ điểm rỗng: năm tạm tính. "}
          {t.series.some((p) => p.missing) && "Đường đứt quãng: năm chưa có số liệu. "}
          Xu hướng chỉ tính từ các năm đã khoá sổ.
        </p>
      )}
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
                  {p.provisional && " (tạm tính)"}
                </th>
                {p.missing ? (
                  <td colSpan={percent ? 3 : 2} className="text-right italic text-slate-600">
                    Chưa có số liệu
                  </td>
                ) : (
                  <>
                    <td className="text-right">{p.numerator === null ? "—" : formatInteger(p.numerator)}</td>
                    {!percent ? null : (
                      <td className="text-right">{p.denominator === null ? "—" : formatInteger(p.denominator)}</td>
                    )}
                    <td className="text-right">{formatTargetValue(p.value, percent)}</td>
                  </>
                )}
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
          {missingUnits.length > 0 && (
            <>
              <dt className="font-semibold">Đơn vị chưa có hồ sơ năm {t.year}</dt>
              <dd data-testid={`missing-units-${t.code}`}>
                {missingUnits.join(", ")}: chưa có số liệu, không tính là 0.
              </dd>
            </>
          )}
          <dt className="font-semibold">Tiến độ</dt>
          <dd>{t.statusExplanation}</dd>
          {t.trend && (
            <>
              <dt className="font-semibold">Xu hướng</dt>
              <dd>{trendText(t.trend, t.unit)}.</dd>
            </>
          )}
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

/** "Chiếm 14,3 % toàn địa bàn (35)"; for a rate, the whole's rate and the numerator's share. */
function ShareLine({ t, share }: { t: TargetEvaluation; share: ShareOfWhole }) {
  const percent = t.unit === "PERCENT";
  const whole = share.wholeValue === null ? "chưa có số liệu" : formatTargetValue(share.wholeValue, percent);
  return (
    <p data-testid={`share-${t.code}`}>
      {percent
        ? `Toàn địa bàn: ${whole}${share.share === null ? "" : ` · tử số chiếm ${formatPercent(share.share)} toàn địa bàn`}`
        : share.share === null
          ? `Toàn địa bàn: ${whole}`
          : `Chiếm ${formatPercent(share.share)} toàn địa bàn (${whole})`}
    </p>
  );
}
