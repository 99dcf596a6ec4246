// The production server's page cache (scripts/server.ts) keys pages by readPageState():
// it must see every write the overview shows and every change to the viewer, and read
// the same data version as the app's own cache.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { dataVersion } from "@/server/read-model/data-version";
import { readPageState } from "@/server/read-model/page-state";
import { seedReference } from "@/server/seed";
import { createTestDatabase, type TestDatabase } from "./test-database";

describe.skipIf(!process.env.TEST_DATABASE_URL)("page cache state", () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let userId: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReference(db.prisma);
    const [{ db: name }] = await db.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
    const commune = await db.prisma.areaUnit.findFirstOrThrow({ where: { level: "COMMUNE" } });
    const user = await db.prisma.user.create({
      data: {
        username: "xa-thu",
        fullName: "Cán bộ xã thử",
        role: "COMMUNE",
        passwordHash: "x",
        scopes: { create: { areaUnitId: commune.id } },
      },
    });
    userId = user.id;
  });
  afterAll(async () => {
    await pool?.end();
    await db?.dispose();
  });

  it("reads the app's data version, the viewer and today's date in Vietnam", async () => {
    const s = await readPageState(pool, userId, new Date("2026-12-01T18:30:00Z"));
    expect(s.dataVersion).toBe(String(await dataVersion(db.prisma)));
    expect(s.today).toBe("2026-12-02");
    expect(s.user).toMatchObject({ id: userId, username: "xa-thu", role: "COMMUNE" });
    expect(s.user!.communeIds).toHaveLength(1);
  });

  it("moves with a write to the data and with a change to the viewer", async () => {
    const before = await readPageState(pool, userId);
    const commune = await db.prisma.areaUnit.findFirstOrThrow({ where: { level: "COMMUNE" } });
    await db.prisma.population.upsert({
      where: { areaUnitId_year: { areaUnitId: commune.id, year: 2026 } },
      create: { areaUnitId: commune.id, year: 2026, population: 12345 },
      update: { population: 12346 },
    });
    const afterWrite = await readPageState(pool, userId);
    expect(BigInt(afterWrite.dataVersion)).toBeGreaterThan(BigInt(before.dataVersion));

    await db.prisma.user.update({ where: { id: userId }, data: { role: "DISTRICT" } });
    expect((await readPageState(pool, userId)).user!.role).toBe("DISTRICT");
    await db.prisma.user.update({ where: { id: userId }, data: { disabled: true } });
    expect((await readPageState(pool, userId)).user).toBeNull();
    expect((await readPageState(pool, 987654)).user).toBeNull();
  });

  it("moves with the closing rule, a setting no data write announces", async () => {
    const before = await readPageState(pool, userId);
    expect(before.closingRule).toBe("");
    await db.prisma.systemSetting.create({
      data: { key: "closingRule", value: { kind: "CLOSING_DATE", day: 31, month: 3 } },
    });
    const after = await readPageState(pool, userId);
    expect(after.closingRule).toMatch(/CLOSING_DATE/);
    expect(after.dataVersion).toBe(before.dataVersion);
  });
});
