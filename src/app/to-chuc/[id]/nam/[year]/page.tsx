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
import { ApprovalPanel } from "../../../_forms/year/approval-panel";
import { DigitalSection } from "../../../_forms/year/digital-section";
import { RatingForm } from "../../../_forms/year/rating-form";
import { ReportForm } from "../../../_forms/year/report-form";
import { SupportSection } from "../../../_forms/year/support-section";

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
      <section aria-labelledby="duyet" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="duyet" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
          Gửi và duyệt số liệu
          <PendingBadges
            waiting={ofThisDossier.filter((c) => c.waiting).length}
            unsent={ofThisDossier.filter((c) => !c.waiting).length}
          />
        </h2>
        <ApprovalPanel
          ids={ids}
          organisationName={o.name}
          report={dossier.report}
          lock={lock}
          canApprove={canApprove(viewer)}
          checklist={checklist}
        />
      </section>
      <fieldset disabled={lock !== null} className="min-w-0 space-y-6 disabled:opacity-70">
        <legend className="sr-only">
          Số liệu năm {year}
          {lock ? " (chỉ xem: hồ sơ đã gửi duyệt hoặc đã duyệt)" : ""}
        </legend>
        <ReportForm ids={ids} report={dossier.report} isTht={o.type === "THT"} register={register} />
        {o.type !== "THT" && (
          <RatingForm
            ids={ids}
            rating={dossier.rating}
            defaultScheme={o.sector === "AGRICULTURE" ? "AGRICULTURE" : "GENERAL"}
          />
        )}
        <DigitalSection ids={ids} items={dossier.digital} />
        <SupportSection ids={ids} items={dossier.supports} />
      </fieldset>
    </div>
  );
}
