import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canAdminister } from "@/server/auth/permissions";
import { getProgramme } from "@/server/programmes/get-programme";
import { getAllocationsOfTarget } from "@/server/programmes/allocations";
import { programmeParam } from "@/domain/dashboard/filters";
import { COMPARATOR_SIGNS } from "@/domain/targets/labels";
import { formatNumber } from "@/domain/format/number";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { PageHeader } from "@/app/_components/page-layout";
import { AllocationForm } from "./allocation-form";

export const metadata: Metadata = { title: "Giao chỉ tiêu" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const value = (v: number, percent: boolean) => `${formatNumber(v)}${percent ? " %" : ""}`;

export default async function AllocationPage({ searchParams }: Props) {
  await connection();
  const viewer = await requireViewer();
  const params = await searchParams;
  const programme = await getProgramme(prisma, programmeParam(params.chuong_trinh));
  const code = typeof params.ma === "string" ? params.ma : "";
  if (!programme || !code) notFound();
  const data = await getAllocationsOfTarget(prisma, programme, code, todayIsoInVietnam());
  if (!data) notFound();
  const { target, units, allocations, summary } = data;
  const percent = target.unit === "PERCENT";
  const byUnit = new Map(allocations.map((a) => [a.areaUnitId, a.value]));
  return (
    <div className="space-y-6">
      <Link href={`/quan-tri/chi-tieu?chuong_trinh=${programme.code}`} className="text-sm text-brand-800 underline">
        ← Chỉ tiêu của {programme.shortTitle}
      </Link>
      <PageHeader
        title={`Giao chỉ tiêu: ${target.title}`}
        lead={`${programme.shortTitle} · mục tiêu ${target.horizonYear}: ${COMPARATOR_SIGNS[target.comparator]} ${value(target.value, percent)} · “${target.sourceText}”`}
      />
      <section aria-labelledby="cong-don" className="space-y-2">
        <h2 id="cong-don" className="text-lg font-semibold">
          Các mức giao cộng lại
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="allocation-table">
            <caption className="sr-only">Mức giao của từng địa bàn và tổng so với mục tiêu của chương trình</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Địa bàn
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Mức giao {target.horizonYear}
                </th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-1.5 text-left font-normal">
                    {u.label}
                  </th>
                  <td className="px-3 py-1.5 text-right">
                    {byUnit.has(u.id) ? (
                      value(byUnit.get(u.id)!, percent)
                    ) : (
                      <span className="text-slate-600">Chưa giao</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300 font-semibold">
              <tr>
                <th scope="row" className="px-3 py-1.5 text-left">
                  {percent ? "Tỷ lệ không cộng dồn" : "Tổng các mức giao"}
                </th>
                <td className="px-3 py-1.5 text-right" data-testid="allocation-sum">
                  {summary.sum === null ? "—" : value(summary.sum, false)}
                </td>
              </tr>
              <tr>
                <th scope="row" className="px-3 py-1.5 text-left font-normal">
                  Mục tiêu của chương trình
                </th>
                <td className="px-3 py-1.5 text-right font-normal">{value(target.value, percent)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="text-sm" data-testid="allocation-summary">
          Đã giao {summary.allocatedUnits}/{summary.units} địa bàn.{" "}
          {summary.difference === null
            ? "Chỉ tiêu tỷ lệ: mỗi địa bàn được đánh giá theo mức giao của mình, các mức không cộng lại."
            : summary.difference >= 0
              ? `Các mức giao cộng lại ${summary.difference === 0 ? "bằng" : `vượt ${formatNumber(summary.difference)} so với`} mục tiêu của chương trình.`
              : `Các mức giao cộng lại còn thiếu ${formatNumber(-summary.difference)} so với mục tiêu của chương trình.`}
        </p>
      </section>
      {canAdminister(viewer) ? (
        <AllocationForm
          programme={programme.code}
          code={target.code}
          percent={percent}
          units={units.map((u) => ({ ...u, value: byUnit.get(u.id) ?? null }))}
        />
      ) : (
        <p className="text-sm text-slate-700">Chỉ quản trị viên được giao chỉ tiêu.</p>
      )}
    </div>
  );
}
