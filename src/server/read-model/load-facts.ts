// Reads every row the targets engine needs into the pure module's fact types. Not for
// the app (it loads whole tables into memory): the reference aggregation is fed with it
// in tests (SQL = reference) and in the benchmark's naive baseline. `state` picks the
// approved or the working state of the data, as the figures do (load-year-inputs.ts).
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { Facts, OrgStatus, OrgType, RatingLevel, Sector, ApprovalStatus } from "@/domain/targets/facts";
import { sourceTables, type DataState } from "../targets-sql/source-tables";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const isoOrNull = (d: Date | null) => (d ? iso(d) : null);

/** Every row, or only those of organisations attached to `scopeUnitIds`. */
export async function loadFacts(
  prisma: PrismaClient,
  scopeUnitIds?: number[],
  state: DataState = "working",
): Promise<Facts> {
  const T = sourceTables(state);
  const units = scopeUnitIds ?? null;
  const orgIn = Prisma.sql`(${units}::int[] IS NULL OR x."organisationId" IN (SELECT id FROM ${T.Organisation} WHERE "communeId" = ANY(${units}::int[])))`;
  const [areaUnits, orgs, statuses, memberships, reports, ratings, links, highTech, digital, population, unions] =
    await Promise.all([
      prisma.areaUnit.findMany({ where: scopeUnitIds ? { id: { in: scopeUnitIds } } : {} }),
      prisma.$queryRaw<
        {
          id: number;
          type: OrgType;
          communeId: number;
          sector: Sector;
          foundedOn: Date | null;
          hasMemberRegister: boolean;
        }[]
      >`SELECT id, type::text AS type, "communeId", sector::text AS sector, "foundedOn", "hasMemberRegister"
        FROM ${T.Organisation} WHERE (${units}::int[] IS NULL OR "communeId" = ANY(${units}::int[]))`,
      prisma.$queryRaw<{ organisationId: number; status: OrgStatus; effectiveFrom: Date }[]>`
        SELECT "organisationId", status::text AS status, "effectiveFrom" FROM ${T.OrgStatusChange} x WHERE ${orgIn}`,
      prisma.$queryRaw<{ organisationId: number; personId: number; joinedOn: Date; leftOn: Date | null }[]>`
        SELECT "organisationId", "personId", "joinedOn", "leftOn" FROM ${T.Membership} x WHERE ${orgIn}`,
      prisma.$queryRaw<
        {
          organisationId: number;
          year: number;
          memberCount: number | null;
          effective: boolean | null;
          approvalStatus: ApprovalStatus;
        }[]
      >`SELECT "organisationId", year, "memberCount", effective, "approvalStatus"::text AS "approvalStatus"
        FROM ${T.AnnualReport} x WHERE ${orgIn}`,
      prisma.$queryRaw<{ organisationId: number; year: number; eligible: boolean; level: RatingLevel | null }[]>`
        SELECT "organisationId", year, eligible, level::text AS level FROM ${T.Rating} x WHERE ${orgIn}`,
      prisma.$queryRaw<{ organisationId: number; validFrom: Date; validTo: Date | null }[]>`
        SELECT "organisationId", "validFrom", "validTo" FROM ${T.ValueChainLink} x WHERE ${orgIn}`,
      prisma.$queryRaw<{ organisationId: number; validFrom: Date; validTo: Date | null; evidence: string | null }[]>`
        SELECT "organisationId", "validFrom", "validTo", evidence FROM ${T.HighTechApplication} x WHERE ${orgIn}`,
      prisma.$queryRaw<{ organisationId: number; year: number }[]>`
        SELECT "organisationId", year FROM ${T.DigitalPractice} x WHERE ${orgIn}`,
      prisma.$queryRaw<{ areaUnitId: number; year: number; population: number }[]>`
        SELECT "areaUnitId", year, population FROM ${T.Population}
        WHERE (${units}::int[] IS NULL OR "areaUnitId" = ANY(${units}::int[]))`,
      prisma.$queryRaw<{ unionId: number; memberOrgId: number; joinedOn: Date; leftOn: Date | null }[]>`
        SELECT "unionId", "memberOrgId", "joinedOn", "leftOn" FROM ${T.UnionMembership} u
        WHERE (${units}::int[] IS NULL OR u."unionId" IN (SELECT id FROM ${T.Organisation} WHERE "communeId" = ANY(${units}::int[])))`,
    ]);
  const history = new Map<number, { status: OrgStatus; effectiveFrom: string }[]>();
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
    reports: reports.map((r) => ({ ...r })),
    ratings: ratings.map((r) => ({ ...r })),
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
    unionMemberships: unions.map((u) => ({
      unionId: u.unionId,
      memberOrgId: u.memberOrgId,
      joinedOn: iso(u.joinedOn),
      leftOn: isoOrNull(u.leftOn),
    })),
  };
}
