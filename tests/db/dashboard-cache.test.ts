// The overview cache serves the same figures until a write to a table the dashboard
// reads commits (DataChange triggers), then recomputes; concurrent requests share one
// computation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardFiltersSchema } from "@/domain/dashboard/filters";
import { seedReferenceData } from "@/server/seed/reference";
import { compactDataChanges, dataVersion } from "@/server/read-model/data-version";
import { getDashboardCached } from "@/server/page-data/dashboard-cache";
import { switchFacts } from "@/server/read-model/mode";
import { maintainReadModel } from "@/server/page-data/maintain";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { findCommune } from "./units";

describe("dashboard cache", () => {
  let db: TestDatabase;
  const filters = dashboardFiltersSchema("2026-11-29").parse({ chua_duyet: "1" });

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReferenceData(db.prisma);
    await switchFacts(db.prisma, true);
  });
  afterAll(async () => db?.dispose());

  async function addActiveHtx(code: string) {
    const commune = await findCommune(db.prisma, "Bình Phú");
    await db.prisma.organisation.create({
      data: {
        code,
        type: "HTX",
        name: `HTX ${code}`,
        communeId: commune.id,
        sector: "AGRICULTURE",
        foundedOn: new Date("2020-01-01T00:00:00Z"),
        statusHistory: { create: { status: "ACTIVE", effectiveFrom: new Date("2020-01-01T00:00:00Z") } },
      },
    });
  }

  it("serves the cached figures until a write commits, then recomputes", async () => {
    await addActiveHtx("CACHE-1");
    const first = await getDashboardCached(db.prisma, filters);
    expect(await getDashboardCached(db.prisma, filters)).toBe(first);
    const [a, b] = await Promise.all([getDashboardCached(db.prisma, filters), getDashboardCached(db.prisma, filters)]);
    expect(a).toBe(first);
    expect(b).toBe(first);

    const before = await dataVersion(db.prisma);
    await addActiveHtx("CACHE-2");
    expect(await dataVersion(db.prisma)).toBeGreaterThan(before);
    const second = await getDashboardCached(db.prisma, filters);
    expect(second).not.toBe(first);
    expect(second.current.activeHtx).toBe(first.current.activeHtx + 1);
  });

  it("a write in a rolled-back transaction does not change the version", async () => {
    const before = await dataVersion(db.prisma);
    await db.prisma
      .$transaction(async (tx) => {
        await tx.population.create({ data: { areaUnitId: 1, year: 2019, population: 1 } });
        throw new Error("rollback");
      })
      .catch(() => {});
    expect(await dataVersion(db.prisma)).toBe(before);
  });

  it("folding the change log keeps the version, and later writes still move it", async () => {
    await addActiveHtx("CACHE-FOLD-1");
    const before = await dataVersion(db.prisma);
    const cached = await getDashboardCached(db.prisma, filters);
    await compactDataChanges(db.prisma);
    const [{ rows }] = await db.prisma.$queryRaw<{ rows: bigint }[]>`SELECT count(*) AS rows FROM "DataChange"`;
    expect(rows).toBe(0n);
    expect(await dataVersion(db.prisma)).toBe(before);
    expect(await getDashboardCached(db.prisma, filters)).toBe(cached);
    // Two folds at once count nothing twice.
    await addActiveHtx("CACHE-FOLD-2");
    await Promise.all([compactDataChanges(db.prisma), compactDataChanges(db.prisma)]);
    expect(await dataVersion(db.prisma)).toBe(before + 1n);
    expect((await getDashboardCached(db.prisma, filters)).current.activeHtx).toBe(cached.current.activeHtx + 1);
  });

  it("reading the version never writes; the background task folds a long change log", async () => {
    const before = await dataVersion(db.prisma);
    // 1,001 committed write transactions, each one row in the log.
    for (let i = 0; i < 1_001; i++) {
      await db.prisma.population.upsert({
        where: { areaUnitId_year: { areaUnitId: 1, year: 1990 } },
        create: { areaUnitId: 1, year: 1990, population: i },
        update: { population: i },
      });
    }
    expect(await dataVersion(db.prisma)).toBe(before + 1_001n);
    const logRows = async () =>
      (await db.prisma.$queryRaw<{ rows: bigint }[]>`SELECT count(*) AS rows FROM "DataChange"`)[0].rows;
    expect(await logRows()).toBeGreaterThanOrEqual(1_001n);
    await maintainReadModel(db.prisma, "on", "2026-11-29");
    expect(await logRows()).toBe(0n);
    expect(await dataVersion(db.prisma)).toBe(before + 1_001n);
  });

  it("keeps nothing while the read model is off: every request computes", async () => {
    await switchFacts(db.prisma, false);
    const first = await getDashboardCached(db.prisma, filters);
    const again = await getDashboardCached(db.prisma, filters);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    await switchFacts(db.prisma, true);
  });
});
