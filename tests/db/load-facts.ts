// Reads every row the targets engine needs into the pure module's fact types, so the
// reference aggregation can be compared with the SQL aggregates on the same data.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Facts } from "@/domain/targets/facts";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const isoOrNull = (d: Date | null) => (d ? iso(d) : null);

export async function loadFacts(prisma: PrismaClient): Promise<Facts> {
  const [units, orgs, statuses, memberships, reports, ratings, links, highTech, digital, population] =
    await Promise.all([
      prisma.areaUnit.findMany(),
      prisma.organisation.findMany(),
      prisma.orgStatusChange.findMany(),
      prisma.membership.findMany({ select: { organisationId: true, personId: true, joinedOn: true, leftOn: true } }),
      prisma.annualReport.findMany(),
      prisma.rating.findMany(),
      prisma.valueChainLink.findMany(),
      prisma.highTechApplication.findMany(),
      prisma.digitalPractice.findMany(),
      prisma.population.findMany(),
    ]);
  const history = new Map<number, { status: (typeof statuses)[number]["status"]; effectiveFrom: string }[]>();
  for (const s of statuses) {
    const list = history.get(s.organisationId) ?? [];
    list.push({ status: s.status, effectiveFrom: iso(s.effectiveFrom) });
    history.set(s.organisationId, list);
  }
  return {
    units: units.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      validFrom: iso(u.validFrom),
      validTo: isoOrNull(u.validTo),
      successorId: u.successorId,
    })),
    organisations: orgs.map((o) => ({
      id: o.id,
      type: o.type,
      communeId: o.communeId,
      sector: o.sector,
      foundedOn: isoOrNull(o.foundedOn),
      hasMemberRegister: o.hasMemberRegister,
      statusHistory: history.get(o.id) ?? [],
    })),
    memberships: memberships.map((m) => ({
      organisationId: m.organisationId,
      personId: m.personId,
      joinedOn: iso(m.joinedOn),
      leftOn: isoOrNull(m.leftOn),
    })),
    reports: reports.map((r) => ({
      organisationId: r.organisationId,
      year: r.year,
      memberCount: r.memberCount,
      effective: r.effective,
      approvalStatus: r.approvalStatus,
    })),
    ratings: ratings.map((r) => ({
      organisationId: r.organisationId,
      year: r.year,
      eligible: r.eligible,
      level: r.level,
    })),
    links: links.map((l) => ({
      organisationId: l.organisationId,
      validFrom: iso(l.validFrom),
      validTo: isoOrNull(l.validTo),
    })),
    highTech: highTech.map((h) => ({
      organisationId: h.organisationId,
      validFrom: iso(h.validFrom),
      validTo: isoOrNull(h.validTo),
      evidence: h.evidence,
    })),
    digital: digital.map((d) => ({ organisationId: d.organisationId, year: d.year })),
    population: population.map((p) => ({ areaUnitId: p.areaUnitId, year: p.year, population: p.population })),
  };
}
