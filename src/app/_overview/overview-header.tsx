// The overview's title, what it covers, and the notes on how far its figures can be
// trusted: a provisional year, a narrowed view, units without a dossier, dossiers waiting.
import type { DashboardFilters } from "@/domain/dashboard/filters";
import { dashboardQuery } from "@/domain/dashboard/filters";
import { formatDate } from "@/domain/format/date";
import { formatInteger } from "@/domain/format/number";
import { approvedDossiersText, closingRuleText } from "@/domain/targets/closing";
import type { Dashboard } from "@/server/targets/get-dashboard";
import { ProgrammeSwitcher, programmeLine } from "./programme-switcher";

type Props = { d: Dashboard; filters: DashboardFilters; areaFilterLabel: string; latestClosed: number | undefined };

function ClosureNote({ d, filters, latestClosed }: Omit<Props, "areaFilterLabel">) {
  return (
    <p
      className={`mt-2 rounded border p-2 text-sm ${d.closure.provisional ? "border-slate-400 border-dashed bg-slate-50 text-slate-800" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
      data-testid="year-closure"
    >
      {d.closure.provisional ? (
        <>
          <strong>Năm {filters.year} chưa khoá sổ: số liệu tạm tính</strong> ({approvedDossiersText(d.dossiers)}
          {d.narrowed ? " trong phạm vi đang lọc" : ""}). Chưa đánh giá tiến độ so với mục tiêu; xu hướng và dự báo chỉ
          tính từ các năm đã khoá sổ.
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
  );
}

export function OverviewHeader({ d, filters, areaFilterLabel, latestClosed }: Props) {
  return (
    <div>
      <h1 className="text-2xl font-bold">Tổng quan tiến độ các chỉ tiêu</h1>
      {d.programme && <ProgrammeSwitcher programmes={d.programmes} current={d.programme} filters={filters} />}
      {d.programme && (
        <p className="mt-1 text-sm text-slate-800" data-testid="dashboard-programme">
          {programmeLine(d.programme)} ·{" "}
          <a href="/so-sanh-chuong-trinh" className="underline">
            So sánh với các chương trình khác
          </a>
        </p>
      )}
      {d.definitions.length === 0 && (
        <p
          className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950"
          data-testid="no-targets"
        >
          Chương trình này chưa có chỉ tiêu nào: số liệu được hiển thị nhưng không so với mục tiêu. Quản trị viên thêm
          chỉ tiêu tại trang{" "}
          <a className="underline" href={`/quan-tri/chi-tieu?chuong_trinh=${d.programme?.code ?? ""}`}>
            Chỉ tiêu của chương trình
          </a>
          .
        </p>
      )}
      <p className="text-sm text-slate-700" data-testid="dashboard-scope">
        {d.scopeName}
        {filters.communeIds.length > 0 &&
          ` · ${filters.communeIds.length} ${areaFilterLabel.toLowerCase()} được chọn`}{" "}
        · năm {filters.year}, tính đến ngày {formatDate(filters.asOf)} ·{" "}
        {filters.includeUnapproved ? "gồm cả số liệu chưa duyệt" : "chỉ số liệu đã được duyệt"}
      </p>
      <ClosureNote d={d} filters={filters} latestClosed={latestClosed} />
      {d.narrowed && (
        <div
          className="mt-2 rounded border border-sky-300 bg-sky-50 p-2 text-sm text-sky-900"
          data-testid="narrowed-note"
        >
          <p>
            Đang xem một phần của địa bàn Chương trình (theo bộ lọc): các chỉ tiêu không được so với mục tiêu đặt cho
            toàn địa bàn. Mỗi thẻ cho biết giá trị, tỷ trọng trong toàn địa bàn cùng năm và xu hướng.
          </p>
          {Object.keys(d.allocated).length > 0 && (
            <p data-testid="allocated-note">
              {Object.keys(d.allocated).length} chỉ tiêu có mức giao cho {Object.values(d.allocated)[0]!.unitName}: các
              chỉ tiêu này được đánh giá so với mức giao, không so với mục tiêu của toàn địa bàn.
            </p>
          )}
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
  );
}
