import type { Metadata } from "next";
import { connection } from "next/server";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { getYearClosure } from "@/server/targets/year-closure";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { approvedDossiersText, closingDate, closingRuleText } from "@/domain/targets/closing";
import { formatDate } from "@/domain/format/date";
import { ClosingRuleForm } from "./_components/closing-rule-form";
import { RowHead, Table } from "@/app/_components/table";
import { PageHeader, Section } from "@/app/_components/page-layout";

export const metadata: Metadata = { title: "Khoá sổ số liệu năm" };

export default async function ClosingRulePage() {
  await connection();
  const viewer = await requireViewer();
  const today = todayIsoInVietnam();
  const closure = await getYearClosure(prisma, today);
  const years = Object.keys(closure.dossiers)
    .map(Number)
    .concat(closure.closedYears)
    .filter((y, i, all) => all.indexOf(y) === i && y <= Number(today.slice(0, 4)))
    .sort((a, b) => b - a);
  const rule = closure.rule;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Khoá sổ số liệu năm"
        trail={{ links: [["/quan-tri", "Quản trị"]], here: "Khoá sổ số liệu năm" }}
        lead={
          <>
            Chỉ số liệu của năm đã khoá sổ mới được đánh giá tiến độ so với mục tiêu và dùng để tính xu hướng, dự báo.
            Năm chưa khoá sổ hiển thị là <strong>tạm tính</strong>. Trang Tổng quan mở mặc định ở năm gần nhất đã khoá
            sổ. Việc khoá sổ tính trên toàn địa bàn Chương trình, không phụ thuộc bộ lọc.
          </>
        }
      />
      <Section
        id="quy-tac"
        title="Quy tắc đang áp dụng"
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      >
        <p className="text-sm" data-testid="closing-rule">
          {closingRuleText(rule)}
        </p>
        {canAdminister(viewer) ? (
          <ClosingRuleForm rule={rule} />
        ) : (
          <p className="text-sm text-slate-600">Chỉ quản trị viên được thay đổi quy tắc khoá sổ.</p>
        )}
      </Section>
      <Section id="cac-nam" title={`Tình trạng các năm (đến ngày ${formatDate(today)})`} className="space-y-2">
        <Table
          testId="closure-years"
          caption="Các năm số liệu, hồ sơ đã duyệt và tình trạng khoá sổ"
          columns={["Năm", "Hồ sơ năm (toàn địa bàn)", "Tình trạng"]}
        >
          {years.map((y) => {
            const closed = closure.closedYears.includes(y);
            return (
              <tr key={y} className="border-t border-slate-100">
                <RowHead>{y}</RowHead>
                <td className="px-3 py-2">{approvedDossiersText(closure.dossiers[y])}</td>
                <td className="px-3 py-2">
                  {closed ? "Đã khoá sổ" : "Tạm tính"}
                  {rule.kind === "CLOSING_DATE" && !closed && ` (khoá sổ ngày ${formatDate(closingDate(y, rule))})`}
                </td>
              </tr>
            );
          })}
        </Table>
      </Section>
    </div>
  );
}
