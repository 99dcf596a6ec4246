import type { ReactNode } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canApprove, canWriteCommune } from "@/server/auth/permissions";
import { isAppError } from "@/server/errors";
import { getOrganisationHistoryCached } from "@/server/page-data/organisation-history-cache";
import { ORG_TYPE_LABELS, SECTOR_LABELS, orgStatusLabel } from "@/domain/labels";
import { formatDate } from "@/domain/format/date";
import { APPROVAL_STATUS_LABEL } from "@/domain/labels";
import { formatAuditTime } from "@/server/db/optimistic";
import { todayInVietnam } from "@/domain/time/vietnam";
import { getOrganisationApproval, lockInfo } from "@/server/approval/organisation-approval";
import { PendingBadges } from "@/app/_components/entry/approval-badges";
import { SubmissionLockNote } from "@/app/_components/entry/submission-lock";
import { MembersSection } from "./_components/members-section";
import { FinanceSection } from "./_components/finance-section";
import { RatingsSection } from "./_components/ratings-section";
import {
  DigitalSection,
  HighTechSection,
  LinkagesSection,
  SupportSection,
  UnionSection,
} from "./_components/activities-section";
import { RowHead, Table } from "@/app/_components/table";
import { PageHeader, Section } from "@/app/_components/page-layout";

export const metadata: Metadata = { title: "Hồ sơ tổ chức" };

type Props = { params: Promise<{ id: string }> };

/** Only plain positive integers name an organisation ("12", not "1e3", "-4" or "abc"). */
const ID_PATTERN = /^[1-9][0-9]{0,9}$/;

