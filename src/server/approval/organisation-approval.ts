// Where an organisation stands in the approval workflow, for its pages and forms: its
// yearly dossiers (the AnnualReport envelopes), the dossier that locks its register while
// submitted, and its changes not yet approved (PendingChange), each marked as waiting for
// the district (covered by a submitted dossier) or not sent yet. Read-only; the locks
// themselves are enforced by the actions and the database (gate.ts, year-lock.ts).
import { Prisma, type ApprovalStatus, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { canRead } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors";
import { formatAuditTime } from "../db/optimistic";
import { col, queryRows } from "../db/typed-sql";
import type { GatedEntity } from "./pending-changes";

type Db = PrismaClient | Prisma.TransactionClient;

export type DossierState = {
  year: number;
  status: ApprovalStatus;
  version: number;
  submittedAt: Date | null;
  approvedAt: Date | null;
  reviewComment: string | null;
};

export type PendingMark = {
  entity: GatedEntity;
  rowId: number;
  /** null: register data (identity, status, members, linkages, high technology). */
  year: number | null;
  /** Created pending (no approved image). */
  created: boolean;
  /** A submitted dossier covers it: waiting for the district. Else not sent yet. */
  waiting: boolean;
};

export type OrganisationApproval = {
  organisationId: number;
  /** Newest year first. */
  dossiers: DossierState[];
  /** The earliest submitted dossier: while there is one the register is locked. */
  submitted: DossierState | null;
  pending: PendingMark[];
  /** Pending changes a submitted dossier covers / that no dossier has sent yet. */
  waiting: number;
  unsent: number;
};

function assertReader(viewer: Viewer | null | undefined): asserts viewer is Viewer {
  if (!canRead(viewer)) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
}

export async function getOrganisationApproval(
  viewer: Viewer,
  db: Db,
  organisationId: number,
): Promise<OrganisationApproval> {
  assertReader(viewer);
  const dossiers = await db.annualReport.findMany({
    where: { organisationId },
    orderBy: { year: "desc" },
    select: {
      year: true,
      approvalStatus: true,
      version: true,
      submittedAt: true,
      approvedAt: true,
      reviewComment: true,
    },
  });
  const states: DossierState[] = dossiers.map(({ approvalStatus, ...d }) => ({ ...d, status: approvalStatus }));
  const rows = await db.pendingChange.findMany({
    where: { organisationId, entity: { not: "Population" } },
    orderBy: [{ entity: "asc" }, { rowId: "asc" }],
    select: { entity: true, rowId: true, year: true, before: true },
  });
  const submittedYears = new Set(states.filter((d) => d.status === "SUBMITTED").map((d) => d.year));
  const pending = rows.map((r) => ({
    entity: r.entity as GatedEntity,
    rowId: r.rowId,
    year: r.year,
    created: r.before === null,
    waiting: r.year === null ? submittedYears.size > 0 : submittedYears.has(r.year),
  }));
  const submitted = [...states].reverse().find((d) => d.status === "SUBMITTED") ?? null;
  return {
    organisationId,
    dossiers: states,
    submitted,
    pending,
    waiting: pending.filter((p) => p.waiting).length,
    unsent: pending.filter((p) => !p.waiting).length,
  };
}

/** Why the year's own data (report, rating, digital practices, support) cannot be edited. */
export function yearLock(a: OrganisationApproval, year: number): DossierState | null {
  const d = a.dossiers.find((x) => x.year === year);
  return d && (d.status === "SUBMITTED" || d.status === "APPROVED") ? d : null;
}

/** Pending marks of one entity, by row id. */
export function pendingRows(a: OrganisationApproval, entity: GatedEntity): Map<number, PendingMark> {
  return new Map(a.pending.filter((p) => p.entity === entity).map((p) => [p.rowId, p]));
}

/** Pending marks of year-keyed rows of one entity, by year. */
export function pendingYears(a: OrganisationApproval, entity: GatedEntity): Map<number, PendingMark> {
  return new Map(a.pending.filter((p) => p.entity === entity && p.year !== null).map((p) => [p.year!, p]));
}

export type PendingCounts = { waiting: number; unsent: number };

/** A pending change `c` waits for the district: a submitted dossier of its organisation
 *  covers it (the dossier of its year; any, for a register row, which has no year). */
const COVERED = Prisma.sql`EXISTS (
  SELECT 1 FROM "AnnualReport" a
  WHERE a."organisationId" = c."organisationId" AND a."approvalStatus" = 'SUBMITTED'
    AND (c.year IS NULL OR a.year = c.year)
)`;

/** For lists of organisations: how many changes of each wait for the district or were not
 *  sent. One grouped query; organisations without pending changes are absent. */
export async function countPendingByOrganisation(
  viewer: Viewer,
  db: Db,
  organisationIds: number[],
): Promise<Map<number, PendingCounts>> {
  assertReader(viewer);
  if (organisationIds.length === 0) return new Map();
  const rows = await queryRows(
    db,
    "pending by organisation",
    z.object({ id: col.int(), waiting: col.int(), unsent: col.int() }),
    Prisma.sql`
    SELECT c."organisationId" AS id,
           count(*) FILTER (WHERE s.covered)::int AS waiting,
           count(*) FILTER (WHERE NOT s.covered)::int AS unsent
    FROM "PendingChange" c
    CROSS JOIN LATERAL (SELECT ${COVERED} AS covered) s
    WHERE c."organisationId" = ANY(${organisationIds}::int[]) AND c.entity <> 'Population'
    GROUP BY c."organisationId"`,
  );
  return new Map(rows.map((r) => [r.id, { waiting: r.waiting, unsent: r.unsent }]));
}

/** The organisations with a change waiting for the district (`waiting`), or with one
 *  not sent yet. */
export async function listOrganisationsWithPending(viewer: Viewer, db: Db, waiting: boolean): Promise<number[]> {
  assertReader(viewer);
  const rows = await queryRows(
    db,
    "organisations with pending changes",
    z.object({ id: col.int() }),
    Prisma.sql`
    SELECT DISTINCT c."organisationId" AS id
    FROM "PendingChange" c
    WHERE c.entity <> 'Population' AND c."organisationId" IS NOT NULL AND ${COVERED} = ${waiting}`,
  );
  return rows.map((r) => r.id);
}

/** What a form shows about a lock (plain data for client components). */
export type LockInfo = {
  organisationId: number;
  year: number;
  status: "SUBMITTED" | "APPROVED";
  version: number;
  /** "10:32 03/12/2026" */
  submittedOn: string | null;
  approvedOn: string | null;
};

export function lockInfo(organisationId: number, d: DossierState | null): LockInfo | null {
  if (!d || (d.status !== "SUBMITTED" && d.status !== "APPROVED")) return null;
  return {
    organisationId,
    year: d.year,
    status: d.status,
    version: d.version,
    submittedOn: d.submittedAt ? formatAuditTime(d.submittedAt) : null,
    approvedOn: d.approvedAt ? formatAuditTime(d.approvedAt) : null,
  };
}
