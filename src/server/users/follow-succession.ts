// Accounts follow the 2025 reorganisation: a commune official scoped to a dissolved
// commune keeps it (its history) and, once an administrator confirms, also gets the unit
// that took it over (where new data goes). Listed for the administrator in one place.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { unitLabel } from "@/domain/territory/unit-label";
import { assertCanAdminister } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";

type Db = PrismaClient | Prisma.TransactionClient;

type Unit = { id: number; kind: string; name: string; validTo: Date | null; successorId: number | null };

async function communeUnits(db: Db): Promise<Map<number, Unit>> {
  const units = await db.areaUnit.findMany({
    where: { level: "COMMUNE" },
    select: { id: true, kind: true, name: true, validTo: true, successorId: true },
  });
  return new Map(units.map((u) => [u.id, u]));
}

/** The units still missing from a scope: the current successor of each dissolved unit in it. */
export function missingSuccessors(scope: readonly number[], byId: ReadonlyMap<number, Unit>): number[] {
  const have = new Set(scope);
  const out = new Set<number>();
  for (const id of scope) {
    let u = byId.get(id);
    const seen = new Set<number>();
    while (u?.validTo && u.successorId != null && !seen.has(u.id)) {
      seen.add(u.id);
      u = byId.get(u.successorId);
    }
    if (u && u.id !== id && !have.has(u.id)) out.add(u.id);
  }
  return [...out].sort((a, b) => a - b);
}

/** Commune officials whose scope has a dissolved unit without its successor. */
export async function listAccountsToFollowSuccession(viewer: Viewer, prisma: PrismaClient) {
  assertCanAdminister(viewer);
  const byId = await communeUnits(prisma);
  const users = await prisma.user.findMany({
    where: { role: "COMMUNE", disabled: false },
    orderBy: { username: "asc" },
    select: { id: true, username: true, fullName: true, version: true, scopes: { select: { areaUnitId: true } } },
  });
  return users
    .map((u) => {
      const scope = u.scopes.map((s) => s.areaUnitId);
      const add = missingSuccessors(scope, byId);
      return {
        id: u.id,
        username: u.username,
        fullName: u.fullName,
        version: u.version,
        scope: scope.map((id) => unitLabel(byId.get(id)!, byId)),
        add: add.map((id) => unitLabel(byId.get(id)!, byId)),
      };
    })
    .filter((u) => u.add.length > 0);
}

/** Adds the missing successors to the user's scope; returns their ids. */
export async function addSuccessorsToScope(db: Db, userId: number): Promise<number[]> {
  const byId = await communeUnits(db);
  const scope = (await db.userScope.findMany({ where: { userId }, select: { areaUnitId: true } })).map(
    (s) => s.areaUnitId,
  );
  const add = missingSuccessors(scope, byId);
  if (add.length) await db.userScope.createMany({ data: add.map((areaUnitId) => ({ userId, areaUnitId })) });
  return add;
}
