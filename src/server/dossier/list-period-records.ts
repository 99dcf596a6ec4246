import type { PrismaClient } from "@/generated/prisma/client";
import { isoDay } from "@/domain/time/vietnam";

/** An organisation's value-chain linkages, newest first, and the years already approved. */
export async function listLinkages(prisma: PrismaClient, organisationId: number) {
  const rows = await prisma.valueChainLink.findMany({
    where: { organisationId },
    orderBy: [{ validFrom: "desc" }, { id: "desc" }],
  });
  return rows.map((l) => ({
    id: l.id,
    version: l.version,
    partnerName: l.partnerName,
    role: l.role,
    product: l.product,
    areaHa: l.areaHa ? l.areaHa.toString().replace(".", ",") : null,
    contractRef: l.contractRef,
    validFrom: isoDay(l.validFrom)!,
    validTo: isoDay(l.validTo),
  }));
}

export async function listHighTech(prisma: PrismaClient, organisationId: number) {
  const rows = await prisma.highTechApplication.findMany({
    where: { organisationId },
    orderBy: [{ validFrom: "desc" }, { id: "desc" }],
  });
  return rows.map((h) => ({
    id: h.id,
    version: h.version,
    technologyType: h.technologyType,
    description: h.description,
    evidence: h.evidence,
    validFrom: isoDay(h.validFrom)!,
    validTo: isoDay(h.validTo),
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
