// The read model (src/server/read-model/, docs/read-model.md): one switch; with the facts
// off nothing accumulates; the overview's reads never write, even where they used to
// (facts with writes not applied yet, a long change log); a background task shared by
// several instances runs once per period.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardFiltersSchema } from "@/domain/dashboard/filters";
import { defaultOverviewYear } from "@/domain/targets/closing";
import { openDatabase } from "@/server/db/connection";
import { generateDemoDataset, seedReference } from "@/server/seed";
import { getDashboardCached } from "@/server/page-data/dashboard-cache";
import { getYearClosureCached } from "@/server/targets/year-closure";
import { maintainReadModel } from "@/server/page-data/maintain";
import { factsOn, readModelSetting, readModelWanted, AUTO_ON_ORGANISATIONS } from "@/server/read-model/mode";
import { readySnapshots } from "@/server/read-model/snapshots";
import { readPageState } from "@/server/read-model/page-state";
import { claimRun } from "@/server/background";
import type { PrismaClient } from "@/generated/prisma/client";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "./test-database";

const TODAY = "2026-11-29";
const server = process.env.TEST_DATABASE_URL;

async function factRows(prisma: PrismaClient) {
  const [dirty, snapshots, facts, overlap] = await Promise.all([
    prisma.targetDirty.count(),
    prisma.targetSnapshot.count(),
    prisma.targetOrgFact.count(),
    prisma.targetMemberOverlap.count(),
  ]);
  return { dirty, snapshots, facts, overlap };
}

async function moveSomething(prisma: PrismaClient) {
  const org = await prisma.organisation.findFirstOrThrow({ where: { type: "HTX" }, orderBy: { id: "asc" } });
  await prisma.organisation.update({ where: { id: org.id }, data: { address: `Ấp ${Math.random()}` } });
  const m = await prisma.membership.findFirstOrThrow({ orderBy: { id: "asc" } });
  await prisma.membership.update({ where: { id: m.id }, data: { leftOn: new Date("2026-01-15") } });
}

describe("the read model's switch", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReference(db.prisma);
    await generateDemoDataset(db.prisma, { seed: 3, scale: 1, fromYear: 2023, toYear: 2026 });
  });
  afterAll(async () => db?.dispose());

  it("is read from KTT_READ_MODEL; auto turns on with the data's size", () => {
    expect(readModelSetting({})).toBe("auto");
    expect(readModelSetting({ KTT_READ_MODEL: " ON " })).toBe("on");
    expect(() => readModelSetting({ KTT_READ_MODEL: "yes" })).toThrow(/KTT_READ_MODEL/);
    expect(readModelWanted("auto", 72)).toBe(false);
    expect(readModelWanted("auto", AUTO_ON_ORGANISATIONS)).toBe(true);
    expect(readModelWanted("off", 10 ** 6)).toBe(false);
    expect(readModelWanted("on", 0)).toBe(true);
  });

  it("off: every write of the demo data left nothing in TargetDirty, and more writes add nothing", async () => {
    expect(await factsOn(db.prisma)).toBe(false);
    expect(await factRows(db.prisma)).toEqual({ dirty: 0, snapshots: 0, facts: 0, overlap: 0 });
    await moveSomething(db.prisma);
    expect((await factRows(db.prisma)).dirty).toBe(0);
    // auto on a district's data: stays off
    expect((await maintainReadModel(db.prisma, "auto", TODAY)).on).toBe(false);
    expect(await factRows(db.prisma)).toEqual({ dirty: 0, snapshots: 0, facts: 0, overlap: 0 });
  });

  it("on: the background task builds the years, writes are logged; off again drops every fact", async () => {
    const { on, rebuilt } = await maintainReadModel(db.prisma, "on", TODAY);
    expect(on).toBe(true);
    expect(rebuilt.length).toBeGreaterThan(0);
    expect((await readySnapshots(db.prisma)).size).toBe(rebuilt.length);
    await moveSomething(db.prisma);
    expect((await factRows(db.prisma)).dirty).toBeGreaterThan(0);
    await maintainReadModel(db.prisma, "on", TODAY);
    expect((await factRows(db.prisma)).dirty).toBe(0);

    expect((await maintainReadModel(db.prisma, "off", TODAY)).on).toBe(false);
    expect(await factRows(db.prisma)).toEqual({ dirty: 0, snapshots: 0, facts: 0, overlap: 0 });
    await moveSomething(db.prisma);
    expect(await factRows(db.prisma)).toEqual({ dirty: 0, snapshots: 0, facts: 0, overlap: 0 });
  });

  // A second client whose every transaction is read-only: needs a PostgreSQL server.
  it.skipIf(!server)("the overview's reads never write, where they used to", async () => {
    await maintainReadModel(db.prisma, "on", TODAY);
    // Writes logged but not applied (they used to be applied by the first reader), and a
    // change log past the size at which reading the version used to fold it.
    await moveSomething(db.prisma);
    for (let i = 0; i < 1_005; i++)
      await db.prisma.population.upsert({
        where: { areaUnitId_year: { areaUnitId: 1, year: 1990 } },
        create: { areaUnitId: 1, year: 1990, population: i },
        update: { population: i },
      });
    expect((await factRows(db.prisma)).dirty).toBeGreaterThan(0);

    const url = new URL(db.target.kind === "server" ? db.target.url : "");
    url.searchParams.set("options", "-c default_transaction_read_only=on");
    const ro = openDatabase({ kind: "server", url: url.toString() });
    const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
    try {
      await expect(ro.prisma.$executeRaw`DELETE FROM "TargetDirty"`).rejects.toThrow(/read-only/);
      // What the overview page reads, for the default view and for filtered ones.
      const closure = await getYearClosureCached(ro.prisma, TODAY);
      const commune = await db.prisma.organisation.findFirstOrThrow({ select: { communeId: true } });
      for (const q of [{}, { chua_duyet: "1" }, { xa: String(commune.communeId), loai: "HTX" }]) {
        const filters = dashboardFiltersSchema(TODAY, defaultOverviewYear(closure)).parse(q);
        const read = await getDashboardCached(ro.prisma, filters, { today: TODAY, rule: closure.rule });
        expect(read.current).toEqual((await getDashboardCached(db.prisma, filters, { today: TODAY })).current);
      }
      // What the production server reads for its page cache.
      const user = await db.prisma.user.create({
        data: { username: "xem", fullName: "Người xem", role: "DISTRICT", passwordHash: "x" },
      });
      expect((await readPageState(pool, user.id)).on).toBe(true);
    } finally {
      await ro.close();
      await pool.end();
    }
    // Nothing was applied or folded by those reads.
    expect((await factRows(db.prisma)).dirty).toBeGreaterThan(0);
  });

  it("a task shared by several instances runs once per period", async () => {
    const claims = await Promise.all(Array.from({ length: 4 }, () => claimRun(db.prisma, "test-task", 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimRun(db.prisma, "test-task", 60_000)).toBe(false);
    // A period later (here: a short period), the next caller gets the turn.
    await new Promise((r) => setTimeout(r, 120));
    expect(await claimRun(db.prisma, "test-task", 100)).toBe(true);
  });
});
