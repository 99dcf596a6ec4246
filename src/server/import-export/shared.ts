// What the importers share: dates of a data year, the marker of records created by an
// import (no schema column for it: ValueChainLink.contractRef = "IMPORT", and a fixed
// description/note elsewhere), and the reference data loaded once per import.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { CommuneData } from "@/domain/import/communes";
import type { Viewer } from "../auth/viewer";
import { toAuditJson } from "../audit/record-audit";

export type Db = PrismaClient | Prisma.TransactionClient;

export const IMPORT_CONTRACT_REF = "IMPORT";
export const IMPORT_NOTE = "Nhập từ bảng tính";
export const MIN_IMPORT_YEAR = 2000;

export const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const startOfYear = (y: number) => utcDay(y, 1, 1);
export const endOfYear = (y: number) => utcDay(y, 12, 31);
export const todayUtc = (now: Date) => utcDay(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());

/**
 * The date at which a year's status is read and a new status of that year takes effect:
 * 31/12 of the year, or today while the year is not over (as the dashboard does).
 */
export function yearReferenceDate(year: number, now: Date): Date {
  const end = endOfYear(year);
  const today = todayUtc(now);
  return end.getTime() < today.getTime() ? end : today;
}

export async function loadCommunes(db: Db): Promise<CommuneData[]> {
  return db.areaUnit.findMany({
    where: { level: "COMMUNE" },
    select: { id: true, code: true, name: true, kind: true, validFrom: true, validTo: true, successorId: true },
    orderBy: { id: "asc" },
  });
}

/** ADMIN and DISTRICT import anywhere, COMMUNE inside its units; COMMITTEE is refused before. */
export function inScope(viewer: Viewer, communeId: number): boolean {
  return viewer.role === "ADMIN" || viewer.role === "DISTRICT" || viewer.communeIds.includes(communeId);
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const asText = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v.toISOString().slice(0, 10)
      : typeof v === "bigint"
        ? v.toString()
        : String(v);

/** Columns of rows as text arrays for `unnest($1::text[]::int[], …)`: one parameter per column. */
export function columnsOf<R>(rows: readonly R[], pick: Array<(r: R) => unknown>): (string | null)[][] {
  return pick.map((f) => rows.map((r) => asText(f(r))));
}

export type AuditRow = {
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Per-record audit rows of an import, in one statement per 10,000 rows: Prisma's
 * createMany builds its query in JavaScript, which costs far more than the insert.
 */
export async function insertAuditRows(
  db: Db,
  viewer: Pick<Viewer, "id" | "username">,
  rows: readonly AuditRow[],
  ip: string | null,
): Promise<void> {
  // One JSON document per 10,000 rows, expanded by PostgreSQL: cheaper than text
  // arrays of JSON, which the driver escapes element by element.
  for (const part of chunk(rows, 10_000)) {
    const doc = JSON.stringify(
      part.map((r) => ({
        action: r.action,
        entity: r.entity,
        entity_id: r.entityId,
        before: toAuditJson(r.before) ?? null,
        after: toAuditJson(r.after) ?? null,
      })),
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "AuditLog" ("userId", "actor", "action", "entity", "entityId", "before", "after", "ip")
       SELECT $1::int, $2, u.action, u.entity, u.entity_id, NULLIF(u.before, 'null'::jsonb), NULLIF(u.after, 'null'::jsonb), $3
       FROM jsonb_to_recordset($4::jsonb) AS u(action text, entity text, entity_id text, before jsonb, after jsonb)`,
      viewer.id,
      viewer.username,
      ip,
      doc,
    );
  }
}
