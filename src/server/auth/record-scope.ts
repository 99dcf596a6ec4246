// Authorization against the database: the commune a record belongs to is read from
// its row (or its organisation's row), never taken from the request.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { AppError } from "../errors";
import { assertCanWriteCommune } from "./permissions";
import type { Viewer } from "./viewer";

type Db = PrismaClient | Prisma.TransactionClient;

const NOT_FOUND = "Không tìm thấy bản ghi (có thể đã bị xoá); hãy tải lại trang";

/** The organisation's commune, checked against the viewer's write scope. */
export async function assertCanWriteOrganisation(viewer: Viewer, db: Db, organisationId: number): Promise<number> {
  const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { communeId: true } });
  if (!org) throw new AppError("NOT_FOUND", NOT_FOUND);
  assertCanWriteCommune(viewer, org.communeId);
  return org.communeId;
}

/** An action's authorization when its input names the organisation written. */
export async function authorizeOrganisationWrite(viewer: Viewer, input: { organisationId: number }, db: Db) {
  await assertCanWriteOrganisation(viewer, db, input.organisationId);
}

/** For a new record placed in a commune: the unit must exist and be a commune in scope. */
export async function assertCanWriteInCommune(viewer: Viewer, db: Db, communeId: number): Promise<void> {
  const unit = await db.areaUnit.findUnique({ where: { id: communeId }, select: { level: true } });
  if (!unit || unit.level !== "COMMUNE")
    throw new AppError("INVALID", "Xã, thị trấn không hợp lệ", { communeId: ["Xã, thị trấn không hợp lệ"] });
  assertCanWriteCommune(viewer, communeId);
}
