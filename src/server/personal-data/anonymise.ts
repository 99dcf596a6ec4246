// Erasure of a person's data while every figure stays the same (Law 91/2025/QH15, right
// to erasure): the person row keeps its id and memberships — counts of members, persons
// in several organisations, capital — but loses the name, birth year, gender, ethnicity,
// the ID number's hash and tail and the commune. The same fields are removed from the
// audit rows recorded about the person and their memberships, so the history no longer
// holds them either.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { col, queryRows } from "../db/typed-sql";

type Db = PrismaClient | Prisma.TransactionClient;

/** Personal fields that may appear in audit rows about a person or a membership. */
const PERSONAL_KEYS = [
  "fullName",
  "birthYear",
  "gender",
  "ethnicity",
  "idNumberTail",
  "idNumberHash",
  "communeId",
  "name",
];

const ANONYMISED_PREFIX = "Người đã ẩn danh #";

/** Anonymises the persons not anonymised yet; returns how many were. */
export async function anonymisePersons(db: Db, personIds: number[], now: Date = new Date()): Promise<number> {
  if (personIds.length === 0) return 0;
  const done = await db.$executeRaw`
    UPDATE "Person" SET "fullName" = ${ANONYMISED_PREFIX} || id, "birthYear" = NULL, gender = NULL,
           ethnicity = NULL, "idNumberHash" = NULL, "idNumberTail" = NULL, "communeId" = NULL,
           "anonymisedAt" = ${now}, version = version + 1, "updatedAt" = ${now}
    WHERE id = ANY(${personIds}::int[]) AND "anonymisedAt" IS NULL`;
  const ids = personIds.map(String);
  await db.$executeRaw`
    UPDATE "AuditLog" a SET before = a.before - ${PERSONAL_KEYS}::text[], after = a.after - ${PERSONAL_KEYS}::text[]
    WHERE (a.entity = 'Person' AND a."entityId" = ANY(${ids}::text[]))
       OR (a.entity = 'Membership' AND a."entityId" IN (
             SELECT m.id::text FROM "Membership" m WHERE m."personId" = ANY(${personIds}::int[])))`;
  return done;
}

/** Persons whose every membership ended before `cutoff` (and not anonymised yet). */
export async function listRetentionCandidates(db: Db, cutoff: Date, take = 10_000): Promise<number[]> {
  const rows = await queryRows(
    db,
    "retention candidates",
    z.object({ id: col.int() }),
    Prisma.sql`
    SELECT p.id FROM "Person" p
    WHERE p."anonymisedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."personId" = p.id)
      AND NOT EXISTS (SELECT 1 FROM "Membership" m
                      WHERE m."personId" = p.id AND (m."leftOn" IS NULL OR m."leftOn" >= ${cutoff}::date))
    ORDER BY p.id
    LIMIT ${take}`,
  );
  return rows.map((r) => r.id);
}
