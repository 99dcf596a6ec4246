import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "../errors";
import { isoDay } from "@/domain/time/vietnam";
import type { OrganisationIdentity } from "@/domain/organisations/identity";

/** The audited fields of an organisation. */
export function organisationSnapshot(o: OrganisationIdentity<Date | null> & { currentStatus?: string }) {
  return {
    code: o.code,
    type: o.type,
    name: o.name,
    communeId: o.communeId,
    address: o.address,
    sector: o.sector,
    mainProducts: o.mainProducts,
    foundedOn: isoDay(o.foundedOn),
    hasMemberRegister: o.hasMemberRegister,
    ...(o.currentStatus ? { currentStatus: o.currentStatus } : {}),
  };
}

export async function assertCodeFree(tx: Prisma.TransactionClient, code: string, exceptId?: number) {
  const other = await tx.organisation.findUnique({ where: { code }, select: { id: true } });
  if (other && other.id !== exceptId) {
    throw new AppError("INVALID", "Mã tổ chức đã được dùng", { code: ["Mã tổ chức đã được dùng cho tổ chức khác"] });
  }
}
