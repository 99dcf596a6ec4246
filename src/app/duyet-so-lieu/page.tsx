import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canApprove } from "@/server/auth/permissions";
import { countPendingByCommune } from "@/server/approval/count-pending-by-commune";
import { listSubmissions, SUBMISSION_LIST_LIMIT } from "@/server/approval/list-submissions";
import { yearInVietnam } from "@/domain/time/vietnam";
import { formatAuditTime } from "@/server/db/optimistic";
import { formatInteger } from "@/domain/format/number";
import { ORG_TYPE_SHORT } from "@/domain/labels";
import { Forbidden } from "../_components/forbidden";
import { PopulationApprovals } from "./_review/population-approvals";
import { SubmissionQueue } from "./_review/submission-queue";
import { ColumnHeads } from "@/app/_components/table";

export const metadata: Metadata = { title: "Duyệt số liệu" };

type Props = { searchParams: Promise<{ nam?: string; xa?: string }> };

const people = (n: number | null | undefined) => (n === null || n === undefined ? "–" : `${formatInteger(n)} người`);

export default async function ApprovalQueuePage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!canApprove(viewer)) return <Forbidden message="Chỉ cán bộ Phòng TC-KH và quản trị viên được duyệt số liệu." />;
  const sp = await searchParams;
  const thisYear = yearInVietnam();
  const rawYear = Number(sp.nam ?? thisYear);
  const year = Number.isInteger(rawYear) && rawYear >= 2000 && rawYear <= 2100 ? rawYear : thisYear;
  // an id no unit can have (beyond int4) is no filter, not an error
  const communeId = /^[1-9]\d{0,9}$/.test(sp.xa ?? "") && Number(sp.xa) <= 2_147_483_647 ? Number(sp.xa) : undefined;
  // Sequential: the embedded database has a single connection.
  const counts = await countPendingByCommune(prisma, year);
  const { items, total, population } = await listSubmissions(viewer, prisma, { year, communeId });
  const communeName = communeId ? counts.find((c) => c.communeId === communeId)?.communeName : undefined;
  const totalSubmitted = counts.reduce((s, c) => s + c.submitted, 0);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Duyệt số liệu năm {year}</h1>
      <form noValidate method="get" className="flex items-end gap-2" aria-label="Chọn năm">
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

      <section aria-labelledby="cho-duyet" className="space-y-3">
        <h2 id="cho-duyet" className="flex flex-wrap items-baseline gap-2 text-lg font-semibold">
          Hồ sơ chờ duyệt{communeName ? ` của ${communeName}` : ""} ({formatInteger(total)})
          {communeId && (
            <Link href={`/duyet-so-lieu?nam=${year}`} className="text-sm font-normal underline">
              Xem tất cả các xã
            </Link>
          )}
        </h2>
        <p className="text-sm text-slate-700">
          Mỗi hồ sơ gồm báo cáo, xếp loại, chuyển đổi số, hỗ trợ của năm và các thay đổi sổ đăng ký của tổ chức (thông
          tin, trạng thái, thành viên, liên kết, công nghệ cao). Mở hồ sơ để xem toàn bộ thay đổi so với năm đã duyệt
          trước, rồi duyệt hoặc trả lại.
        </p>
        <SubmissionQueue
          year={year}
          items={items.map((r) => ({
            organisationId: r.organisation.id,
            year: r.year,
            organisationName: r.organisation.name,
            detail: `${ORG_TYPE_SHORT[r.organisation.type]} · ${r.organisation.code}`,
            communeName: r.organisation.communeName,
            submittedOn: r.submittedAt ? formatAuditTime(r.submittedAt) : "–",
            submittedBy: r.submittedBy,
            changes: r.changes,
            flags: r.flags.map((f) => f.text),
            value: `${r.organisation.id}:${r.year}:${r.version}:${r.seen}`,
          }))}
        />
        {total > items.length && (
          <p className="text-sm text-slate-700">
            Đang hiện {SUBMISSION_LIST_LIMIT} hồ sơ gửi sớm nhất trong {formatInteger(total)}; duyệt bớt hoặc chọn một
            xã để xem tiếp.
          </p>
        )}
      </section>

      <section aria-labelledby="dan-so" className="space-y-3">
        <h2 id="dan-so" className="text-lg font-semibold">
          Số dân chờ duyệt ({formatInteger(population.length)})
        </h2>
        <PopulationApprovals
          items={population.map((p) => ({
            areaUnitId: p.areaUnitId,
            label: p.label,
            year: p.year,
            before: people(p.before?.population),
            now: people(p.now?.population),
            by: p.by ?? "–",
          }))}
        />
      </section>

      <section aria-labelledby="theo-xa" className="space-y-2">
        <h2 id="theo-xa" className="text-lg font-semibold">
          Theo xã, thị trấn ({formatInteger(totalSubmitted)} hồ sơ chờ duyệt)
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="pending-by-commune">
            <caption className="sr-only">Số hồ sơ chờ duyệt, chưa gửi và đã duyệt theo xã năm {year}</caption>
            <ColumnHeads
              pad="px-3 py-2"
              columns={[
                "Xã, thị trấn",
                { label: "Chờ duyệt", numeric: true },
                { label: "Nháp, bị trả lại", numeric: true },
                { label: "Đã duyệt", numeric: true },
              ]}
            />
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
                    Chưa có hồ sơ nào của năm {year}.
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
