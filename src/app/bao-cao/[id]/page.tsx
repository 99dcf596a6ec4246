import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import { requireViewer } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { getReport } from "@/server/reports/get-report";
import { canCommentOnReports, canManageReports } from "@/server/reports/report-permissions";
import { REPORT_KIND_LABELS, REPORT_STATUS_LABELS } from "@/domain/reports/period";
import { REPORT_SECTIONS, type ReportSectionKey } from "@/domain/reports/sections";
import { formatAuditTime } from "@/server/db/optimistic";
import { ReportDocumentView } from "../_components/report-document";
import { NarrativeForm } from "./_components/narrative-form";
import { PublishForm } from "./_components/publish-form";
import { CommentForm } from "./_components/comment-form";

export const metadata: Metadata = { title: "Báo cáo" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ muc?: string | string[] }> };

const SECTION_LABELS = new Map<string, string>(REPORT_SECTIONS.map((s) => [s.key, s.label]));

export default async function ReportPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const raw = (await params).id;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const view = await getReport(viewer, prisma, Number(raw)).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const { report, document, comments } = view;
  const draft = report.status === "DRAFT";
  const manage = canManageReports(viewer);
  const base = `/bao-cao/${report.id}/xuat`;
  const wanted = (await searchParams).muc;
  const chosenSection = typeof wanted === "string" && SECTION_LABELS.has(wanted) ? wanted : "";
  const commenter = !draft && canCommentOnReports(viewer);
  const commentItem = (c: (typeof comments)[number], withSection: boolean) => (
    <li key={c.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
      <p className="text-xs text-slate-600">
        {c.user.fullName} · {formatAuditTime(c.createdAt)}
        {withSection && (
          <>
            {" · "}
            {c.sectionKey && SECTION_LABELS.has(c.sectionKey) ? (
              <a href={`#muc-${c.sectionKey}`} className="text-brand-800 underline">
                {SECTION_LABELS.get(c.sectionKey)}
              </a>
            ) : (
              "Toàn báo cáo"
            )}
          </>
        )}
      </p>
      <p className="whitespace-pre-line">{c.body}</p>
    </li>
  );
  const sectionFooter = (key: ReportSectionKey) => {
    if (draft) return null;
    const mine = comments.filter((c) => c.sectionKey === key);
    if (mine.length === 0 && !commenter) return null;
    return (
      <aside
        aria-label={`Góp ý về mục ${SECTION_LABELS.get(key)}`}
        className="no-print space-y-2 border-l-4 border-amber-300 bg-amber-50/50 py-1 pl-3 font-sans"
        data-testid={`gop-y-${key}`}
      >
        {mine.length > 0 && <ol className="space-y-2">{mine.map((c) => commentItem(c, false))}</ol>}
        {commenter && (
          <a href={`?muc=${key}#gop-y`} className="text-xs text-brand-800 underline">
            Góp ý về mục này
          </a>
        )}
      </aside>
    );
  };

  return (
    <div className="space-y-6">
      <nav className="no-print flex flex-wrap items-center gap-3 text-sm">
        <Link href="/bao-cao" className="text-brand-800 underline">
          ← Danh sách báo cáo
        </Link>
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-semibold ${draft ? "bg-amber-100 text-amber-900" : "bg-green-100 text-green-900"}`}
          data-testid="report-status"
        >
          {REPORT_STATUS_LABELS[report.status]}
        </span>
        {!draft && (
          <a href="#gop-y" className="font-semibold text-brand-800 underline" data-testid="comments-link">
            Ý kiến góp ý ({comments.length})
          </a>
        )}
        <span className="text-slate-700">
          {REPORT_KIND_LABELS[report.kind]} · số liệu chốt lúc {formatAuditTime(report.snapshotAt)} · người lập{" "}
          {report.createdBy}
          {report.publishedAt &&
            ` · ban hành lúc ${formatAuditTime(report.publishedAt)}${report.publishedBy ? ` bởi ${report.publishedBy}` : ""}`}
        </span>
      </nav>

      <section aria-label="Tải về" className="no-print flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold">Tải về:</span>
        <a href={`${base}/pdf`} className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50">
          PDF
        </a>
        <a href={`${base}/docx`} className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50">
          Word (DOCX)
        </a>
        <a href={`${base}/xlsx`} className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50">
          Excel (XLSX)
        </a>
        <a
          href={`${base}/csv?bang=muc-tieu`}
          className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50"
        >
          CSV chỉ tiêu
        </a>
        <a
          href={`${base}/csv?bang=xa`}
          className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50"
        >
          CSV theo xã
        </a>
        <a
          href={`${base}/csv?bang=ho-tro`}
          className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50"
        >
          CSV hỗ trợ
        </a>
        <Link
          href={`/bao-cao/so-sanh?a=${document.previous?.id ?? ""}&b=${report.id}`}
          className="ml-2 text-brand-800 underline"
        >
          So sánh với báo cáo khác
        </Link>
      </section>

      {draft && manage && (
        <div className="no-print grid gap-4 lg:grid-cols-[2fr_1fr]">
          <NarrativeForm {...report} />
          <PublishForm id={report.id} version={report.version} />
        </div>
      )}

      <ReportDocumentView doc={document} sectionFooter={sectionFooter} />

      {!draft && (
        <section aria-labelledby="gop-y" className="no-print mx-auto max-w-5xl scroll-mt-4 space-y-3">
          <h2 id="gop-y" className="text-lg font-semibold">
            Ý kiến góp ý ({comments.length})
          </h2>
          {comments.length === 0 && <p className="text-sm text-slate-600">Chưa có ý kiến góp ý.</p>}
          <ol className="space-y-2" data-testid="comments">
            {comments.map((c) => commentItem(c, true))}
          </ol>
          {commenter && (
            <CommentForm
              key={chosenSection}
              reportId={report.id}
              sections={REPORT_SECTIONS.map((s) => [s.key, s.label] as const)}
              section={chosenSection}
            />
          )}
        </section>
      )}
    </div>
  );
}
