// A programme's territory in the database: null (the whole country) or a Scope of
// communes. A programme whose territory an admin changes gets a scope of its own
// ("CT-<code>"), so a shared scope (the district's, which other pages read) never
// changes under another programme.
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { communesOfTerritory, type TerritoryUnit } from "@/domain/programmes/territory";

type Tx = Prisma.TransactionClient;

export const TERRITORY_UNIT_SELECT = { id: true, level: true, parentId: true, successorId: true } as const;

/** The scope id to store for a choice: null for the whole country; the current scope when
 *  it already holds exactly these communes; else the programme's own scope, rewritten. */
export async function scopeForTerritory(
  tx: Tx,
  programme: { code: string; shortTitle: string; scopeId: number | null },
  chosen: readonly number[] | null,
): Promise<number | null> {
  if (chosen === null) return null;
  const units: TerritoryUnit[] = await tx.areaUnit.findMany({ select: TERRITORY_UNIT_SELECT });
  const known = new Set(units.map((u) => u.id));
  if (chosen.some((id) => !known.has(id))) {
    throw new AppError("INVALID", "Có đơn vị không tồn tại", { units: ["Có đơn vị không tồn tại; hãy tải lại trang"] });
  }
  const communes = communesOfTerritory(units, chosen);
  if (communes.length === 0) {
    throw new AppError("INVALID", "Địa bàn chưa có xã nào", {
      units: ["Các đơn vị đã chọn chưa có xã, phường nào trong danh mục"],
    });
  }
  if (programme.scopeId !== null) {
    const current = await tx.scopeUnit.findMany({
      where: { scopeId: programme.scopeId },
      select: { areaUnitId: true },
    });
    const same = current.length === communes.length && current.every((u) => communes.includes(u.areaUnitId));
    if (same) return programme.scopeId;
  }
  const code = `CT-${programme.code}`;
  const scope = await tx.scope.upsert({
    where: { code },
    create: { code, name: `Địa bàn của ${programme.shortTitle}` },
    update: { name: `Địa bàn của ${programme.shortTitle}` },
    select: { id: true },
  });
  await tx.scopeUnit.deleteMany({ where: { scopeId: scope.id } });
  await tx.scopeUnit.createMany({ data: communes.map((areaUnitId) => ({ scopeId: scope.id, areaUnitId })) });
  return scope.id;
}

/** Drops a programme's own scope once no programme points to it any more. */
export async function dropOwnScope(tx: Tx, programmeCode: string): Promise<void> {
  await tx.scope.deleteMany({ where: { code: `CT-${programmeCode}`, programmes: { none: {} } } });
}
