// The reports list with its filters (kind, year, status). Drafts are listed for those
// who may edit them only.
import type { PrismaClient, Prisma } from "@/generated/prisma/client";
import { toIsoDate } from "@/domain/format/date";
import { periodLabel } from "@/domain/reports/period";
import type { Viewer } from "../auth/viewer";
import { canManageReports } from "./report-permissions";
import { REPORT_PERIOD_SELECT } from "./report-select";

export type ReportListFilters = {
  kind?: "DINH_KY" | "SO_KET" | "TONG_KET";
  year?: number;
  status?: "DRAFT" | "PUBLISHED";
};

export async function listReports(viewer: Viewer, prisma: PrismaClient, f: ReportListFilters = {}) {
  const where: Prisma.PeriodicReportWhereInput = {
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.year ? { year: f.year } : {}),
    ...(canManageReports(viewer) ? (f.status ? { status: f.status } : {}) : { status: "PUBLISHED" }),
  };
  const rows = await prisma.periodicReport.findMany({
    where,
    orderBy: [{ asOf: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      ...REPORT_PERIOD_SELECT,
      title: true,
      status: true,
      scope: true,
      publishedAt: true,
      createdAt: true,
      createdBy: { select: { fullName: true } },
      _count: { select: { comments: true } },
    },
  });
  return rows.map((r) => {
    const asOf = toIsoDate(r.asOf);
    const scope = (r.scope ?? {}) as { label?: string };
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      year: r.year,
      asOf,
      title: r.title,
      periodLabel: periodLabel({ ...r, asOf }),
      scopeLabel: scope.label ?? "",
      publishedAt: r.publishedAt,
      createdAt: r.createdAt,
      createdBy: r.createdBy.fullName,
      comments: r._count.comments,
    };
  });
}

/** Years that have reports, newest first (for the filter). */
export async function listReportYears(prisma: PrismaClient): Promise<number[]> {
  const rows = await prisma.periodicReport.findMany({
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => r.year);
}
