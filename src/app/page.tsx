import { groupUnitsForPicker } from "@/domain/territory/unit-label";
import { compareVietnamese } from "@/domain/format/collate";
import { connection } from "next/server";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import type { BreakdownRow, Pending } from "@/server/targets/get-dashboard";
import { getDashboardCached } from "@/server/read-model/dashboard-cache";
import { dashboardFiltersSchema, dashboardQuery } from "@/domain/dashboard/filters";
import { formatDate } from "@/domain/format/date";
import { formatInteger, formatTargetValue } from "@/domain/format/number";
import { PROGRESS_STATUS_COLOURS, PROGRESS_STATUS_LABELS } from "@/domain/targets/labels";
import { PROGRESS_METHOD_TEXT } from "@/domain/targets/progress";
import { approvedDossiersText, closingRuleText, defaultOverviewYear } from "@/domain/targets/closing";
import { getYearClosureCached } from "@/server/targets/year-closure";
import { RATING_LEVEL_LABELS } from "@/domain/labels";
import { BREAKDOWN_LEVEL_LABELS } from "@/domain/dashboard/breakdown";
import type { ProgressStatus } from "@/domain/targets/progress";
import type { TargetCode } from "@/domain/targets/definitions";
import { DashboardFiltersForm } from "./_components/dashboard/filters-form";
import { TargetCard } from "./_components/dashboard/target-card";
import { BreakdownBarChart } from "./_components/dashboard/bar-chart";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { ORG_TYPE, SECTOR } from "@/domain/enums";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_ORDER: ProgressStatus[] = ["ACHIEVED", "ON_TRACK", "NEEDS_ACCELERATION", "OFF_TRACK", "NOT_ENOUGH_DATA"];

/** Key figures shown per commune, sector and type. */
const BREAKDOWN_TARGETS: { code: TargetCode; short: string }[] = [
  { code: "THT_COUNT", short: "THT" },
  { code: "HTX_COUNT", short: "HTX" },
  { code: "THT_MEMBERS", short: "TV THT" },
  { code: "HTX_MEMBERS", short: "TV HTX" },
  { code: "HTX_GOOD_FAIR", short: "HTX tốt, khá" },
  { code: "HTX_VALUE_CHAIN", short: "HTX liên kết chuỗi" },
  { code: "HTX_HIGH_TECH", short: "HTX CNC" },
  { code: "POP_SHARE", short: "Dân số tham gia" },
  { code: "ORG_DIGITAL", short: "Chuyển đổi số" },
];

