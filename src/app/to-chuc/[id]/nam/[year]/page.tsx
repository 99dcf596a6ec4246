import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { canApprove } from "@/server/auth/permissions";
import { getEntryOrganisation } from "@/server/organisation/get-entry-organisation";
import { getYearDossier } from "@/server/dossier/get-year-dossier";
import { getOrganisationApproval, lockInfo, yearLock } from "@/server/approval/organisation-approval";
import { getDossierChecks } from "@/server/approval/get-submission-checklist";
import { todayInVietnam } from "@/domain/time/vietnam";
import { PendingBadges } from "@/app/_components/entry/approval-badges";
import { Forbidden } from "../../../../_components/forbidden";
import { EntryHeader } from "../../../_forms/entry-header";
import { APPROVAL_STATUS_LABEL } from "@/domain/labels";
import { DossierNotes, SendPanel } from "../../../_forms/year/approval-panel";
import { DigitalSection } from "../../../_forms/year/digital-section";
import { YearFiguresForm } from "../../../_forms/year/year-figures-form";
import { SupportSection } from "../../../_forms/year/support-section";
import { cardClass } from "../../../../_components/form/styles";

export const metadata: Metadata = { title: "Số liệu năm" };

type Props = { params: Promise<{ id: string; year: string }> };

export default async function YearDossierPage({ params }: Props) {
  const viewer = await requireViewer();
  const p = await params;
  if (!/^\d{4}$/.test(p.year) || Number(p.year) < 2000 || Number(p.year) > 2100) notFound();
  const year = Number(p.year);
  const found = await getEntryOrganisation(viewer, prisma, p.id);
  if (!found) notFound();
  if (!found.canWrite) {
    return <Forbidden message="Bạn không có quyền nhập hoặc duyệt số liệu của tổ chức này." />;
  }
  const o = found.organisation;
  // Sequential: the embedded database has a single connection.
  const dossier = await getYearDossier(prisma, o.id, year);
  const approval = await getOrganisationApproval(viewer, prisma, o.id);
  const { checklist, register } = await getDossierChecks(viewer, prisma, o.id, year);
  const ids = { organisationId: o.id, year };
  const lock = lockInfo(o.id, yearLock(approval, year));
  const thisYear = todayInVietnam().getUTCFullYear();
  const ofThisDossier = approval.pending.filter((c) => c.year === year || c.year === null);
  const isTht = o.type === "THT";
  const status = dossier.report?.approvalStatus ?? null;
  const missing = checklist.filter((i) => !i.done).length;
  const r = dossier.report;
  const hasFigures =
    !!r &&
    [
      r.memberCount,
      r.officialMemberCount,
      r.employeeCount,
      r.charterCapital,
      r.totalAssets,
      r.revenue,
      r.profit,
      r.avgMemberIncome,
      r.effective,
    ].some((v) => v !== null);
  const figuresState = !hasFigures
    ? "chưa nhập"
    : isTht
      ? "đã có số liệu"
      : dossier.rating
        ? "đã có số liệu và xếp loại"
        : "đã có số liệu, chưa xếp loại";
  const counted = (n: number, unit: string) => (n ? `${n} ${unit}` : "chưa ghi nhận");
  // The page in the order the dossier is made: its steps, each a link to its part.
  const steps = [
    { href: "#bao-cao-xep-loai", label: isTht ? "Báo cáo năm" : "Báo cáo & xếp loại", state: figuresState },
    { href: "#chuyen-doi-so", label: "Chuyển đổi số", state: counted(dossier.digital.length, "hình thức") },
    { href: "#ho-tro", label: "Hỗ trợ", state: counted(dossier.supports.length, "khoản") },
    {
      href: "#gui-duyet",
      label: "Gửi duyệt",
      state:
        (status ? APPROVAL_STATUS_LABEL[status] : "chưa gửi") +
        ((status === null || status === "DRAFT" || status === "RETURNED") && missing > 0
          ? ` (${missing} mục cần xem lại)`
          : ""),
    },
  ];
  return (
    <div className="space-y-6">
      <EntryHeader organisation={o} title={`Số liệu năm ${year}`} year={thisYear} />
      <nav aria-label="Chọn năm" className="flex gap-3 text-sm">
        <Link href={`/to-chuc/${o.id}/nam/${year - 1}`} className="underline">
          ← Năm {year - 1}
        </Link>
        {year < thisYear + 1 && (
          <Link href={`/to-chuc/${o.id}/nam/${year + 1}`} className="underline">
            Năm {year + 1} →
          </Link>
        )}
      </nav>
      <div className={cardClass}>
        <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="approval-status">
          Tình trạng duyệt: <strong>{status ? APPROVAL_STATUS_LABEL[status] : "Chưa có hồ sơ (chưa gửi)"}</strong>
          <PendingBadges
            waiting={ofThisDossier.filter((c) => c.waiting).length}
            unsent={ofThisDossier.filter((c) => !c.waiting).length}
          />
        </p>
        <nav aria-label={`Các bước của hồ sơ năm ${year}`} data-testid="dossier-steps">
          <ol className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
            {steps.map((step, i) => (
              <li key={step.href}>
                <a href={step.href} className="block rounded border border-slate-200 p-2 hover:bg-slate-50">
                  <span className="font-semibold text-brand-800 underline">
                    {i + 1}. {step.label}
                  </span>
                  <span className="block text-slate-700">{step.state}</span>
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <DossierNotes report={dossier.report} lock={lock} />
      </div>
      <fieldset disabled={lock !== null} className="min-w-0 space-y-6 disabled:opacity-70">
        <legend className="sr-only">
          Số liệu năm {year}
          {lock ? " (chỉ xem: hồ sơ đã gửi duyệt hoặc đã duyệt)" : ""}
        </legend>
        <YearFiguresForm
          ids={ids}
          report={dossier.report}
          rating={dossier.rating}
          isTht={isTht}
          register={register}
          defaultScheme={o.sector === "AGRICULTURE" ? "AGRICULTURE" : "GENERAL"}
        />
        <DigitalSection ids={ids} items={dossier.digital} />
        <SupportSection ids={ids} items={dossier.supports} />
      </fieldset>
      <section aria-labelledby="gui-duyet" className={cardClass}>
        <h2 id="gui-duyet" className="text-lg font-semibold">
          Gửi duyệt hồ sơ năm {year}
        </h2>
        <SendPanel
          ids={ids}
          organisationName={o.name}
          report={dossier.report}
          canApprove={canApprove(viewer)}
          checklist={checklist}
        />
      </section>
    </div>
  );
}
