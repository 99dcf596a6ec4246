import type { PrismaClient } from "@/generated/prisma/client";
import { isoDay } from "@/domain/time/vietnam";

/** An organisation's records of a period kind, newest first. */
const newestOf = (organisationId: number) => ({
  where: { organisationId },
  orderBy: [{ validFrom: "desc" as const }, { id: "desc" as const }],
});

/** What every listed period record carries: its id and version (for an edit or a delete)
 *  and its validity as days. */
const recordOf = (r: { id: number; version: number; validFrom: Date; validTo: Date | null }) => ({
  id: r.id,
  version: r.version,
  validFrom: isoDay(r.validFrom)!,
  validTo: isoDay(r.validTo),
});

/** An organisation's value-chain linkages, newest first, and the years already approved. */
export async function listLinkages(prisma: PrismaClient, organisationId: number) {
  const rows = await prisma.valueChainLink.findMany(newestOf(organisationId));
  return rows.map((l) => ({
    ...recordOf(l),
    partnerName: l.partnerName,
    role: l.role,
    product: l.product,
    areaHa: l.areaHa ? l.areaHa.toString().replace(".", ",") : null,
    contractRef: l.contractRef,
  }));
}

export async function listHighTech(prisma: PrismaClient, organisationId: number) {
  const rows = await prisma.highTechApplication.findMany(newestOf(organisationId));
  return rows.map((h) => ({
    ...recordOf(h),
    technologyType: h.technologyType,
    description: h.description,
    evidence: h.evidence,
  }));
}

export async function listApprovedYears(prisma: PrismaClient, organisationId: number): Promise<number[]> {
  const rows = await prisma.annualReport.findMany({
    where: { organisationId, approvalStatus: "APPROVED" },
    orderBy: { year: "asc" },
    select: { year: true },
  });
  return rows.map((r) => r.year);
}

export type LinkageRow = Awaited<ReturnType<typeof listLinkages>>[number];
export type HighTechRow = Awaited<ReturnType<typeof listHighTech>>[number];
