// Reference seeding is idempotent; demo generation is deterministic and shaped as
// intended. Runs against an in-memory PGlite (no server needed).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/server/db/connection";
import { applyMigrations } from "@/server/db/migrator";
import type { PrismaClient } from "@/generated/prisma/client";
import { generateDemoData, seedDemoIfEmpty, seedReference } from "@/server/seed";
import { DEFAULT_RATING_THRESHOLDS, GCT_OLD_COMMUNES, NEW_UNITS_VALID_FROM } from "@/server/seed/reference";
import { getYearClosure } from "@/server/targets/year-closure";
import { defaultOverviewYear } from "@/domain/targets/closing";
import { communeWhere } from "./units";

const TO_YEAR = 2026; // fixed, so the test does not depend on the calendar

async function freshDatabase(): Promise<Database> {
  const db = openDatabase({ kind: "memory" });
  await applyMigrations(db.factory);
  return db;
}

async function counts(prisma: PrismaClient) {
  return {
    areaUnits: await prisma.areaUnit.count(),
    scopes: await prisma.scope.count(),
    scopeUnits: await prisma.scopeUnit.count(),
    thresholds: await prisma.ratingThreshold.count(),
    targets: await prisma.target.count(),
    organisations: await prisma.organisation.count(),
    statusChanges: await prisma.orgStatusChange.count(),
    persons: await prisma.person.count(),
    memberships: await prisma.membership.count(),
    unionMemberships: await prisma.unionMembership.count(),
    reports: await prisma.annualReport.count(),
    ratings: await prisma.rating.count(),
    links: await prisma.valueChainLink.count(),
    highTech: await prisma.highTechApplication.count(),
    digital: await prisma.digitalPractice.count(),
    support: await prisma.supportReceived.count(),
    population: await prisma.population.count(),
  };
}

const firstOrganisations = (prisma: PrismaClient) =>
  prisma.organisation.findMany({
    orderBy: { id: "asc" },
    take: 10,
    select: { code: true, name: true, foundedOn: true },
  });

describe("reference data", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.close());

  it("is idempotent", async () => {
    await seedReference(db.prisma);
    const once = await counts(db.prisma);
    const targetsBefore = await db.prisma.target.findMany({ orderBy: { id: "asc" } });
    await seedReference(db.prisma);
    expect(await counts(db.prisma)).toEqual(once);
    expect(await db.prisma.target.findMany({ orderBy: { id: "asc" } })).toEqual(targetsBefore);
    // the district's 11, the resolution's 13, none for the province template
    expect(once.targets).toBe(24);
    expect(await db.prisma.programme.count()).toBe(3);
    expect(once.thresholds).toBe(8);
  });

  it("has the 13 old communes ending on 30/6/2025, each with a successor in the scope", async () => {
    const old = await db.prisma.areaUnit.findMany({
      where: { code: { in: GCT_OLD_COMMUNES.map((c) => c.code) }, validFrom: { lt: NEW_UNITS_VALID_FROM } },
    });
    expect(old).toHaveLength(13);
    for (const c of old) {
      expect(c.level).toBe("COMMUNE");
      expect(c.validTo?.toISOString().slice(0, 10)).toBe("2025-06-30");
      expect(c.successorId).not.toBeNull();
    }
    const scope = await db.prisma.scope.findUniqueOrThrow({ where: { code: "GCT-26-CTR" }, include: { units: true } });
    const inScope = new Set(scope.units.map((u) => u.areaUnitId));
    for (const c of old) {
      expect(inScope.has(c.id)).toBe(true);
      expect(inScope.has(c.successorId!)).toBe(true);
    }
  });
});

