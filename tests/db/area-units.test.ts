// The reorganisation as data (issue 11): every unit carries its source and whether its code
// is the official one; an administrator corrects codes and successors, audited, and the
// figures follow at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { effectiveUnitFor } from "@/domain/targets/areas";
import { listAreaUnits } from "@/server/territory/list-area-units";
import { updateAreaUnit } from "@/server/territory/update-area-unit.action";
import { loadFacts } from "@/server/read-model/load-facts";
import { seedReferenceData } from "@/server/seed";
import { makeViewer } from "./import-support";
import { createTestDatabase, type TestDatabase } from "./test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedReferenceData(db.prisma);
});
afterAll(async () => db?.dispose());

describe("area units", () => {
  it("ship with their source; unverified codes are flagged", async () => {
    const units = await listAreaUnits(db.prisma);
    const phuThanh = units.find((u) => u.code === "28907")!;
    expect(phuThanh.sourceRef).toMatch(/1663\/NQ-UBTVQH15/);
    expect(phuThanh.predecessors).toEqual(expect.arrayContaining(["Xã Bình Phú", "Xã Thành Công", "Xã Yên Luông"]));
    expect(phuThanh.codeOfficial).toBe(false);
    expect(units.find((u) => u.code === "82")!.codeOfficial).toBe(true);
    const labels = units.filter((u) => u.level === "COMMUNE").map((u) => u.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("are corrected by an administrator, audited, with wrong successors refused; figures follow", async () => {
    const admin = await makeViewer(db.prisma, "quan.tri", "ADMIN");
    const district = await makeViewer(db.prisma, "huyen", "DISTRICT");
    const binhPhu = await db.prisma.areaUnit.findUniqueOrThrow({ where: { code: "28663" } });
    const longBinh = await db.prisma.areaUnit.findUniqueOrThrow({ where: { code: "28910" } });
    const phuThanh = await db.prisma.areaUnit.findUniqueOrThrow({ where: { code: "28907" } });
    const base = {
      id: binhPhu.id,
      version: binhPhu.version,
      code: "28663",
      sourceRef: "Nghị quyết thử",
      codeOfficial: "on",
    };
    expect((await updateAreaUnit.run(district, { ...base, successorId: String(longBinh.id) }, db.prisma)).ok).toBe(
      false,
    );
    expect((await updateAreaUnit.run(admin, { ...base, successorId: String(binhPhu.id) }, db.prisma)).ok).toBe(false);
    // a current unit has no successor; a loop is refused
    expect(
      (
        await updateAreaUnit.run(
          admin,
          {
            id: phuThanh.id,
            version: phuThanh.version,
            code: "28907",
            successorId: String(longBinh.id),
            codeOfficial: "",
          },
          db.prisma,
        )
      ).ok,
    ).toBe(false);
    expect(await updateAreaUnit.run(admin, { ...base, successorId: String(longBinh.id) }, db.prisma)).toMatchObject({
      ok: true,
    });
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entity: "AreaUnit", entityId: String(binhPhu.id) },
    });
    expect(audit.after).toMatchObject({ successorId: longBinh.id, codeOfficial: true });
    // the figures read the successor at every computation: Bình Phú now counts under Long Bình
    const facts = await loadFacts(db.prisma);
    expect(effectiveUnitFor(binhPhu.id, "2026-06-30", facts.units)).toBe(longBinh.id);
  });
});
