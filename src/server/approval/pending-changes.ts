// What a dossier's approval covers and what it records. A dossier (organisation, year)
// covers the year's pending rows (report, rating, digital practices, support) and every
// pending register row of the organisation (identity, status, members, linkages, high
// technology), which have no year: they go with whichever of its dossiers is approved
// next. The submission lock keeps all of them unchanged while the dossier is submitted.
import { Prisma } from "@/generated/prisma/client";
import { createHash } from "node:crypto";
import { z } from "zod";
import { GATED_ENTITIES, type GatedEntity } from "@/domain/approval/gated-entities";
import { col, queryRows } from "../db/typed-sql";

type Db = Prisma.TransactionClient;

export type { GatedEntity };

export type PendingRow = {
  entity: GatedEntity;
  rowId: number;
  year: number | null;
  /** The row as last approved; null when created pending. */
  before: Record<string, unknown> | null;
  /** The row now; null when deleted pending. */
  current: Record<string, unknown> | null;
  createdById: number | null;
  updatedAt: Date;
};

const coveredBy = (organisationId: number, year: number) =>
  Prisma.sql`c."organisationId" = ${organisationId} AND (c.year = ${year} OR c.year IS NULL) AND c.entity <> 'Population'`;

/** The pending rows a dossier's approval covers, with their approved and current images. */
export async function listDossierChanges(db: Db, organisationId: number, year: number): Promise<PendingRow[]> {
  return readPending(db, coveredBy(organisationId, year));
}

/** The pending population figures of units (null: every unit). */
export async function listPopulationChanges(db: Db, areaUnitIds: number[] | null): Promise<PendingRow[]> {
  return readPending(
    db,
    Prisma.sql`c.entity = 'Population' AND (${areaUnitIds}::int[] IS NULL OR c."areaUnitId" = ANY(${areaUnitIds}::int[]))`,
  );
}

async function readPending(db: Db, where: Prisma.Sql): Promise<PendingRow[]> {
  // The current image per entity from its own table (names from the whitelist only).
  const current = Prisma.join(
    GATED_ENTITIES.map(
      (e) => Prisma.sql`WHEN ${e} THEN (SELECT to_jsonb(t) FROM ${Prisma.raw(`"${e}"`)} t WHERE t.id = c."rowId")`,
    ),
    " ",
  );
  return queryRows(
    db,
    "pending changes",
    z.object({
      entity: col.oneOf(GATED_ENTITIES),
      rowId: col.int(),
      year: col.int().nullable(),
      before: col.jsonObject().nullable(),
      current: col.jsonObject().nullable(),
      createdById: col.int().nullable(),
      updatedAt: col.date(),
    }),
    Prisma.sql`
    SELECT c.entity, c."rowId", c.year, c.before, CASE c.entity ${current} END AS current,
           c."createdById", c."updatedAt"
    FROM "PendingChange" c
    WHERE ${where}
    ORDER BY array_position(${[...GATED_ENTITIES]}::text[], c.entity), c."rowId"`,
  );
}

/** Approves: the live rows become the approved ones. Returns how many rows it covered. */
export async function clearDossierChanges(db: Db, organisationId: number, year: number): Promise<number> {
  return db.$executeRaw`DELETE FROM "PendingChange" c WHERE ${coveredBy(organisationId, year)}`;
}

export async function clearPopulationChange(db: Db, areaUnitId: number, year: number): Promise<number> {
  return db.$executeRaw`DELETE FROM "PendingChange" WHERE entity = 'Population' AND "areaUnitId" = ${areaUnitId} AND year = ${year}`;
}

/** A short fingerprint of exactly what is approved (kept in the audit row). */
export function fingerprint(changes: PendingRow[]): string {
  const canonical = JSON.stringify(
    changes.map((c) => [c.entity, c.rowId, c.before, c.current]),
    (_k, v) => (typeof v === "bigint" ? v.toString() : v),
  );
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}
