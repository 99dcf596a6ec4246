// One report for its page and its exports: the row, its frozen snapshot, the previous
// published report of the same scope (fixed at publication; for a draft, the current
// candidate) and the comments. Drafts exist only for those who may edit them: anyone
// else gets NOT_FOUND, as for a report that does not exist.
import type { PrismaClient } from "@/generated/prisma/client";
import type { ReportDocument } from "@/domain/reports/document";
import { periodLabel, REPORT_KIND_HEADINGS, type ReportKind } from "@/domain/reports/period";
import type { ReportSnapshot } from "@/domain/reports/snapshot";
import { toIsoDate } from "@/domain/format/date";
import { recipientLines, signatureBlock, splitLines } from "@/domain/reports/letterhead";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors";
import { vietnamDay, yearInVietnam } from "@/domain/time/vietnam";
import { findPreviousPublishedReport } from "./find-previous-report";
import { canSeeReport } from "./report-permissions";
import { REPORT_PERIOD_SELECT, REPORT_TEXT_SELECT } from "./report-select";

const NOT_FOUND = "Không tìm thấy báo cáo";

const reportSelect = {
  id: true,
  ...REPORT_PERIOD_SELECT,
  ...REPORT_TEXT_SELECT,
  scopeKey: true,
  programmeId: true,
  status: true,
  snapshot: true,
  snapshotAt: true,
  createdAt: true,
  publishedAt: true,
  previousReportId: true,
  version: true,
  createdBy: { select: { fullName: true } },
  publishedBy: { select: { fullName: true } },
} as const;

export async function getReport(viewer: Viewer, prisma: PrismaClient, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw new AppError("NOT_FOUND", NOT_FOUND);
  const report = await prisma.periodicReport.findUnique({ where: { id }, select: reportSelect });
  if (!report || !canSeeReport(viewer, report.status)) throw new AppError("NOT_FOUND", NOT_FOUND);

  const previousId =
    report.status === "PUBLISHED"
      ? report.previousReportId
      : ((await findPreviousPublishedReport(prisma, report))?.id ?? null);
  const previous = previousId
    ? await prisma.periodicReport.findUnique({
        where: { id: previousId },
        select: { id: true, title: true, ...REPORT_PERIOD_SELECT, snapshot: true },
      })
    : null;
  const comments = await prisma.reportComment.findMany({
    where: { reportId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      body: true,
      sectionKey: true,
      createdAt: true,
      user: { select: { fullName: true, role: true } },
    },
  });

  const asOf = toIsoDate(report.asOf);
  const document: ReportDocument = {
    heading: REPORT_KIND_HEADINGS[report.kind as ReportKind],
    title: report.title,
    parentBody: report.parentBody,
    issuingBody: splitLines(report.issuingBody),
    formal: {
      documentNumber: report.documentNumber,
      recipients: recipientLines(report.recipients),
      signature: signatureBlock(report),
    },
    place: report.place,
    issuedOn: report.publishedAt ? vietnamDay(report.publishedAt) : null,
    draftYear: yearInVietnam(),
    periodLabel: periodLabel({ ...report, asOf }),
    status: report.status,
    snapshot: report.snapshot as unknown as ReportSnapshot,
    previous: previous
      ? {
          id: previous.id,
          title: previous.title,
          periodLabel: periodLabel({ ...previous, asOf: toIsoDate(previous.asOf) }),
          snapshot: previous.snapshot as unknown as ReportSnapshot,
        }
      : null,
    narrative: { results: report.results, limitations: report.limitations, tasksAhead: report.tasksAhead },
  };
  return {
    report: {
      id: report.id,
      kind: report.kind,
      status: report.status,
      asOf,
      version: report.version,
      createdAt: report.createdAt,
      snapshotAt: report.snapshotAt,
      publishedAt: report.publishedAt,
      createdBy: report.createdBy.fullName,
      publishedBy: report.publishedBy?.fullName ?? null,
      title: report.title,
      parentBody: report.parentBody,
      issuingBody: report.issuingBody,
      place: report.place,
      documentNumber: report.documentNumber,
      recipients: report.recipients,
      signerAuthority: report.signerAuthority,
      signerTitle: report.signerTitle,
      signerName: report.signerName,
      results: report.results,
      limitations: report.limitations,
      tasksAhead: report.tasksAhead,
    },
    document,
    comments,
  };
}

export type ReportView = Awaited<ReturnType<typeof getReport>>;
