// Reads every row the targets engine needs into the pure module's fact types. Not for
// the app (it loads whole tables into memory): the reference aggregation is fed with it
// in tests (SQL = reference) and in the benchmark's naive baseline.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Facts } from "@/domain/targets/facts";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const isoOrNull = (d: Date | null) => (d ? iso(d) : null);

/** Every row, or only those of organisations attached to `scopeUnitIds`. */
export async function loadFacts(prisma: PrismaClient, scopeUnitIds?: number[]): Promise<Facts> {
  const inScope = scopeUnitIds ? { communeId: { in: scopeUnitIds } } : {};
  const byOrg = scopeUnitIds ? { organisation: inScope } : {};
  const [areaUnits, orgs, statuses, memberships, reports, ratings, links, highTech, digital, population] =
    await Promise.all([
      prisma.areaUnit.findMany({ where: scopeUnitIds ? { id: { in: scopeUnitIds } } : {} }),
      prisma.organisation.findMany({ where: inScope }),
      prisma.orgStatusChange.findMany({ where: byOrg }),
      prisma.membership.findMany({
        where: byOrg,
        select: { organisationId: true, personId: true, joinedOn: true, leftOn: true },
      }),
      prisma.annualReport.findMany({ where: byOrg }),
      prisma.rating.findMany({ where: byOrg }),
      prisma.valueChainLink.findMany({ where: byOrg }),
      prisma.highTechApplication.findMany({ where: byOrg }),
      prisma.digitalPractice.findMany({ where: byOrg }),
      prisma.population.findMany({ where: scopeUnitIds ? { areaUnitId: { in: scopeUnitIds } } : {} }),
    ]);
  const history = new Map<number, { status: (typeof statuses)[number]["status"]; effectiveFrom: string }[]>();
  for (const s of statuses) {
    const list = history.get(s.organisationId) ?? [];
    list.push({ status: s.status, effectiveFrom: iso(s.effectiveFrom) });
    history.set(s.organisationId, list);
  }
  return {
    units: areaUnits.map((u) => ({
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
