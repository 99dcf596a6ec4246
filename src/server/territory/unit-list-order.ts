// Rows that each name a unit, labelled and in the order every list of units follows:
// current units first, dissolved ones marked with where they count today ("Xã Bình Phú
// (cũ) – nay thuộc xã Phú Thành"), each group in Vietnamese order. SQL's ORDER BY name
// sorts "Đồng Sơn" after "Yên Luông" and cannot tell the old "Long Bình" from the new one.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { compareVietnamese } from "@/domain/format/collate";
import { labelInListOrder } from "@/domain/territory/unit-label";
import { LABELLED_UNIT_SELECT } from "./labelled-unit";

type Db = PrismaClient | Prisma.TransactionClient;

/** The rows with their unit's `label`, sorted by unit (rows of one unit keep their order). */
export async function inUnitListOrder<R>(
  db: Db,
  rows: readonly R[],
  unitId: (r: R) => number,
): Promise<(R & { label: string })[]> {
  const units = labelInListOrder(
    await db.areaUnit.findMany({ where: { id: { in: [...new Set(rows.map(unitId))] } }, select: LABELLED_UNIT_SELECT }),
    compareVietnamese,
  );
  const place = new Map(units.map((u, rank) => [u.id, { rank, label: u.label }]));
  const rank = (r: R) => place.get(unitId(r))?.rank ?? units.length;
  return rows
    .map((r) => ({ ...r, label: place.get(unitId(r))?.label ?? `#${unitId(r)}` }))
    .sort((a, b) => rank(a) - rank(b));
}
