// One organisation by id, or NOT_FOUND, for the readers in different folders that load
// it (the organisation's page, the reviewer's submission): here so that they share it
// without depending on each other.
import { isRowId } from "@/domain/entry/fields";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { AppError } from "../errors";

/** The organisation's columns in `select`; AppError NOT_FOUND for an unknown or impossible id. */
export async function findOrganisation<S extends Prisma.OrganisationSelect>(
  prisma: PrismaClient,
  id: number,
  select: S,
): Promise<Prisma.OrganisationGetPayload<{ select: S }>> {
  const org = isRowId(id) ? await prisma.organisation.findUnique({ where: { id }, select }) : null;
  if (!org) throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức");
  return org;
}
