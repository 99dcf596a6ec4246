import type { ReactNode } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canApprove } from "@/server/auth/permissions";
import { listPendingByCommune } from "@/server/approval/count-pending-by-commune";
import { listSubmissions, SUBMISSION_LIST_LIMIT } from "@/server/approval/list-submissions";
import { yearInVietnam } from "@/domain/time/vietnam";
import { formatAuditTime } from "@/server/db/optimistic";
import { formatInteger } from "@/domain/format/number";
import { ORG_TYPE_SHORT } from "@/domain/labels";
import { Forbidden } from "../_components/forbidden";
import { PopulationApprovals } from "./_review/population-approvals";
import { SubmissionQueue } from "./_review/submission-queue";
import { RowHead, Table } from "@/app/_components/table";
import { PageHeader, Section } from "@/app/_components/page-layout";
import { YearPicker } from "@/app/_components/year-picker";

export const metadata: Metadata = { title: "Duyệt số liệu" };

type Props = { searchParams: Promise<{ nam?: string; xa?: string }> };

const people = (n: number | null | undefined) => (n === null || n === undefined ? "–" : `${formatInteger(n)} người`);

type Counts = { submitted: number; notSubmitted: number; approved: number };

const sumCounts = (rows: Counts[]): Counts =>
  rows.reduce(
    (s, c) => ({
      submitted: s.submitted + c.submitted,
      notSubmitted: s.notSubmitted + c.notSubmitted,
      approved: s.approved + c.approved,
    }),
    { submitted: 0, notSubmitted: 0, approved: 0 },
  );

function CountRow({ label, c, total = false }: { label: ReactNode; c: Counts; total?: boolean }) {
  return (
    <tr className="border-t border-slate-100">
      <RowHead className={total ? "font-semibold" : undefined}>{label}</RowHead>
      <td className="px-3 py-2 text-right font-semibold">{formatInteger(c.submitted)}</td>
      <td className="px-3 py-2 text-right">{formatInteger(c.notSubmitted)}</td>
      <td className="px-3 py-2 text-right">{formatInteger(c.approved)}</td>
    </tr>
  );
}

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
  const counts = await listPendingByCommune(prisma, year);
  const { items, total, population } = await listSubmissions(viewer, prisma, { year, communeId });
  const communeName = communeId ? counts.find((c) => c.communeId === communeId)?.label : undefined;
  return (
    <div className="space-y-6">
      <PageHeader title={`Duyệt số liệu năm ${year}`} />
      <YearPicker year={year} />

      <Section
        id="cho-duyet"
        title={
          <>
            Hồ sơ chờ duyệt{communeName ? ` của ${communeName}` : ""} ({formatInteger(total)})
            {communeId && (
              <Link href={`/duyet-so-lieu?nam=${year}`} className="text-sm font-normal underline">
                Xem tất cả các xã
              </Link>
            )}
          </>
        }
      >
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
      </Section>

      <Section id="dan-so" title={`Số dân chờ duyệt (${formatInteger(population.length)})`}>
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
      </Section>

      <Section
        id="theo-xa"
        title={`Theo xã, thị trấn (${formatInteger(sumCounts(counts).submitted)} hồ sơ chờ duyệt)`}
        className="space-y-2"
      >
        <Table
          testId="pending-by-commune"
          caption={`Số hồ sơ chờ duyệt, chưa gửi và đã duyệt theo xã năm ${year}`}
          columns={[
            "Xã, thị trấn",
            { label: "Chờ duyệt", numeric: true },
            { label: "Nháp, bị trả lại", numeric: true },
            { label: "Đã duyệt", numeric: true },
          ]}
          empty={counts.length === 0 && `Chưa có hồ sơ nào của năm ${year}.`}
          footer={counts.length > 0 && <CountRow label="Tổng cộng" c={sumCounts(counts)} total />}
        >
          {counts.map((c) => (
            <CountRow
              key={c.communeId}
              c={c}
              label={
                <Link href={`/duyet-so-lieu?nam=${year}&xa=${c.communeId}`} className="underline">
                  {c.label}
                </Link>
              }
            />
          ))}
        </Table>
      </Section>
    </div>
  );
}
