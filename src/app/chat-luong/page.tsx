import { ColumnHeads } from "@/app/_components/table";
import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { getDataQuality } from "@/server/quality/get-data-quality";
import { FIRST_PROGRAMME_YEAR, qualityParamsSchema } from "@/domain/quality/params";
import { JUMP_MIN_ABSOLUTE_CHANGE, JUMP_RATIO, type JumpMetric } from "@/domain/quality/jumps";
import { APPROVAL_STATUS_LABEL, NOT_RATED_REASON_LABELS, ORG_TYPE_SHORT } from "@/domain/labels";
import { formatDate } from "@/domain/format/date";
import { formatInteger, formatMoney, formatNumber, formatPercent } from "@/domain/format/number";
import { BreakdownBarChart } from "../_components/dashboard/lazy-charts";
import { todayIsoInVietnam } from "@/domain/time/vietnam";

export const metadata: Metadata = { title: "Chất lượng số liệu" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const METRIC_LABELS: Record<JumpMetric, string> = {
  memberCount: "Số thành viên",
  employeeCount: "Số lao động",
  charterCapital: "Vốn điều lệ",
  revenue: "Doanh thu",
};
const isMoney = (m: JumpMetric) => m === "charterCapital" || m === "revenue";
const metricValue = (m: JumpMetric, v: number) => (isMoney(m) ? formatMoney(v) : formatInteger(v));
const rate = (part: number, whole: number) => (whole === 0 ? "–" : formatPercent((part / whole) * 100));

const th = "px-2 py-1";
const num = "px-2 py-1 text-right whitespace-nowrap";

export default async function DataQualityPage({ searchParams }: Props) {
  await requireViewer();
  const today = todayIsoInVietnam();
  const { year, asOf } = qualityParamsSchema(today).parse(await searchParams);
  const q = await getDataQuality(prisma, { year, asOf });
  const years: number[] = [];
  for (let y = Number(today.slice(0, 4)); y >= Math.min(FIRST_PROGRAMME_YEAR, year); y--) years.push(y);
  const total = q.completeness.total;
  const jumpRows = q.jumps.flatMap((o) => o.jumps.map((j) => ({ o, j })));

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Chất lượng số liệu</h1>
        <p className="text-sm text-slate-700" data-testid="quality-scope">
          {q.scopeName} · năm {year}, tính đến ngày {formatDate(asOf)} · gồm cả số liệu chưa duyệt
        </p>
      </div>

      <form noValidate method="get" className="no-print flex flex-wrap items-end gap-3" aria-label="Chọn năm">
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Năm số liệu</span>
          <select name="nam" defaultValue={String(year)} className="mt-1 rounded border border-slate-300 p-2">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          Xem
        </button>
      </form>

      <ul className="grid gap-3 text-sm sm:grid-cols-3" data-testid="quality-summary">
        <li className="rounded-lg border border-slate-200 bg-white p-3">
          <strong className="block text-xl">{formatInteger(q.unrated.length)}</strong>
          hợp tác xã thuộc diện đánh giá chưa có kết quả xếp loại
        </li>
        <li className="rounded-lg border border-slate-200 bg-white p-3">
          <strong className="block text-xl">{rate(total.reported, total.expected)}</strong>
          tổ chức đang hoạt động đã có báo cáo năm ({formatInteger(total.reported)}/{formatInteger(total.expected)}); đã
          duyệt {rate(total.approved, total.expected)}
        </li>
        <li className="rounded-lg border border-slate-200 bg-white p-3">
          <strong className="block text-xl">{formatInteger(q.jumps.length)}</strong>
          tổ chức có số liệu biến động bất thường so với năm {year - 1}
        </li>
      </ul>

      <section aria-labelledby="chua-xep-loai" className="space-y-3">
        <h2 id="chua-xep-loai" className="text-lg font-semibold">
          Hợp tác xã thuộc diện đánh giá nhưng chưa xếp loại năm {year}
        </h2>
        <p className="text-sm text-slate-700">
          Hợp tác xã đang hoạt động tại ngày {formatDate(asOf)}, thuộc diện đánh giá theo Thông tư 01/2020/TT-BKHĐT
          (không ghi nhận là không thuộc diện, và đã hoạt động đủ 12 tháng), nhưng chưa có mức xếp loại. Chỉ tiêu “trên
          60% hợp tác xã đạt loại tốt, khá” tính các hợp tác xã này là chưa đạt.
        </p>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="unrated-table">
            <caption className="sr-only">Hợp tác xã thuộc diện đánh giá chưa có mức xếp loại</caption>
            <ColumnHeads
              pad={th}
              columns={[
                "Hợp tác xã",
                "Mã",
                "Xã, thị trấn",
                "Ngày thành lập",
                "Tình trạng đánh giá",
                `Báo cáo năm ${year}`,
              ]}
            />
            <tbody>
              {q.unrated.map((u) => (
                <tr key={u.id} className="border-t border-slate-100">
                  <th scope="row" className={`${th} text-left font-normal`}>
                    <Link href={`/to-chuc/${u.id}`} className="text-brand-800 underline">
                      {u.name}
                    </Link>
                  </th>
                  <td className={`${th} font-mono text-xs`}>{u.code}</td>
                  <td className={th}>{u.label}</td>
                  <td className={th}>{u.foundedOn ? formatDate(u.foundedOn) : "Chưa cập nhật"}</td>
                  <td className={th}>
                    {u.gap === "NO_ROW"
                      ? "Chưa nhập kết quả đánh giá"
                      : `Có bản ghi, chưa có mức xếp loại${
                          u.notRatedReason ? ` (${NOT_RATED_REASON_LABELS[u.notRatedReason].toLowerCase()})` : ""
                        }`}
                  </td>
                  <td className={th}>{u.reportStatus ? APPROVAL_STATUS_LABEL[u.reportStatus] : "Chưa có"}</td>
                </tr>
              ))}
              {q.unrated.length === 0 && (
                <tr>
                  <td colSpan={6} className="px-2 py-3 text-center text-slate-600">
                    Tất cả hợp tác xã thuộc diện đánh giá đã có kết quả xếp loại.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="bao-cao" className="space-y-3 break-before-page">
        <h2 id="bao-cao" className="text-lg font-semibold">
          Tình hình nộp báo cáo năm {year} theo xã, thị trấn
        </h2>
        <p className="text-sm text-slate-700">
          Phải báo cáo: tổ chức (THT, HTX, LHHTX) đang hoạt động tại ngày {formatDate(asOf)}. Tỷ lệ có báo cáo = số tổ
          chức đã có báo cáo năm (ở bất kỳ trạng thái nào) ÷ số phải báo cáo; tỷ lệ hoàn thành = số báo cáo đã được
          duyệt ÷ số phải báo cáo (chỉ số liệu đã duyệt được tính vào chỉ tiêu theo mặc định). Xã đã sáp nhập được tính
          vào đơn vị mới.
        </p>
        <BreakdownBarChart
          rows={q.completeness.rows.map((r) => ({
            label: r.label,
            APPROVED: r.approved,
            SUBMITTED: r.submitted,
            DRAFT: r.draft,
            RETURNED: r.returned,
            MISSING: r.expected - r.reported,
          }))}
          categoryKey="label"
          horizontal
          stacked
          height={Math.max(220, q.completeness.rows.length * 28 + 60)}
          series={[
            { key: "APPROVED", label: APPROVAL_STATUS_LABEL.APPROVED, colour: "#15803d" },
            { key: "SUBMITTED", label: APPROVAL_STATUS_LABEL.SUBMITTED, colour: "#1d4ed8" },
            { key: "DRAFT", label: APPROVAL_STATUS_LABEL.DRAFT, colour: "#ca8a04" },
            { key: "RETURNED", label: APPROVAL_STATUS_LABEL.RETURNED, colour: "#b91c1c" },
            { key: "MISSING", label: "Chưa có báo cáo", colour: "#cbd5e1" },
          ]}
        />
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="completeness-table">
            <caption className="sr-only">
              Số tổ chức phải báo cáo, số báo cáo theo trạng thái và tỷ lệ theo xã, thị trấn
            </caption>
            <ColumnHeads
              pad={th}
              columns={[
                "Xã, thị trấn",
                ...[
                  "Phải báo cáo",
                  "Có báo cáo",
                  ...(["APPROVED", "SUBMITTED", "DRAFT", "RETURNED"] as const).map((k) => APPROVAL_STATUS_LABEL[k]),
                  "Chưa có báo cáo",
                  "Tỷ lệ có báo cáo",
                  "Tỷ lệ hoàn thành (đã duyệt)",
                ].map((label) => ({ label, numeric: true, className: "whitespace-nowrap" })),
              ]}
            />
            <tbody>
              {[...q.completeness.rows, { ...total, unitId: 0, label: "Toàn phạm vi" }].map((r) => (
                <tr
                  key={r.unitId}
                  className={r.unitId === 0 ? "border-t-2 border-slate-300 font-semibold" : "border-t border-slate-100"}
                >
                  <th scope="row" className={`${th} text-left ${r.unitId === 0 ? "" : "font-normal"}`}>
                    {r.label}
                  </th>
                  <td className={num}>{formatInteger(r.expected)}</td>
                  <td className={num}>{formatInteger(r.reported)}</td>
                  <td className={num}>{formatInteger(r.approved)}</td>
                  <td className={num}>{formatInteger(r.submitted)}</td>
                  <td className={num}>{formatInteger(r.draft)}</td>
                  <td className={num}>{formatInteger(r.returned)}</td>
                  <td className={num}>{formatInteger(r.expected - r.reported)}</td>
                  <td className={num}>{rate(r.reported, r.expected)}</td>
                  <td className={num}>{rate(r.approved, r.expected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="bat-thuong" className="space-y-3">
        <h2 id="bat-thuong" className="text-lg font-semibold">
          Số liệu biến động bất thường từ năm {year - 1} sang năm {year}
        </h2>
        <p className="text-sm text-slate-700" data-testid="jump-rule">
          Một chỉ tiêu được coi là biến động bất thường khi giá trị năm sau lớn hơn {formatInteger(JUMP_RATIO)} lần hoặc
          nhỏ hơn 1/{formatInteger(JUMP_RATIO)} giá trị năm trước (tăng từ 0 hoặc giảm về 0 cũng tính), đồng thời chênh
          lệch không dưới {formatInteger(JUMP_MIN_ABSOLUTE_CHANGE.memberCount)} thành viên,{" "}
          {formatInteger(JUMP_MIN_ABSOLUTE_CHANGE.employeeCount)} lao động,{" "}
          {formatMoney(JUMP_MIN_ABSOLUTE_CHANGE.charterCapital)} vốn điều lệ hoặc{" "}
          {formatMoney(JUMP_MIN_ABSOLUTE_CHANGE.revenue)} doanh thu. Doanh thu đổi dấu (âm sang dương hoặc ngược lại)
          không tính là bất thường. Chỉ so sánh hai báo cáo năm liền nhau; danh sách để kiểm tra lại, không phải kết
          luận số liệu sai.
        </p>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="jumps-table">
            <caption className="sr-only">
              Các tổ chức có số liệu báo cáo biến động bất thường giữa hai năm liền nhau
            </caption>
            <ColumnHeads
              pad={th}
              columns={[
                "Tổ chức",
                "Loại hình",
                "Xã, thị trấn",
                "Chỉ tiêu",
                { label: `Năm ${year - 1}`, numeric: true, className: "whitespace-nowrap" },
                { label: `Năm ${year}`, numeric: true, className: "whitespace-nowrap" },
                { label: "Mức thay đổi", numeric: true, className: "whitespace-nowrap" },
              ]}
            />
            <tbody>
              {jumpRows.map(({ o, j }) => (
                <tr key={`${o.id}-${j.metric}`} className="border-t border-slate-100">
                  <th scope="row" className={`${th} text-left font-normal`}>
                    <Link href={`/to-chuc/${o.id}`} className="text-brand-800 underline">
                      {o.name}
                    </Link>{" "}
                    <span className="font-mono text-xs text-slate-600">{o.code}</span>
                  </th>
                  <td className={th}>{ORG_TYPE_SHORT[o.type]}</td>
                  <td className={th}>{o.label}</td>
                  <td className={th}>{METRIC_LABELS[j.metric]}</td>
                  <td className={num}>{metricValue(j.metric, j.previous)}</td>
                  <td className={num}>{metricValue(j.metric, j.current)}</td>
                  <td className={num}>
                    {j.ratio === null
                      ? j.direction === "UP"
                        ? "tăng từ 0"
                        : "giảm về 0"
                      : `${j.direction === "UP" ? "tăng" : "giảm"} ${formatNumber(j.ratio, 2)} lần`}
                  </td>
                </tr>
              ))}
              {jumpRows.length === 0 && (
                <tr>
                  <td colSpan={7} className="px-2 py-3 text-center text-slate-600">
                    Không phát hiện biến động bất thường.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