describe("demo data", () => {
  let a: Database;
  let b: Database;
  beforeAll(async () => {
    [a, b] = await Promise.all([freshDatabase(), freshDatabase()]);
    expect(await seedDemoIfEmpty(a.prisma, () => {}, { toYear: TO_YEAR })).toBe(true);
    await generateDemoData(b.prisma, { toYear: TO_YEAR });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it("is deterministic for a given seed", async () => {
    const ca = await counts(a.prisma);
    expect(ca.organisations).toBeGreaterThan(50);
    expect(await counts(b.prisma)).toEqual(ca);
    expect(await firstOrganisations(b.prisma)).toEqual(await firstOrganisations(a.prisma));
    const first = await firstOrganisations(a.prisma);
    expect(first[0].code).toBe("HTX-823-001");
  });

  it("is not generated twice", async () => {
    const before = await counts(a.prisma);
    expect(await seedDemoIfEmpty(a.prisma, () => {}, { toYear: TO_YEAR })).toBe(false);
    expect(await counts(a.prisma)).toEqual(before);
    const marker = await a.prisma.systemSetting.findUniqueOrThrow({ where: { key: "dataset" } });
    expect(marker.value).toMatchObject({ demo: true, seed: 20261129, scale: 1 });
  });

  it("has persons belonging to several organisations", async () => {
    const multi = await a.prisma.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM (SELECT "personId" FROM "Membership" GROUP BY 1 HAVING count(DISTINCT "organisationId") >= 2) t`,
    );
    const persons = await a.prisma.person.count();
    expect(multi[0].n).toBeGreaterThan(0);
    expect(multi[0].n / persons).toBeGreaterThan(0.04);
    expect(multi[0].n / persons).toBeLessThan(0.15);
  });

  it("derives every rating level from the thresholds", async () => {
    const ratings = await a.prisma.rating.findMany({ where: { score: { not: null } } });
    expect(ratings.length).toBeGreaterThan(50);
    const t = DEFAULT_RATING_THRESHOLDS;
    for (const r of ratings) {
      const s = Number(r.score);
      const expected = s >= t.GOOD ? "GOOD" : s >= t.FAIR ? "FAIR" : s >= t.AVERAGE ? "AVERAGE" : "WEAK";
      expect(r.level, `rating ${r.id} score ${s}`).toBe(expected);
      expect(r.eligible).toBe(true);
    }
    const notRated = await a.prisma.rating.findMany({ where: { score: null } });
    for (const r of notRated) expect([r.eligible, r.level, r.notRatedReason !== null]).toEqual([false, null, true]);
  });

  it("keeps statuses, reports and high technology in the intended shape for the current year", async () => {
    const asOf = new Date(Date.UTC(TO_YEAR, 10, 15));
    const active = await a.prisma.$queryRawUnsafe<Array<{ type: string; n: number }>>(
      `SELECT o.type::text AS type, count(*)::int AS n FROM "Organisation" o
       WHERE (SELECT s.status FROM "OrgStatusChange" s WHERE s."organisationId" = o.id AND s."effectiveFrom" <= $1
              ORDER BY s."effectiveFrom" DESC LIMIT 1) = 'ACTIVE' AND o."communeId" IN (
         SELECT "areaUnitId" FROM "ScopeUnit" su JOIN "Scope" sc ON sc.id = su."scopeId" WHERE sc.code = 'GCT-26-CTR')
       GROUP BY 1`,
      asOf,
    );
    const byType = Object.fromEntries(active.map((r) => [r.type, r.n]));
    expect(byType.HTX).toBeGreaterThanOrEqual(26);
    expect(byType.HTX).toBeLessThanOrEqual(31);
    expect(byType.THT).toBeGreaterThanOrEqual(28);
    const pending = await a.prisma.annualReport.count({
      where: { year: TO_YEAR, approvalStatus: { not: "APPROVED" } },
    });
    expect(pending).toBeGreaterThan(0);
    const highTech = await a.prisma.highTechApplication.findMany({
      where: {
        validFrom: { lte: asOf },
        OR: [{ validTo: null }, { validTo: { gte: new Date(Date.UTC(TO_YEAR, 0, 1)) } }],
      },
      distinct: ["organisationId"],
      select: { organisationId: true },
    });
    expect([6, 7]).toContain(highTech.length);
  });

  it("shows the approval states: the last closed year all approved, the current one under way, one silent commune", async () => {
    const byStatus = await a.prisma.annualReport.groupBy({
      by: ["approvalStatus"],
      where: { year: TO_YEAR },
      _count: true,
    });
    // the overview opens on the last closed year (the closing rule as seeded), and every
    // dossier of it is approved
    const closure = await getYearClosure(a.prisma, `${TO_YEAR}-11-15`);
    const lastClosed = defaultOverviewYear(closure);
    expect(lastClosed).toBe(TO_YEAR - 1);
    const closedYear = await a.prisma.annualReport.groupBy({
      by: ["approvalStatus"],
      where: { year: lastClosed },
      _count: true,
    });
    expect(closedYear.map((r) => r.approvalStatus)).toEqual(["APPROVED"]);
    expect(closedYear[0]._count).toBeGreaterThan(50);
    const states = Object.fromEntries(byStatus.map((r) => [r.approvalStatus, r._count]));
    for (const s of ["APPROVED", "SUBMITTED", "DRAFT", "RETURNED"]) expect(states[s], s).toBeGreaterThan(0);
    // not sent at all: active organisations with no dossier for the current year
    const [{ unsent }] = await a.prisma.$queryRaw<{ unsent: number }[]>`
      SELECT count(*)::int AS unsent FROM "Organisation" o
      WHERE o."currentStatus" = 'ACTIVE'
        AND NOT EXISTS (SELECT 1 FROM "AnnualReport" r WHERE r."organisationId" = o.id AND r.year = ${TO_YEAR})`;
    expect(unsent).toBeGreaterThan(0);
    // what is not approved waits in the approval gate; nothing of past years does
    expect(await a.prisma.pendingChange.count({ where: { year: TO_YEAR } })).toBeGreaterThan(0);
    expect(await a.prisma.pendingChange.count({ where: { year: { lt: TO_YEAR } } })).toBe(0);
    // Thạnh Trị reported nothing for TO_YEAR - 2; the other communes did
    const silent = await a.prisma.annualReport.count({
      where: { year: TO_YEAR - 2, organisation: { commune: communeWhere("Thạnh Trị") } },
    });
    const before = await a.prisma.annualReport.count({
      where: { year: TO_YEAR - 3, organisation: { commune: communeWhere("Thạnh Trị") } },
    });
    expect(silent).toBe(0);
    expect(before).toBeGreaterThan(0);
  });
});
