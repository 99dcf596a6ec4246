import { ColumnHeads, ScrollFrame } from "@/app/_components/table";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { getCommuneSummary } from "@/server/reports/get-commune-summary";
import { listReports, listReportYears } from "@/server/reports/list-reports";
import { canManageReports } from "@/server/reports/report-permissions";
import { REPORT_KIND_LABELS, REPORT_KINDS, REPORT_STATUS_LABELS } from "@/domain/reports/period";
import { formatDate, toIsoDate } from "@/domain/format/date";
import { CommuneSummary } from "./_components/commune-summary";
import { FilterButtons, FilterSelect } from "@/app/_components/form/filter-select";
import { todayIsoInVietnam } from "@/domain/time/vietnam";

export const metadata: Metadata = { title: "Báo cáo" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
// A shared link must open: an unknown value means "no filter".
const listParams = z.object({
  loai: z.preprocess(first, z.enum(REPORT_KINDS).optional()).catch(undefined),
  nam: z.preprocess(first, z.coerce.number().int().min(2000).max(2100).optional()).catch(undefined),
  trang_thai: z.preprocess(first, z.enum(["DRAFT", "PUBLISHED"]).optional()).catch(undefined),
});

const th = "px-3 py-2";

export default async function ReportsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const p = listParams.parse(await searchParams);
  const manage = canManageReports(viewer);
  const reports = await listReports(viewer, prisma, { kind: p.loai, year: p.nam, status: p.trang_thai });
  const years = await listReportYears(prisma);
  const summary = await getCommuneSummary(prisma);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Báo cáo định kỳ, sơ kết, tổng kết</h1>
        {manage && (
          <Link
            href="/bao-cao/tao-moi"
            className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          >
            Lập báo cáo mới
          </Link>
        )}
      </div>

      <form noValidate method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Lọc báo cáo">
        <FilterSelect name="loai" label="Loại" value={p.loai} options={REPORT_KIND_LABELS} />
        <FilterSelect name="nam" label="Năm" value={p.nam} options={years} />
        {manage && (
          <FilterSelect name="trang_thai" label="Trạng thái" value={p.trang_thai} options={REPORT_STATUS_LABELS} />
        )}
        <FilterButtons reset="/bao-cao" />
      </form>

      <form noValidate method="get" action="/bao-cao/so-sanh" className="contents">
        <ScrollFrame label="Danh sách báo cáo">
          <table className="min-w-full text-sm" data-testid="report-list">
            <caption className="sr-only">Danh sách báo cáo</caption>
            <ColumnHeads
              pad={th}
              columns={[
                "Báo cáo",
                "Loại",
                "Kỳ",
                "Phạm vi",
                "Trạng thái",
                { label: "Góp ý", numeric: true },
                "So sánh A",
                "So sánh B",
              ]}
            />
            <tbody>
              {reports.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <th scope="row" className={`${th} text-left font-normal`}>
                    <Link href={`/bao-cao/${r.id}`} className="text-brand-800 underline">
                      {r.title}
                    </Link>
                  </th>
                  <td className={th}>{REPORT_KIND_LABELS[r.kind]}</td>
                  <td className={`${th} whitespace-nowrap`}>
                    {r.periodLabel} (đến {formatDate(r.asOf)})
                  </td>
                  <td className={th}>{r.scopeLabel}</td>
                  <td className={th}>
                    {REPORT_STATUS_LABELS[r.status]}
                    {r.publishedAt && ` ${formatDate(toIsoDate(r.publishedAt))}`}
                  </td>
                  <td className={`${th} text-right`}>{r.comments}</td>
                  <td className={th}>
                    <input type="radio" name="a" value={r.id} aria-label={`Chọn làm báo cáo A: ${r.title}`} />
                  </td>
                  <td className={th}>
                    <input type="radio" name="b" value={r.id} aria-label={`Chọn làm báo cáo B: ${r.title}`} />
                  </td>
                </tr>
              ))}
              {reports.length === 0 && (
                <tr>
                  <td colSpan={8} className="px-3 py-4 text-center text-slate-600">
                    Chưa có báo cáo nào{p.loai || p.nam || p.trang_thai ? " phù hợp bộ lọc" : ""}.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </ScrollFrame>
        {reports.length > 1 && (
          <button
            type="submit"
            className="rounded border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50"
          >
            So sánh hai báo cáo đã chọn
          </button>
        )}
      </form>

      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">
          Tình hình hiện tại theo xã, thị trấn (số liệu trực tiếp, không chốt)
        </summary>
        <p className="mt-2 text-sm text-slate-700">
          Theo trạng thái hiện tại của các tổ chức, tính đến ngày {formatDate(todayIsoInVietnam())}.
        </p>
        <div className="mt-2">
          <CommuneSummary rows={summary} />
        </div>
      </details>
    </div>
  );
}
