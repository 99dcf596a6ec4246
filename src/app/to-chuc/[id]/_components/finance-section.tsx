// Yearly reports: employees, capital, assets, revenue, profit, average member income.
// The chart shows revenue and profit in triệu đồng; the table has every figure.
import { BreakdownBarChart } from "@/app/_components/dashboard/lazy-charts";
import { APPROVAL_STATUS_LABEL } from "@/domain/labels";
import { formatInteger, formatMoney } from "@/domain/format/number";
import type { OrganisationHistory } from "@/server/organisation/get-organisation-history";
import { pendingYears, type OrganisationApproval } from "@/server/approval/organisation-approval";
import { DataTable, Marked, MISSING, type Column } from "./data-table";
import { Section } from "@/app/_components/page-layout";

const money = (v: bigint | null) => (v === null ? MISSING : formatMoney(v));
const millions = (v: bigint | null) => (v === null ? 0 : Math.round(Number(v) / 10_000) / 100);

export function FinanceSection({ h, approval }: { h: OrganisationHistory; approval?: OrganisationApproval }) {
  const marks = approval ? pendingYears(approval, "AnnualReport") : new Map();
  const isTht = h.organisation.type === "THT";
  const columns: Column[] = [
    { label: "Năm" },
    { label: "Tình trạng báo cáo" },
    { label: "Lao động", numeric: true },
    { label: "Vốn điều lệ", numeric: true },
    { label: "Tổng tài sản", numeric: true },
    { label: "Doanh thu", numeric: true },
    { label: "Lợi nhuận", numeric: true },
    { label: "Thu nhập bình quân thành viên/năm", numeric: true },
  ];
  if (isTht) columns.push({ label: "Hoạt động hiệu quả" });
  const withMoney = h.reports.filter((r) => r.revenue !== null || r.profit !== null);
  return (
    <Section id="bao-cao-nam" title="Kết quả hoạt động theo báo cáo năm">
      {withMoney.length > 0 && (
        <>
          <p className="text-xs text-slate-600">
            Biểu đồ doanh thu và lợi nhuận (triệu đồng); số liệu đầy đủ ở bảng dưới.
          </p>
          <BreakdownBarChart
            rows={withMoney.map((r) => ({
              year: String(r.year),
              revenue: millions(r.revenue),
              profit: millions(r.profit),
            }))}
            categoryKey="year"
            height={220}
            series={[
              { key: "revenue", label: "Doanh thu (triệu đồng)", colour: "#1d4ed8" },
              { key: "profit", label: "Lợi nhuận (triệu đồng)", colour: "#15803d" },
            ]}
          />
        </>
      )}
      <DataTable
        caption="Số liệu báo cáo năm của tổ chức"
        testId="reports-table"
        empty="Chưa có báo cáo năm nào."
        columns={columns}
        rows={h.reports.map((r) => {
          const cells = [
            <Marked key="y" mark={marks.get(r.year)}>
              {r.year}
            </Marked>,
            APPROVAL_STATUS_LABEL[r.approvalStatus],
            r.employeeCount === null ? MISSING : formatInteger(r.employeeCount),
            money(r.charterCapital),
            money(r.totalAssets),
            money(r.revenue),
            money(r.profit),
            money(r.avgMemberIncome),
          ];
          if (isTht) cells.push(r.effective === null ? "Chưa đánh giá" : r.effective ? "Có" : "Không");
          return { key: r.year, cells };
        })}
      />
    </Section>
  );
}
