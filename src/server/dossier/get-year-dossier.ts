// An organisation's data for one year, for the dossier page: report and its approval
// state, rating, digital practices and support received that year.
import type { PrismaClient } from "@/generated/prisma/client";
import { formatInteger } from "@/domain/format/number";

const money = (v: bigint | null) => (v === null ? null : formatInteger(v));

export async function getYearDossier(prisma: PrismaClient, organisationId: number, year: number) {
  const [report, rating, digital, supports] = await Promise.all([
    prisma.annualReport.findUnique({ where: { organisationId_year: { organisationId, year } } }),
    prisma.rating.findUnique({ where: { organisationId_year: { organisationId, year } } }),
    prisma.digitalPractice.findMany({ where: { organisationId, year }, orderBy: { practice: "asc" } }),
    prisma.supportReceived.findMany({
      where: { organisationId, year },
      orderBy: [{ policyArea: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    report: report && {
      version: report.version,
      approvalStatus: report.approvalStatus,
      reviewComment: report.reviewComment,
      submittedAt: report.submittedAt,
      approvedAt: report.approvedAt,
      memberCount: report.memberCount,
      officialMemberCount: report.officialMemberCount,
      employeeCount: report.employeeCount,
      charterCapital: money(report.charterCapital),
      totalAssets: money(report.totalAssets),
      revenue: money(report.revenue),
      profit: money(report.profit),
      avgMemberIncome: money(report.avgMemberIncome),
      effective: report.effective,
    },
    rating: rating && {
      version: rating.version,
      scheme: rating.scheme,
      eligible: rating.eligible,
      score: rating.score ? rating.score.toString().replace(".", ",") : null,
      level: rating.level,
      notRatedReason: rating.notRatedReason,
      note: rating.note,
    },
    digital: digital.map((d) => ({ id: d.id, version: d.version, practice: d.practice, note: d.note })),
    supports: supports.map((s) => ({
      id: s.id,
      version: s.version,
      policyArea: s.policyArea,
      amount: formatInteger(s.amount),
      note: s.note,
    })),
  };
}

export type YearDossier = Awaited<ReturnType<typeof getYearDossier>>;
