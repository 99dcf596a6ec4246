// What the importers' server steps share: the database handle, the reference data
// loaded once per import, the column arrays of the bulk statements and the audit rows.
// (Dates, scope and import markers need no database: src/domain/import/import-rules.ts.)
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { CommuneData } from "@/domain/import/communes";
import { endOfYear, startOfYear } from "@/domain/import/import-rules";
import type { Viewer } from "../auth/viewer";
import { toAuditJson } from "../audit/record-audit";

export type Db = PrismaClient | Prisma.TransactionClient;

export async function loadCommunes(db: Db): Promise<CommuneData[]> {
  return db.areaUnit.findMany({
    where: { level: "COMMUNE" },
    select: { id: true, code: true, name: true, kind: true, validFrom: true, validTo: true, successorId: true },
    orderBy: { id: "asc" },
  });
}

/** The communes that existed in some year from `from` to `to`, by name: what the commune dropdowns of a file list. */
export async function communesOfYears(db: Db, from: number, to = from): Promise<{ code: string; name: string }[]> {
  return (await loadCommunes(db))
    .filter((c) => c.validFrom <= endOfYear(to) && (c.validTo === null || c.validTo >= startOfYear(from)))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
    .map(({ code, name }) => ({ code, name }));
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
    await db.$executeRaw`
      INSERT INTO "AuditLog" ("userId", "actor", "action", "entity", "entityId", "before", "after", "ip")
      SELECT ${viewer.id}::int, ${viewer.username}, u.action, u.entity, u.entity_id,
             NULLIF(u.before, 'null'::jsonb), NULLIF(u.after, 'null'::jsonb), ${ip}
      FROM jsonb_to_recordset(${doc}::jsonb) AS u(action text, entity text, entity_id text, before jsonb, after jsonb)`;
  }
}