export default async function OrganisationPage({ params }: Props) {
  const viewer = await requireViewer();
  const raw = (await params).id;
  if (!ID_PATTERN.test(raw)) notFound();
  const h = await getOrganisationHistoryCached(prisma, Number(raw)).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const o = h.organisation;
  const isCooperative = o.type !== "THT";
  const approval = await getOrganisationApproval(viewer, prisma, o.id);
  const canWrite = canWriteCommune(viewer, o.commune.id);
  const thisYear = todayInVietnam().getUTCFullYear();
  const statusPending = approval.pending.filter((c) => c.entity === "OrgStatusChange");
  const identityPending = approval.pending.filter((c) => c.entity === "Organisation");

  const facts: [string, ReactNode][] = [
    [
      "Mã tổ chức",
      <span key="c" className="font-mono">
        {o.code}
      </span>,
    ],
    ["Loại hình", ORG_TYPE_LABELS[o.type]],
    [
      "Xã, thị trấn",
      // where the organisation counts today (the 2025 reorganisation)
      o.commune.validTo
        ? `${o.commune.kind} ${o.commune.name} (cũ, đến ${formatDate(o.commune.validTo)})${
            o.commune.successor
              ? `, nay thuộc ${o.commune.successor.kind.toLowerCase()} ${o.commune.successor.name}: số liệu từ 01/07/2025 tính vào đó`
              : ""
          }`
        : `${o.commune.kind} ${o.commune.name}`,
    ],
    ["Địa chỉ", o.address ?? "Chưa cập nhật"],
    ["Lĩnh vực", SECTOR_LABELS[o.sector]],
    ["Sản phẩm chính", o.mainProducts.length ? o.mainProducts.join(", ") : "Chưa cập nhật"],
    ["Ngày thành lập", o.foundedOn ? formatDate(o.foundedOn) : "Chưa cập nhật"],
    ["Trạng thái hiện tại", <strong key="s">{orgStatusLabel(o.currentStatus, o.type)}</strong>],
    [
      "Sổ thành viên",
      o.type === "LHHTX" ? "Không áp dụng (thành viên là hợp tác xã)" : o.hasMemberRegister ? "Có" : "Chưa có",
    ],
  ];

  return (
    <div className="space-y-8">
      <PageHeader
        title={
          <>
            {o.name} <PendingBadges waiting={approval.waiting} unsent={approval.unsent} />
          </>
        }
        trail={{ links: [["/to-chuc", "Tổ chức"]], here: o.code }}
        lead={
          <>
            {ORG_TYPE_LABELS[o.type]} · {o.commune.kind} {o.commune.name}
            {o.commune.validTo
              ? ` (cũ)${o.commune.successor ? `, nay thuộc ${o.commune.successor.kind.toLowerCase()} ${o.commune.successor.name}` : ""}`
              : ""}{" "}
            · {orgStatusLabel(o.currentStatus, o.type)}
          </>
        }
      />

      <Section id="duyet-so-lieu" title="Tình trạng duyệt số liệu" testId="approval-summary">
        <SubmissionLockNote
          lock={lockInfo(o.id, approval.submitted)}
          scope="các biểu mẫu nhập liệu của tổ chức"
          canWithdraw={canWrite}
        />
        {approval.unsent > 0 && (
          <p className="text-sm">
            <strong>{approval.unsent} thay đổi chưa gửi duyệt</strong>: chưa được tính vào các chỉ tiêu (mặc định chỉ
            tính số liệu đã duyệt).
            {canWrite && (
              <>
                {" "}
                <Link href={`/to-chuc/${o.id}/nam/${thisYear}`} className="font-semibold text-brand-800 underline">
                  Gửi duyệt ở trang Số liệu năm {thisYear}
                </Link>
              </>
            )}
          </p>
        )}
        {approval.waiting > 0 && (
          <p className="text-sm">
            <strong>{approval.waiting} thay đổi đang chờ huyện duyệt</strong>: chỉ được tính vào các chỉ tiêu sau khi
            huyện duyệt.
          </p>
        )}
        {approval.dossiers.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa có hồ sơ năm nào.</p>
        ) : (
          <Table
            dense
            testId="dossiers-table"
            caption="Hồ sơ số liệu theo năm và tình trạng duyệt"
            columns={[
              "Năm",
              "Tình trạng",
              "Gửi lúc",
              "Duyệt lúc",
              "Ý kiến của huyện",
              <span key="mo" className="sr-only">
                Mở
              </span>,
            ]}
          >
            {approval.dossiers.map((d) => (
              <tr key={d.year} className="border-t border-slate-100">
                <RowHead dense>{d.year}</RowHead>
                <td className="px-2 py-1">{APPROVAL_STATUS_LABEL[d.status]}</td>
                <td className="px-2 py-1">{d.submittedAt ? formatAuditTime(d.submittedAt) : "–"}</td>
                <td className="px-2 py-1">{d.approvedAt ? formatAuditTime(d.approvedAt) : "–"}</td>
                <td className="px-2 py-1">{d.reviewComment ?? "–"}</td>
                <td className="px-2 py-1">
                  <span className="flex flex-wrap gap-x-3">
                    {canWrite && (
                      <Link href={`/to-chuc/${o.id}/nam/${d.year}`} className="text-brand-800 underline">
                        Số liệu năm {d.year}
                      </Link>
                    )}
                    {(canWrite || canApprove(viewer)) && (
                      <Link href={`/duyet-so-lieu/${o.id}/${d.year}`} className="text-brand-800 underline">
                        Xem hồ sơ gửi duyệt {d.year}
                      </Link>
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section
        id="thong-tin"
        title={
          <>
            Thông tin chung
            <PendingBadges
              waiting={identityPending.filter((c) => c.waiting).length}
              unsent={identityPending.filter((c) => !c.waiting).length}
            />
          </>
        }
      >
        <dl
          className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2"
          data-testid="org-identity"
        >
          {facts.map(([label, value]) => (
            <div key={label} className="flex flex-col">
              <dt className="text-slate-600">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section
        id="trang-thai"
        title={
          <>
            Lịch sử trạng thái
            <PendingBadges
              waiting={statusPending.filter((c) => c.waiting).length}
              unsent={statusPending.filter((c) => !c.waiting).length}
            />
          </>
        }
      >
        {h.statusChanges.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa ghi nhận thay đổi trạng thái.</p>
        ) : (
          <ol className="space-y-2 border-l-2 border-slate-300 pl-4 text-sm" data-testid="status-timeline">
            {h.statusChanges.map((s) => (
              <li key={s.effectiveFrom} className="relative">
                <span
                  className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-slate-500"
                  aria-hidden="true"
                />
                <time dateTime={s.effectiveFrom} className="font-semibold">
                  Từ ngày {formatDate(s.effectiveFrom)}
                </time>
                : {orgStatusLabel(s.status, o.type)}
                {s.decisionRef && <> · Căn cứ: {s.decisionRef}</>}
                {s.note && <> · {s.note}</>}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <MembersSection h={h} approval={approval} />
      <FinanceSection h={h} approval={approval} />
      {isCooperative && <RatingsSection h={h} approval={approval} />}
      <LinkagesSection h={h} approval={approval} />
      <HighTechSection h={h} approval={approval} />
      <DigitalSection h={h} approval={approval} />
      <SupportSection h={h} approval={approval} />
      <UnionSection h={h} />

      {canWrite && (
        <nav aria-labelledby="sua-nhap" className="no-print space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="sua-nhap" className="text-lg font-semibold">
            Sửa / Nhập số liệu
          </h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {[
              [`/to-chuc/${o.id}/sua`, "Sửa thông tin, trạng thái"],
              [`/to-chuc/${o.id}/thanh-vien`, "Sổ thành viên"],
              [`/to-chuc/${o.id}/nam/${thisYear}`, `Số liệu năm ${thisYear}`],
              [`/to-chuc/${o.id}/lien-ket`, "Liên kết chuỗi"],
              [`/to-chuc/${o.id}/cong-nghe-cao`, "Công nghệ cao"],
            ].map(([href, label]) => (
              <li key={href}>
                <Link
                  href={href}
                  className="inline-block rounded border border-brand-700 px-3 py-1.5 text-brand-800 underline"
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
