// What the commune sees before "Gửi duyệt" on a year's dossier: what is filled in and
// what is missing or looks wrong (the reviewer's flags, seen first by the sender).
// Warnings only: sending stays possible.
import type { PrismaClient } from "@/generated/prisma/client";
import { submissionChecklist, type ChecklistItem } from "@/domain/approval/submission-flags";
import { canRead } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors";
import { dossierKey, loadDossierFacts } from "./dossier-facts";
import { listDossierChanges } from "./pending-changes";
import { ANNUAL_REPORT_FIGURES } from "@/domain/organisations/annual-report";

export async function getSubmissionChecklist(
  viewer: Viewer,
  prisma: PrismaClient,
  organisationId: number,
  year: number,
): Promise<ChecklistItem[]> {
  return (await getDossierChecks(viewer, prisma, organisationId, year)).checklist;
}

/** The checklist, and the member register's count at the year's count date (null when the
 *  organisation keeps no register): the report form offers that count as the member count. */
export async function getDossierChecks(
  viewer: Viewer,
  prisma: PrismaClient,
  organisationId: number,
  year: number,
): Promise<{ checklist: ChecklistItem[]; register: { count: number; asOf: string } | null }> {
  if (!canRead(viewer)) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  const changes = await listDossierChanges(prisma, organisationId, year);
  const facts = (await loadDossierFacts(prisma, [{ organisationId, year, changes }])).get(
    dossierKey(organisationId, year),
  );
  if (!facts) throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức");
  const r = facts.report;
  const checklist = submissionChecklist({
    ...facts.flagInput,
    type: facts.organisation.type,
    hasReportFigures: !!r && ANNUAL_REPORT_FIGURES.some((k) => r[k] !== null),
    revenue: r?.revenue === null || r?.revenue === undefined ? null : Number(r.revenue),
    hasRating: facts.hasRating,
    pendingChanges: changes.length,
  });
  return { checklist, register: facts.flagInput.register };
}
