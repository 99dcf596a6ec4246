import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations, diffSchemaAgainstMigrations, listMigrations } from "@/server/db/migrator";
import { createTestDatabase, type TestDatabase } from "./test-database";

describe("migrations", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.dispose());

  it("records every committed migration and applies nothing the second time", async () => {
    const names = listMigrations().migrationDirectories.map((d) => d.path);
    const rows = await db.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await applyMigrations(db.factory)).toEqual([]);
  });

  it("keeps prisma/schema.prisma and the committed migrations in step", async () => {
    // A schema change without `npm run db:migrate:create` would make this diff non-empty.
    const pglite = new PGlite("memory://");
    try {
      const sql = await diffSchemaAgainstMigrations(new PrismaPGlite(pglite));
      expect(sql.replace(/--.*$/gm, "").trim()).toBe("");
    } finally {
      await pglite.close();
    }
  });

  it("enforces one report per organisation and year", async () => {
    const unit = await db.prisma.areaUnit.create({
      data: { code: "T-1", name: "Thử", kind: "Xã", level: "COMMUNE", validFrom: new Date("2020-01-01") },
    });
    const org = await db.prisma.organisation.create({
      data: { code: "HTX-T-1", type: "HTX", name: "HTX Thử", communeId: unit.id, sector: "AGRICULTURE" },
    });
    await db.prisma.annualReport.create({ data: { organisationId: org.id, year: 2024 } });
    await expect(db.prisma.annualReport.create({ data: { organisationId: org.id, year: 2024 } })).rejects.toThrow();
  });
});
