import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Fragment } from "react";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { compareProgrammes } from "@/server/programmes/compare-programmes";
import { getYearClosureCached } from "@/server/targets/year-closure";
import { defaultOverviewYear } from "@/domain/targets/closing";
import { COMPARATOR_SIGNS } from "@/domain/targets/labels";
import { formatInteger, formatNumber, formatPercent } from "@/domain/format/number";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { PageHeader } from "@/app/_components/page-layout";
import { Table } from "@/app/_components/table";
import type { ComparedTarget } from "@/domain/programmes/compare";

export const metadata: Metadata = { title: "So sánh với các chương trình" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const shown = (v: number | null, unit: ComparedTarget["unit"], digits = 1) =>
  v === null
    ? "—"
    : unit === "PERCENT"
      ? formatPercent(v, digits)
      : Number.isInteger(v)
        ? formatInteger(v)
        : formatNumber(v, 1);

function verdict(r: ComparedTarget): string {
  if (r.value === null) return "Chưa tính được";
  if (r.comparable === null) return "Không quy đổi được";
  return r.met ? "Đạt" : "Chưa đạt";
}

export default async function ProgrammeComparisonPage({ searchParams }: Props) {
  await connection();
  await requireViewer();
  const today = todayIsoInVietnam();
  const closure = await getYearClosureCached(prisma, today);
  const fallback = defaultOverviewYear(closure);
  const asked = Number((await searchParams).nam);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= Number(today.slice(0, 4)) ? asked : fallback;
  const c = await compareProgrammes(prisma, year);
  if (!c) return <p>Chưa có chương trình nào.</p>;
  return (
    <div className="space-y-6">
      <PageHeader
        title="So sánh với các chương trình"
        lead={`Số liệu năm ${year} (đã duyệt) của địa bàn ${c.territory.shortTitle} đo theo định nghĩa của từng chương trình. Với chỉ tiêu số lượng của chương trình rộng hơn, mức so sánh là mục tiêu của chương trình nhân với tỷ lệ dân số của địa bàn: chỉ mang tính tham khảo, không phải chỉ tiêu được giao.`}
      />
      <nav aria-label="Chọn năm" className="flex flex-wrap gap-2 text-sm">
        {closure.closedYears.map((y) => (
          <Link
            key={y}
            href={`/so-sanh-chuong-trinh?nam=${y}`}
            aria-current={y === year ? "page" : undefined}
            className={`inline-flex min-h-6 items-center rounded-full border px-3 py-1 ${y === year ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-slate-300 bg-white"}`}
          >
            {y}
          </Link>
        ))}
      </nav>
      <Table
        caption={`Số liệu năm ${year} của địa bàn so với chỉ tiêu của từng chương trình, mức quy đổi theo dân số`}
        label="Bảng so sánh các chương trình"
        testId="programme-comparison"
        columns={[
          "Chỉ tiêu",
          { label: "Giá trị của địa bàn", numeric: true },
          { label: "Mục tiêu của chương trình", numeric: true },
          { label: "Mức so sánh", numeric: true },
          "Đánh giá",
        ]}
      >
        {c.columns.map((col) => (
          <Fragment key={col.programme.code}>
            <tr className="border-t-2 border-slate-300 bg-slate-50">
              <th scope="colgroup" colSpan={5} className="px-3 py-2 text-left">
                {col.programme.shortTitle}
                <span className="block text-xs font-normal text-slate-700">
                  {col.programme.code === c.territory.code
                    ? "Chỉ tiêu của chính địa bàn."
                    : col.share === null
                      ? "Không quy đổi được chỉ tiêu số lượng: thiếu dân số của địa bàn chương trình trong hệ thống."
                      : `Dân số địa bàn ${formatInteger(c.population)} / ${formatInteger(col.population)} của chương trình = ${formatPercent(col.share * 100, 3)}: chỉ tiêu số lượng được quy đổi theo tỷ lệ này (tham khảo).`}
                </span>
              </th>
            </tr>
            {col.rows.map((r) => (
              <tr key={`${col.programme.code}-${r.code}`} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-1.5 text-left font-normal">
                  {r.title} <span className="text-xs text-slate-600">({r.horizonYear})</span>
                </th>
                <td className="px-3 py-1.5 text-right">{shown(r.value, r.unit)}</td>
                <td className="px-3 py-1.5 text-right whitespace-nowrap">
                  {COMPARATOR_SIGNS[r.comparator]} {shown(r.target, r.unit, 0)}
                </td>
                <td className="px-3 py-1.5 text-right whitespace-nowrap">
                  {r.comparable === null ? "—" : `${COMPARATOR_SIGNS[r.comparator]} ${shown(r.comparable, r.unit, 0)}`}
                  {r.scaled && r.comparable !== null && (
                    <span className="block text-xs text-slate-600">quy đổi, tham khảo</span>
                  )}
                </td>
                <td className="px-3 py-1.5">{verdict(r)}</td>
              </tr>
            ))}
          </Fragment>
        ))}
      </Table>
      <p className="text-sm text-slate-700">
        Đánh giá ở đây là so sánh tại năm {year}, không phải tiến độ đến năm đích. Xem tiến độ của từng chương trình ở{" "}
        <Link href="/" className="underline">
          trang tổng quan
        </Link>
        .
      </p>
    </div>
  );
}
