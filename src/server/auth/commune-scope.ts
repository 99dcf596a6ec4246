// Accounts follow succession (issue 11): a commune official works in the units assigned to
// the account and in every unit those took over, at any depth (the old communes merged
// into it on 01/07/2025, and any unit merged into those before). Their organisations do
// not move when their commune merges (docs/domain.md): the official of Phú Thành keeps the
// registers and yearly dossiers of Bình Phú's, Thành Công's and Yên Luông's cooperatives.
// What may still be dated in a dissolved unit is the validity checks' business
// (src/server/territory/unit-validity.ts): nothing after its end.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { col, queryRows } from "../db/typed-sql";

/** The units a COMMUNE account may write in: its assigned units and their predecessors. */
export async function communeWriteScope(db: PrismaClient, userId: number): Promise<number[]> {
  const rows = await queryRows(
    db,
    "commune write scope",
    z.object({ id: col.int() }),
    Prisma.sql`
    WITH RECURSIVE unit(id) AS (
      SELECT s."areaUnitId" FROM "UserScope" s WHERE s."userId" = ${userId}
      UNION
      SELECT a.id FROM "AreaUnit" a JOIN unit ON a."successorId" = unit.id
    )
    SELECT id FROM unit ORDER BY id`,
  );
  return rows.map((r) => r.id);
}
