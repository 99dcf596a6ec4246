// The reviewer's queue of a year: submitted dossiers (oldest submission first) with their
// commune, the number of changes they cover, their data-quality flags, and the version and
// fingerprint an approval must carry; and the population figures waiting for approval.
// District staff and administrators only.
import type { PrismaClient } from "@/generated/prisma/client";
import { flagText, type SubmissionFlag } from "@/domain/approval/submission-flags";
import { labelWithSuccessor } from "@/domain/territory/unit-label";
import type { OrgType } from "@/domain/targets/facts";
import { assertCanApprove } from "../auth/permissions";
import { LABELLED_UNIT_SELECT } from "../territory/labelled-unit";
import type { Viewer } from "../auth/viewer";
import { dossierKey, loadDossierFacts } from "./dossier-facts";
import { fingerprint, listDossierChanges, listPopulationChanges, type PendingRow } from "./pending-changes";

export type SubmissionSummary = {
  organisation: { id: number; code: string; name: string; type: OrgType; communeId: number; communeName: string };
  year: number;
  version: number;
  submittedAt: Date | null;
  submittedBy: string | null;
  changes: number;
  /** Fingerprint of the changes counted (approve's `seen`). */
  seen: string;
  flags: { kind: SubmissionFlag["kind"]; text: string }[];
};

export type PendingPopulation = {
  areaUnitId: number;
  label: string;
  year: number;
  before: { population: number; households: number | null } | null;
  now: { population: number; households: number | null; source: string | null } | null;
  updatedAt: Date;
  by: string | null;
};

/** At most this many dossiers are listed (oldest first); the page says when more wait. */
export const SUBMISSION_LIST_LIMIT = 300;

export async function listSubmissions(
  viewer: Viewer,
  prisma: PrismaClient,
  options: { year: number; communeId?: number },
): Promise<{ items: SubmissionSummary[]; total: number; population: PendingPopulation[] }> {
  assertCanApprove(viewer);
  const where = {
    year: options.year,
    approvalStatus: "SUBMITTED" as const,
    ...(options.communeId ? { organisation: { communeId: options.communeId } } : {}),
  };
  const total = await prisma.annualReport.count({ where });
  const reports = await prisma.annualReport.findMany({
    where,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: SUBMISSION_LIST_LIMIT,
    select: {
      year: true,
      version: true,
      submittedAt: true,
      submittedById: true,
      organisation: {
        select: {
          id: true,
          code: true,
          name: true,
          type: true,
          communeId: true,
          commune: { select: LABELLED_UNIT_SELECT },
        },
      },
    },
  });
  // One query per dossier for its changes: the same reading as the approval's, so the
  // fingerprint matches what approving it now would record.
  const dossiers: { organisationId: number; year: number; changes: PendingRow[] }[] = [];
  for (const r of reports)
    dossiers.push({
      organisationId: r.organisation.id,
      year: r.year,
      changes: await listDossierChanges(prisma, r.organisation.id, r.year),
    });
  const facts = await loadDossierFacts(prisma, dossiers);
  const userIds = [...new Set(reports.map((r) => r.submittedById).filter((x): x is number => x !== null))];

  // Population figures of every year: few, and each is approved on its own.
  const populationRows = await listPopulationChanges(prisma, null);
  const units = await prisma.areaUnit.findMany({
    where: { id: { in: populationRows.map((p) => Number((p.current ?? p.before)?.areaUnitId)) } },
    select: LABELLED_UNIT_SELECT,
  });
  for (const p of populationRows) if (p.createdById) userIds.push(p.createdById);
  const users = await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, fullName: true } });
  const userName = (id: number | null) => users.find((u) => u.id === id)?.fullName ?? null;

  const items = reports.map((r, i) => {
    const d = dossiers[i];
    const flags = facts.get(dossierKey(d.organisationId, d.year))?.flags ?? [];
    return {
      organisation: {
        id: r.organisation.id,
        code: r.organisation.code,
        name: r.organisation.name,
        type: r.organisation.type,
        communeId: r.organisation.communeId,
        // a dissolved commune says where its organisations count today
        communeName: labelWithSuccessor(r.organisation.commune),
      },
      year: r.year,
      version: r.version,
      submittedAt: r.submittedAt,
      submittedBy: userName(r.submittedById),
      changes: d.changes.length,
      seen: fingerprint(d.changes),
      flags: flags.map((f) => ({ kind: f.kind, text: flagText(f, r.year) })),
    };
  });

  const figure = (img: Record<string, unknown> | null) =>
    img
      ? {
          population: Number(img.population),
          households: img.households === null || img.households === undefined ? null : Number(img.households),
          source: (img.source as string | null) ?? null,
        }
      : null;
  const population = populationRows
    .filter((p) => !options.communeId || Number((p.current ?? p.before)?.areaUnitId) === options.communeId)
    .map((p) => {
      const unitId = Number((p.current ?? p.before)?.areaUnitId);
      const unit = units.find((u) => u.id === unitId);
      return {
        areaUnitId: unitId,
        label: unit ? labelWithSuccessor(unit) : `#${unitId}`,
        year: p.year ?? options.year,
        before: figure(p.before),
        now: figure(p.current),
        updatedAt: p.updatedAt,
        by: userName(p.createdById),
      };
    });
  return { items, total, population };
}
