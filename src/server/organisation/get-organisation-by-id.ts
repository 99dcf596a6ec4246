import type { PrismaClient } from "@/generated/prisma/client";
import type { OrgStatus, OrgType, Sector } from "@/domain/targets/facts";
import { toIsoDate } from "@/domain/format/date";
import { findOrganisation } from "../db/find-organisation";

export type OrganisationIdentity = {
  id: number;
  code: string;
  name: string;
  type: OrgType;
  sector: Sector;
  commune: {
    id: number;
    name: string;
    kind: string;
    validTo: string | null;
    /** The unit that took over a dissolved commune: where the organisation counts today. */
    successor: { kind: string; name: string } | null;
  };
  address: string | null;
  mainProducts: string[];
  /** ISO date */
  foundedOn: string | null;
  hasMemberRegister: boolean;
  currentStatus: OrgStatus;
};

/** One organisation's identity; AppError NOT_FOUND for an unknown or impossible id. */
export async function getOrganisationById(prisma: PrismaClient, id: number): Promise<OrganisationIdentity> {
  const org = await findOrganisation(prisma, id, {
    id: true,
    code: true,
    name: true,
    type: true,
    sector: true,
    address: true,
    mainProducts: true,
    foundedOn: true,
    hasMemberRegister: true,
    currentStatus: true,
    commune: {
      select: {
        id: true,
        name: true,
        kind: true,
        validTo: true,
        successor: { select: { kind: true, name: true } },
      },
    },
  });
  return {
    ...org,
    foundedOn: org.foundedOn ? toIsoDate(org.foundedOn) : null,
    commune: { ...org.commune, validTo: org.commune.validTo ? toIsoDate(org.commune.validTo) : null },
  };
}
