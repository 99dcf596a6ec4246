import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { getDataQuality } from "@/server/quality/get-data-quality";
import type { CompletenessCounts } from "@/server/quality/get-reporting-completeness";
import { FIRST_PROGRAMME_YEAR, qualityParamsSchema } from "@/domain/quality/params";
import { JUMP_MIN_ABSOLUTE_CHANGE, JUMP_RATIO, type JumpMetric } from "@/domain/quality/jumps";
import { APPROVAL_STATUS_LABEL, NOT_RATED_REASON_LABELS, ORG_TYPE_SHORT } from "@/domain/labels";
import { formatDate } from "@/domain/format/date";
import { formatInteger, formatMoney, formatNumber, formatPercent } from "@/domain/format/number";
import { BreakdownBarChart } from "../_components/dashboard/lazy-charts";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { RowHead, Table } from "../_components/table";
import { PageHeader, Section } from "../_components/page-layout";
import { YearPicker } from "../_components/year-picker";

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

const td = "px-2 py-1";
const num = "px-2 py-1 text-right whitespace-nowrap";

type Completeness = CompletenessCounts & { label: string };

/** A commune's reports by status; the total's rates come from its own sums. */
function CompletenessRow({ r, total = false }: { r: Completeness; total?: boolean }) {
  return (
    <tr className={total ? undefined : "border-t border-slate-100"}>
      <RowHead dense className={total ? "font-semibold" : undefined}>
        {r.label}
      </RowHead>
      {[r.expected, r.reported, r.approved, r.submitted, r.draft, r.returned, r.expected - r.reported].map((n, i) => (
        <td key={i} className={num}>
          {formatInteger(n)}
        </td>
      ))}
      <td className={num}>{rate(r.reported, r.expected)}</td>
      <td className={num}>{rate(r.approved, r.expected)}</td>
    </tr>
  );
}

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
      <PageHeader
        title="Chất lượng số liệu"
        leadTestId="quality-scope"
        lead={`${q.scopeName} · năm ${year}, tính đến ngày ${formatDate(asOf)} · gồm cả số liệu chưa duyệt`}
      />

      <YearPicker year={year} years={years} label="Năm số liệu" />

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

      <Section id="chua-xep-loai" title={`Hợp tác xã thuộc diện đánh giá nhưng chưa xếp loại năm ${year}`}>
        <p className="text-sm text-slate-700">
          Hợp tác xã đang hoạt động tại ngày {formatDate(asOf)}, thuộc diện đánh giá theo Thông tư 01/2020/TT-BKHĐT
          (không ghi nhận là không thuộc diện, và đã hoạt động đủ 12 tháng), nhưng chưa có mức xếp loại. Chỉ tiêu “trên
          60% hợp tác xã đạt loại tốt, khá” tính các hợp tác xã này là chưa đạt.
        </p>
        <Table
          dense
          testId="unrated-table"
          caption="Hợp tác xã thuộc diện đánh giá chưa có mức xếp loại"
          columns={["Hợp tác xã", "Mã", "Xã, thị trấn", "Ngày thành lập", "Tình trạng đánh giá", `Báo cáo năm ${year}`]}
          empty={q.unrated.length === 0 && "Tất cả hợp tác xã thuộc diện đánh giá đã có kết quả xếp loại."}
        >
          {q.unrated.map((u) => (
            <tr key={u.id} className="border-t border-slate-100">
              <RowHead dense>
                <Link href={`/to-chuc/${u.id}`} className="text-brand-800 underline">
                  {u.name}
                </Link>
              </RowHead>
              <td className={`${td} font-mono text-xs`}>{u.code}</td>
              <td className={td}>{u.label}</td>
              <td className={td}>{u.foundedOn ? formatDate(u.foundedOn) : "Chưa cập nhật"}</td>
              <td className={td}>
                {u.gap === "NO_ROW"
                  ? "Chưa nhập kết quả đánh giá"
                  : `Có bản ghi, chưa có mức xếp loại${
                      u.notRatedReason ? ` (${NOT_RATED_REASON_LABELS[u.notRatedReason].toLowerCase()})` : ""
                    }`}
              </td>
              <td className={td}>{u.reportStatus ? APPROVAL_STATUS_LABEL[u.reportStatus] : "Chưa có"}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section
        id="bao-cao"
        title={`Tình hình nộp báo cáo năm ${year} theo xã, thị trấn`}
        className="space-y-3 break-before-page"
      >
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
        <Table
          dense
          testId="completeness-table"
          caption="Số tổ chức phải báo cáo, số báo cáo theo trạng thái và tỷ lệ theo xã, thị trấn"
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
          footer={<CompletenessRow r={{ ...total, label: "Tổng cộng" }} total />}
        >
          {q.completeness.rows.map((r) => (
            <CompletenessRow key={r.unitId} r={r} />
          ))}
        </Table>
      </Section>

      <Section id="bat-thuong" title={`Số liệu biến động bất thường từ năm ${year - 1} sang năm ${year}`}>
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
        <Table
          dense
          testId="jumps-table"
          caption="Các tổ chức có số liệu báo cáo biến động bất thường giữa hai năm liền nhau"
          columns={[
            "Tổ chức",
            "Loại hình",
            "Xã, thị trấn",
            "Chỉ tiêu",
            { label: `Năm ${year - 1}`, numeric: true, className: "whitespace-nowrap" },
            { label: `Năm ${year}`, numeric: true, className: "whitespace-nowrap" },
            { label: "Mức thay đổi", numeric: true, className: "whitespace-nowrap" },
          ]}
          empty={jumpRows.length === 0 && "Không phát hiện biến động bất thường."}
        >
          {jumpRows.map(({ o, j }) => (
            <tr key={`${o.id}-${j.metric}`} className="border-t border-slate-100">
              <RowHead dense>
                <Link href={`/to-chuc/${o.id}`} className="text-brand-800 underline">
                  {o.name}
                </Link>{" "}
                <span className="font-mono text-xs text-slate-600">{o.code}</span>
              </RowHead>
              <td className={td}>{ORG_TYPE_SHORT[o.type]}</td>
              <td className={td}>{o.label}</td>
              <td className={td}>{METRIC_LABELS[j.metric]}</td>
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
        </Table>
      </Section>
    </div>
  );
}