export default async function OverviewPage({ searchParams }: Props) {
  await connection();
  await requireViewer();
  const today = todayIsoInVietnam();
  // Without a year in the URL the overview opens on the latest closed year.
  const closure = await getYearClosureCached(prisma, today);
  const filters = dashboardFiltersSchema(today, defaultOverviewYear(closure)).parse(await searchParams);
  const d = await getDashboardCached(prisma, filters, { today, rule: closure.rule });
  const judged = !d.closure.provisional && !d.narrowed;
  const missingYears = new Set(d.missingYears);
  const latestClosed = closure.closedYears[closure.closedYears.length - 1];
  const provisionalLabel = (y: number) => (d.closure.closedYears.includes(y) ? String(y) : `${y} (tạm tính)`);
  const defByCode = new Map(d.definitions.map((x) => [x.code, x]));
  const years: number[] = [];
  for (let y = Number(today.slice(0, 4)); y >= Math.min(d.firstYear, filters.year); y--) years.push(y);
  const statusCounts = STATUS_ORDER.map((s) => ({ s, n: d.targets.filter((t) => t.status === s).length }));
  // current units first, dissolved ones after, marked with where they count today
  const pickerUnits = groupUnitsForPicker(d.areaOptions, compareVietnamese);
  const communeOptions = [...pickerUnits.current, ...pickerUnits.former].map((o) => ({
    value: String(o.id),
    label: o.label,
  }));
  const breakdownLabels = BREAKDOWN_LEVEL_LABELS[d.breakdownLevel];
  const areaFilterLabel = BREAKDOWN_LEVEL_LABELS[d.areaOptionsLevel].column;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Tổng quan tiến độ các chỉ tiêu</h1>
        <p className="text-sm text-slate-700" data-testid="dashboard-scope">
          {d.scopeName}
          {filters.communeIds.length > 0 &&
            ` · ${filters.communeIds.length} ${areaFilterLabel.toLowerCase()} được chọn`}{" "}
          · năm {filters.year}, tính đến ngày {formatDate(filters.asOf)} ·{" "}
          {filters.includeUnapproved ? "gồm cả số liệu chưa duyệt" : "chỉ số liệu đã được duyệt"}
        </p>
        <p
          className={`mt-2 rounded border p-2 text-sm ${d.closure.provisional ? "border-slate-400 border-dashed bg-slate-50 text-slate-800" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
          data-testid="year-closure"
        >
          {d.closure.provisional ? (
            <>
              <strong>Năm {filters.year} chưa khoá sổ: số liệu tạm tính</strong> ({approvedDossiersText(d.dossiers)}
              {d.narrowed ? " trong phạm vi đang lọc" : ""}). Chưa đánh giá tiến độ so với mục tiêu; xu hướng và dự báo
              chỉ tính từ các năm đã khoá sổ.
              {latestClosed !== undefined && latestClosed !== filters.year && (
                <>
                  {" "}
                  <a
                    href={`/?${dashboardQuery(filters, { year: latestClosed, asOf: `${latestClosed}-12-31`, asOfChosen: false })}`}
                    className="underline"
                  >
                    Xem năm {latestClosed} (đã khoá sổ)
                  </a>
                  .
                </>
              )}
            </>
          ) : (
            <>
              <strong>Năm {filters.year} đã khoá sổ.</strong>
            </>
          )}{" "}
          <span className="text-slate-700">{closingRuleText(d.closure.rule)}</span>
        </p>
        {d.narrowed && (
          <div
            className="mt-2 rounded border border-sky-300 bg-sky-50 p-2 text-sm text-sky-900"
            data-testid="narrowed-note"
          >
            <p>
              Đang xem một phần của địa bàn Chương trình (theo bộ lọc): các chỉ tiêu không được so với mục tiêu đặt cho
              toàn địa bàn. Mỗi thẻ cho biết giá trị, tỷ trọng trong toàn địa bàn cùng năm và xu hướng.
            </p>
            {d.hiddenNotes.map((n) => (
              <p key={n} data-testid="hidden-note">
                {n}
              </p>
            ))}
          </div>
        )}
        {d.missingUnits.length > 0 && (
          <p className="mt-2 rounded border border-slate-300 bg-white p-2 text-sm" data-testid="missing-units">
            Chưa có hồ sơ năm {filters.year} (chưa có số liệu, không tính là 0): {d.missingUnits.join(", ")}.
          </p>
        )}
        {d.pending.submitted + d.pending.notSubmitted > 0 && (
          <p
            className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900"
            data-testid="pending-note"
          >
            Năm {filters.year} còn {formatInteger(d.pending.submitted)} hồ sơ đã gửi chờ duyệt và{" "}
            {formatInteger(d.pending.notSubmitted)} hồ sơ xã chưa gửi.{" "}
            {filters.includeUnapproved
              ? "Các số liệu dưới đây đã tính cả phần chưa duyệt."
              : "Các số liệu dưới đây chưa tính phần này; đánh dấu “Tính cả số liệu chưa được duyệt” để xem."}
          </p>
        )}
      </div>

      <section aria-labelledby="tom-tat">
        <h2 id="tom-tat" className="sr-only">
          Tóm tắt tiến độ
        </h2>
        {!judged ? (
          <p className="text-sm text-slate-700" data-testid="status-summary-none">
            {d.closure.provisional
              ? `Không tóm tắt tiến độ cho năm ${filters.year} vì năm chưa khoá sổ.`
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

      <nav
        aria-label="Tải xuống bảng điều khiển theo bộ lọc hiện tại"
        className="no-print flex flex-wrap items-center gap-2 text-sm"
      >
        <span className="font-semibold">Tải xuống (theo bộ lọc):</span>
        {[
          { ext: "pdf", label: "PDF" },
          { ext: "xlsx", label: "Excel" },
          { ext: "docx", label: "Word" },
          { ext: "csv", label: "CSV chỉ tiêu", extra: "&bang=muc-tieu" },
          { ext: "csv", label: "CSV theo xã", extra: "&bang=xa" },
        ].map((f) => (
          <a
            key={f.label}
            href={`/xuat/tong-quan.${f.ext}?${dashboardQuery(filters)}${f.extra ?? ""}`}
            className="rounded border border-brand-700 px-2 py-1 text-brand-800 hover:bg-brand-50"
            download
          >
            {f.label}
          </a>
        ))}
      </nav>
      <DashboardFiltersForm
        year={filters.year}
        years={years.map((y) => ({ value: y, label: closure.closedYears.includes(y) ? String(y) : `${y} (tạm tính)` }))}
        asOf={filters.asOf}
        asOfChosen={filters.asOfChosen}
        areaLegend={areaFilterLabel}
        communes={communeOptions}
        selectedCommunes={filters.communeIds}
        sectors={SECTOR.options}
        selectedSectors={filters.sectors}
        types={ORG_TYPE.values.map((value) => ({ value, label: value }))}
        selectedTypes={filters.orgTypes}
        includeUnapproved={filters.includeUnapproved}
      />

      {[2030, 2045]
        .filter((horizon) => d.targets.some((t) => (horizon === 2030 ? t.horizonYear <= 2030 : t.horizonYear > 2030)))
        .map((horizon) => (
          <section key={horizon} aria-labelledby={`muc-tieu-${horizon}`} className="space-y-3">
            <h2 id={`muc-tieu-${horizon}`} className="text-lg font-semibold">
              Mục tiêu đến năm {horizon}
            </h2>
            <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {d.targets
                .filter((t) => (horizon === 2030 ? t.horizonYear <= 2030 : t.horizonYear > 2030))
                .map((t) => {
                  const def = defByCode.get(t.code)!;
                  return (
                    <TargetCard
                      key={t.code}
                      t={t}
                      def={{ explanation: def.explanation, sourceText: def.sourceText }}
                      dossiers={t.provisional ? d.dossiers : undefined}
                      share={d.narrowed ? d.shares[t.code] : undefined}
                      missingUnits={d.missingUnits}
                    />
                  );
                })}
            </div>
          </section>
        ))}

      <section aria-labelledby="theo-xa" className="space-y-3 break-before-page">
        <h2 id="theo-xa" className="text-lg font-semibold">
          {breakdownLabels.heading} (năm {filters.year})
        </h2>
        {d.breakdownLevel === "COMMUNE" ? (
          <p className="text-xs text-slate-600">
            Xã đã sáp nhập năm 2025 được tính vào đơn vị mới cho các năm sau ngày sáp nhập; số liệu các năm trước giữ
            theo đơn vị cũ.
          </p>
        ) : (
          <p className="text-xs text-slate-600">
            Phạm vi có {formatInteger(d.scopeUnitIds.length)} đơn vị cấp xã: số liệu được cộng theo cấp trên để bảng còn
            đọc được; chọn một đơn vị trong bộ lọc để xem chi tiết hơn.
          </p>
        )}
        <BreakdownBarChart
          rows={d.byCommune.map((r) => barCounts(r))}
          categoryKey="label"
          horizontal
          stacked
          height={Math.max(240, d.byCommune.length * 28 + 60)}
          series={[
            { key: "THT", label: "Tổ hợp tác", colour: "#0f766e" },
            { key: "HTX", label: "Hợp tác xã", colour: "#1d4ed8" },
            { key: "LHHTX", label: "Liên hiệp HTX", colour: "#7c3aed" },
          ]}
        />
        <BreakdownTable
          pending
          rows={d.byCommune}
          caption={`Các chỉ tiêu chính ${breakdownLabels.heading.toLowerCase()}`}
          firstHeader={breakdownLabels.column}
          testId="breakdown-commune"
        />
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="theo-linh-vuc" className="min-w-0 space-y-3">
          <h2 id="theo-linh-vuc" className="text-lg font-semibold">
            Theo lĩnh vực
          </h2>
          <BreakdownBarChart
            rows={d.bySector.map((r) => barCounts(r))}
            categoryKey="label"
            height={220}
            series={[
              { key: "THT", label: "Tổ hợp tác", colour: "#0f766e" },
              { key: "HTX", label: "Hợp tác xã", colour: "#1d4ed8" },
              { key: "LHHTX", label: "Liên hiệp HTX", colour: "#7c3aed" },
            ]}
          />
          <BreakdownTable
            rows={d.bySector}
            caption="Các chỉ tiêu chính theo lĩnh vực"
            firstHeader="Lĩnh vực"
            testId="breakdown-sector"
          />
        </section>
        <section aria-labelledby="theo-loai" className="min-w-0 space-y-3">
          <h2 id="theo-loai" className="text-lg font-semibold">
            Theo loại hình
          </h2>
          <BreakdownBarChart
            rows={d.byType.map((r) => {
              const none = r.dossiers.total === 0;
              return {
                label: none ? `${r.label} (chưa có số liệu)` : r.label,
                "Đang hoạt động": none ? null : r.inputs.activeTht + r.inputs.activeHtx + r.inputs.activeLhhtx,
                "Có liên kết chuỗi": none
                  ? null
                  : r.inputs.thtWithChain + r.inputs.htxWithChain + r.inputs.lhhtxWithChain,
                "Có chuyển đổi số": none ? null : r.inputs.thtDigital + r.inputs.htxDigital + r.inputs.lhhtxDigital,
              };
            })}
            categoryKey="label"
            height={220}
            series={[
              { key: "Đang hoạt động", label: "Đang hoạt động", colour: "#334155" },
              { key: "Có liên kết chuỗi", label: "Có liên kết chuỗi", colour: "#0f766e" },
              { key: "Có chuyển đổi số", label: "Có chuyển đổi số", colour: "#b45309" },
            ]}
          />
          <table className="w-full text-sm" data-testid="breakdown-type">
            <caption className="sr-only">
              Số tổ chức đang hoạt động, có liên kết chuỗi và có chuyển đổi số theo loại hình
            </caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-2 py-1">
                  Loại hình
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Đang hoạt động
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Liên kết chuỗi
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Chuyển đổi số
                </th>
              </tr>
            </thead>
            <tbody>
              {d.byType.map((r) => (
                <tr key={r.key} className="border-t border-slate-100">
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    {r.label}
                  </th>
                  {r.dossiers.total === 0 ? (
                    <td colSpan={3} className="px-2 py-1 text-right italic text-slate-600">
                      Chưa có số liệu
                    </td>
                  ) : (
                    <>
                      <td className="px-2 py-1 text-right">
                        {formatInteger(r.inputs.activeTht + r.inputs.activeHtx + r.inputs.activeLhhtx)}
                      </td>
                      <td className="px-2 py-1 text-right">
                        {formatInteger(r.inputs.thtWithChain + r.inputs.htxWithChain + r.inputs.lhhtxWithChain)}
                      </td>
                      <td className="px-2 py-1 text-right">
                        {formatInteger(r.inputs.thtDigital + r.inputs.htxDigital + r.inputs.lhhtxDigital)}
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      {d.ratings.length > 0 && (
        <section aria-labelledby="xep-loai" className="space-y-3">
          <h2 id="xep-loai" className="text-lg font-semibold">
            Xếp loại hợp tác xã đang hoạt động theo năm
          </h2>
          <BreakdownBarChart
            rows={d.ratings.map((r) =>
              missingYears.has(r.year)
                ? ({ year: `${r.year} (chưa có số liệu)` } as Record<string, string | null>)
                : {
                    year: provisionalLabel(r.year),
                    GOOD: r.GOOD,
                    FAIR: r.FAIR,
                    AVERAGE: r.AVERAGE,
                    WEAK: r.WEAK,
                    unrated: r.unrated,
                    ineligible: r.ineligible,
                  },
            )}
            categoryKey="year"
            stacked
            height={260}
            series={[
              { key: "GOOD", label: RATING_LEVEL_LABELS.GOOD, colour: "#15803d" },
              { key: "FAIR", label: RATING_LEVEL_LABELS.FAIR, colour: "#65a30d" },
              { key: "AVERAGE", label: RATING_LEVEL_LABELS.AVERAGE, colour: "#ca8a04" },
              { key: "WEAK", label: RATING_LEVEL_LABELS.WEAK, colour: "#b91c1c" },
              { key: "unrated", label: "Thuộc diện, chưa xếp loại", colour: "#6b7280" },
              { key: "ineligible", label: "Không thuộc diện đánh giá", colour: "#cbd5e1" },
            ]}
          />
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="ratings-table">
              <caption className="sr-only">Số hợp tác xã theo mức xếp loại và năm</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-2 py-1">
                    Năm
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    Tốt
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    Khá
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    Trung bình
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    Yếu
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    Thuộc diện, chưa xếp loại
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    Không thuộc diện
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.ratings.map((r) => (
                  <tr key={r.year} className="border-t border-slate-100">
                    <th scope="row" className="px-2 py-1 text-left font-normal">
                      {provisionalLabel(r.year)}
                    </th>
                    {missingYears.has(r.year) ? (
                      <td colSpan={6} className="px-2 py-1 text-right italic text-slate-600">
                        Chưa có số liệu
                      </td>
                    ) : (
                      [r.GOOD, r.FAIR, r.AVERAGE, r.WEAK, r.unrated, r.ineligible].map((n, i) => (
                        <td key={i} className="px-2 py-1 text-right">
                          {formatInteger(n)}
                        </td>
                      ))
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="cach-danh-gia" className="space-y-2 text-sm">
        <h2 id="cach-danh-gia" className="text-lg font-semibold">
          Cách đánh giá tiến độ
        </h2>
        <p className="max-w-4xl whitespace-pre-line text-slate-700">{PROGRESS_METHOD_TEXT}</p>
      </section>
    </div>
  );
}

function BreakdownTable({
  rows,
  caption,
  firstHeader,
  testId,
  pending = false,
}: {
  rows: (BreakdownRow & { pending?: Pending })[];
  caption: string;
  firstHeader: string;
  testId: string;
  /** Adds the count of yearly dossiers not yet approved (commune breakdown). */
  pending?: boolean;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-2 py-1">
              {firstHeader}
            </th>
            {BREAKDOWN_TARGETS.map((b) => (
              <th key={b.code} scope="col" className="px-2 py-1 text-right">
                {b.short}
              </th>
            ))}
            {pending && (
              <th scope="col" className="px-2 py-1 text-right">
                Hồ sơ chưa duyệt
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-100">
              {/* nowrap: on a phone the table scrolls sideways instead of breaking a commune's name into three lines */}
              <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-normal">
                {r.label}
              </th>
              {r.dossiers.total === 0 ? (
                <td
                  colSpan={BREAKDOWN_TARGETS.length}
                  className="px-2 py-1 text-right italic text-slate-600"
                  data-testid="row-missing"
                >
                  Chưa có số liệu (chưa có hồ sơ năm)
                </td>
              ) : (
                BREAKDOWN_TARGETS.map((b) => {
                  const t = r.targets.find((x) => x.code === b.code)!;
                  return (
                    <td key={b.code} className="px-2 py-1 text-right">
                      {formatTargetValue(t.value, t.unit === "PERCENT")}
                    </td>
                  );
                })
              )}
              {pending && (
                <td className="px-2 py-1 text-right">
                  {formatInteger((r.pending?.submitted ?? 0) + (r.pending?.notSubmitted ?? 0))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Active organisations per type for a bar chart; a row with nothing reported has no bars. */
function barCounts(r: BreakdownRow): Record<string, string | number | null> {
  if (r.dossiers.total === 0) return { label: `${r.label} (chưa có số liệu)`, THT: null, HTX: null, LHHTX: null };
  return { label: r.label, THT: r.inputs.activeTht, HTX: r.inputs.activeHtx, LHHTX: r.inputs.activeLhhtx };
}
