import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { AppError } from "../errors";
import { compareVietnamese } from "@/domain/format/collate";
import { groupUnitsForPicker } from "@/domain/territory/unit-label";
import { todayInVietnam } from "@/domain/time/vietnam";

type Db = PrismaClient | Prisma.TransactionClient;

/** Communes a COMMUNE user can be given: valid today in Vietnam or earlier (current ones first).
 *  validFrom is a calendar day, so it is compared with Vietnam's day, not the UTC instant. */
export async function listAssignableCommunes(db: Db, today: Date = todayInVietnam()) {
  return db.areaUnit.findMany({
    where: { level: "COMMUNE", validFrom: { lte: today } },
    orderBy: [{ validTo: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    select: { id: true, name: true, code: true, kind: true, validTo: true, successorId: true },
  });
}

/** The same, as picker options: current first, dissolved ones apart and marked. */
export async function assignableCommuneOptions(db: Db, today: Date = todayInVietnam()) {
  const { current, former } = groupUnitsForPicker(await listAssignableCommunes(db, today), compareVietnamese);
  return [
    ...current.map((c) => ({ id: c.id, label: c.label, former: false })),
    ...former.map((c) => ({ id: c.id, label: c.label, former: true })),
  ];
}

/** Throws INVALID naming the field when an id is not an assignable commune. */
export async function checkAssignableCommunes(db: Db, ids: number[], today: Date = todayInVietnam()): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.areaUnit.count({ where: { id: { in: ids }, level: "COMMUNE", validFrom: { lte: today } } });
  if (found !== new Set(ids).size) {
    throw new AppError("INVALID", "Có xã, thị trấn không hợp lệ", { communeIds: ["Có xã, thị trấn không hợp lệ"] });
  }
}
