// The migration 20261204140708_area_unit_official_codes on a database seeded with the
// placeholder codes shipped before it: placeholders become the official codes, the
// province 87 becomes 82, an administrator's correction stands. The data statements of
// the migration are run again on such a database (the schema part is already applied).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReferenceData } from "@/server/seed";
import { NEW_UNITS_VALID_FROM } from "@/server/seed/reference";
import { createTestDatabase, type TestDatabase } from "./test-database";

const MIGRATION = "prisma/migrations/20261204140708_area_unit_official_codes/migration.sql";
// What was shipped before (name, first day → placeholder code).
const PLACEHOLDERS: [string, "old" | "new", string][] = [
  ["Vĩnh Bình", "old", "28657"],
  ["Bình Nhì", "old", "28660"],
  ["Bình Phú", "old", "28663"],
  ["Bình Tân", "old", "28666"],
  ["Đồng Sơn", "old", "28669"],
  ["Đồng Thạnh", "old", "28672"],
  ["Long Bình", "old", "28675"],
  ["Long Vĩnh", "old", "28678"],
  ["Thành Công", "old", "28681"],
  ["Thạnh Nhựt", "old", "28684"],
  ["Thạnh Trị", "old", "28687"],
  ["Vĩnh Hựu", "old", "28690"],
  ["Yên Luông", "old", "28693"],
  ["Vĩnh Bình", "new", "28901"],
  ["Đồng Sơn", "new", "28904"],
  ["Phú Thành", "new", "28907"],
  ["Long Bình", "new", "28910"],
  ["Vĩnh Hựu", "new", "28913"],
];

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedReferenceData(db.prisma);
});
afterAll(async () => db?.dispose());

const era = (e: "old" | "new") => (e === "old" ? { lt: NEW_UNITS_VALID_FROM } : { gte: NEW_UNITS_VALID_FROM });

describe("migration to the official unit codes", () => {
  it("rewrites the shipped placeholders, keeps an administrator's correction", async () => {
    const official = new Map<string, string>();
    for (const [name, e] of PLACEHOLDERS) {
      const u = await db.prisma.areaUnit.findFirstOrThrow({ where: { level: "COMMUNE", name, validFrom: era(e) } });
      official.set(`${name}/${e}`, u.code);
    }
    // the state before the migration: placeholders flagged as such, the province as 87 …
    for (const [name, e, code] of PLACEHOLDERS)
      await db.prisma.areaUnit.updateMany({
        where: { level: "COMMUNE", name, validFrom: era(e) },
        data: { code: `#${code}`, codeOfficial: false, sourceRef: "Nghị quyết 1663/NQ-UBTVQH15 ngày 16/6/2025" },
      });
    // (through a "#" prefix: the placeholder and the official ranges overlap)
    await db.prisma.$executeRaw`UPDATE "AreaUnit" SET code = substr(code, 2) WHERE code LIKE '#%'`;
    await db.prisma.areaUnit.updateMany({
      where: { level: "PROVINCE", validFrom: NEW_UNITS_VALID_FROM },
      data: { code: "87" },
    });
    // … and one placeholder an administrator had already corrected by hand
    await db.prisma.areaUnit.updateMany({
      where: { level: "COMMUNE", name: "Yên Luông", validFrom: era("old") },
      data: { code: "99999", codeOfficial: true },
    });

    const statements = readFileSync(MIGRATION, "utf8")
      .split(";")
      .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
      .filter((s) => s.startsWith("UPDATE"));
    expect(statements).toHaveLength(4);
    for (const s of statements) await db.prisma.$executeRawUnsafe(s);

    for (const [name, e] of PLACEHOLDERS) {
      const u = await db.prisma.areaUnit.findFirstOrThrow({ where: { level: "COMMUNE", name, validFrom: era(e) } });
      if (name === "Yên Luông") {
        expect(u.code).toBe("99999");
        continue;
      }
      expect({ name, e, code: u.code, official: u.codeOfficial }).toEqual({
        name,
        e,
        code: official.get(`${name}/${e}`),
        official: true,
      });
      expect(u.sourceRef).toMatch(e === "new" ? /1027\/CTK-CSCL/ : /Danh mục đơn vị hành chính/);
    }
    const provinces = await db.prisma.areaUnit.findMany({
      where: { level: "PROVINCE" },
      orderBy: { validFrom: "asc" },
    });
    expect(provinces.map((p) => [p.name, p.code])).toEqual([
      ["Tỉnh Tiền Giang", "82"],
      ["Tỉnh Đồng Tháp", "82"],
    ]);
  });
});
