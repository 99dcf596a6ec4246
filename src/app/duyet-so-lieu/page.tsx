import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canApprove } from "@/server/auth/permissions";
import { countPendingByCommune } from "@/server/entry/approval/count-pending-by-commune";
import { listPendingSubmissions } from "@/server/entry/approval/list-pending-submissions";
import { todayInVietnam } from "@/server/entry/dates";
import { formatInteger, formatMoney } from "@/domain/format/number";
import { ORG_TYPE_SHORT } from "@/domain/labels";
import { formatAuditTime } from "@/server/db/optimistic";
import { Forbidden } from "../_components/forbidden";
import { ReviewForms } from "./review-forms";

export const metadata: Metadata = { title: "Duyệt số liệu" };

type Props = { searchParams: Promise<{ nam?: string; xa?: string }> };

export default async function ApprovalQueuePage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!canApprove(viewer)) return <Forbidden message="Chỉ cán bộ Phòng TC-KH và quản trị viên được duyệt số liệu." />;
  const sp = await searchParams;
  const thisYear = todayInVietnam().getUTCFullYear();
  const rawYear = Number(sp.nam ?? thisYear);
  const year = Number.isInteger(rawYear) && rawYear >= 2000 && rawYear <= 2100 ? rawYear : thisYear;
  const communeId = /^[1-9]\d{0,9}$/.test(sp.xa ?? "") ? Number(sp.xa) : undefined;
  const [counts, pending] = await Promise.all([
    countPendingByCommune(prisma, year),
    listPendingSubmissions(viewer, prisma, year, communeId),
  ]);
  const totalSubmitted = counts.reduce((s, c) => s + c.submitted, 0);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Duyệt số liệu năm {year}</h1>
      <form method="get" className="flex items-end gap-2" aria-label="Chọn năm">
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Năm</span>
          <input
            name="nam"
            type="number"
            defaultValue={year}
            min={2000}
            max={2100}
            className="mt-1 w-28 rounded border border-slate-300 p-2"
          />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Xem
        </button>
      </form>
      <section aria-labelledby="theo-xa" className="space-y-2">
        <h2 id="theo-xa" className="text-lg font-semibold">
          Theo xã, thị trấn ({formatInteger(totalSubmitted)} hồ sơ chờ duyệt)
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="pending-by-commune">
            <caption className="sr-only">Số hồ sơ chờ duyệt, chưa gửi và đã duyệt theo xã năm {year}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Xã, thị trấn
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Chờ duyệt
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Nháp, bị trả lại
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Đã duyệt
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.communeId} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <Link href={`/duyet-so-lieu?nam=${year}&xa=${c.communeId}`} className="underline">
                      {c.communeName}
                    </Link>
                  </th>
                  <td className="px-3 py-2 text-right font-semibold">{formatInteger(c.submitted)}</td>
                  <td className="px-3 py-2 text-right">{formatInteger(c.notSubmitted)}</td>
                  <td className="px-3 py-2 text-right">{formatInteger(c.approved)}</td>
                </tr>
              ))}
              {counts.length === 0 && (
                <tr>
                  <td colSpan={4} className="px-3 py-6 text-center text-slate-600">
                    Chưa có báo cáo nào của năm {year}.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="cho-duyet" className="space-y-2">
        <h2 id="cho-duyet" className="text-lg font-semibold">
          Hồ sơ chờ duyệt{communeId ? " (một xã)" : ""}
          {communeId && (
            <Link href={`/duyet-so-lieu?nam=${year}`} className="ml-2 text-sm font-normal underline">
              Xem tất cả
            </Link>
          )}
        </h2>
        {pending.length === 0 ? (
          <p className="text-sm text-slate-600">Không có hồ sơ nào đang chờ duyệt.</p>
        ) : (
          <ul className="space-y-3" data-testid="pending-list">
            {pending.map((r) => (
              <li key={r.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <p>
                  <Link href={`/to-chuc/${r.organisation.id}/nam/${year}`} className="font-semibold underline">
                    {r.organisation.name}
                  </Link>{" "}
                  ({ORG_TYPE_SHORT[r.organisation.type]} · {r.organisation.commune.name}) · gửi lúc{" "}
                  {r.submittedAt ? formatAuditTime(r.submittedAt) : "—"} · {formatInteger(r.memberCount ?? 0)} thành
                  viên · doanh thu {r.revenue === null ? "—" : formatMoney(r.revenue)}
                </p>
                <ReviewForms
                  target={{ organisationId: r.organisation.id, year, version: r.version, name: r.organisation.name }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
