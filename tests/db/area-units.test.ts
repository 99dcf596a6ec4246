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
import { findCommune } from "./units";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedReferenceData(db.prisma);
});
afterAll(async () => db?.dispose());

describe("area units", () => {
  it("ship with their source and their official codes, reused across the arrangement", async () => {
    const units = await listAreaUnits(db.prisma);
    const phuThanh = units.find((u) => u.name === "Phú Thành")!;
    expect(phuThanh.sourceRef).toMatch(/1663\/NQ-UBTVQH15.*1027\/CTK-CSCL/);
    expect(phuThanh.predecessors).toEqual(expect.arrayContaining(["Xã Bình Phú", "Xã Thành Công", "Xã Yên Luông"]));
    expect(phuThanh).toMatchObject({ code: "28663", codeOfficial: true });
    expect(units.filter((u) => u.code === "82").map((u) => u.name)).toEqual(
      expect.arrayContaining(["Tỉnh Tiền Giang", "Tỉnh Đồng Tháp"]),
    );
    // 28651: the old thị trấn and the new xã Vĩnh Bình; told apart by their validity
    expect(units.filter((u) => u.code === "28651").map((u) => u.label)).toEqual(
      expect.arrayContaining(["Thị trấn Vĩnh Bình (cũ) – nay thuộc xã Vĩnh Bình", "Xã Vĩnh Bình"]),
    );
    expect(units.every((u) => u.codeOfficial)).toBe(true);
    const labels = units.filter((u) => u.level === "COMMUNE").map((u) => u.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("are corrected by an administrator, audited, with wrong successors refused; figures follow", async () => {
    const admin = await makeViewer(db.prisma, "quan.tri", "ADMIN");
    const district = await makeViewer(db.prisma, "huyen", "DISTRICT");
    const binhPhu = await findCommune(db.prisma, "Bình Phú");
    const longBinh = await findCommune(db.prisma, "Long Bình", "new");
    const phuThanh = await findCommune(db.prisma, "Phú Thành", "new");
    const base = {
      id: binhPhu.id,
      version: binhPhu.version,
      code: "28657",
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
            code: "28663",
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

  it("refuses a code another unit holds in the same period, accepts one reused across the arrangement", async () => {
    const admin = await makeViewer(db.prisma, "quan.tri.ma", "ADMIN");
    const dongSon = await findCommune(db.prisma, "Đồng Sơn", "new");
    const taken = await updateAreaUnit.run(
      admin,
      {
        id: dongSon.id,
        version: dongSon.version,
        code: "28663",
        sourceRef: dongSon.sourceRef ?? "",
        codeOfficial: "on",
      },
      db.prisma,
    );
    expect(taken).toMatchObject({
      ok: false,
      fieldErrors: { code: ["Mã 28663 đang là mã của xã Phú Thành trong cùng thời gian"] },
    });
    // 28654 was the old Đồng Sơn's code until 30/06/2025: no overlap with the new unit
    const reused = await updateAreaUnit.run(
      admin,
      {
        id: dongSon.id,
        version: dongSon.version,
        code: "28654",
        sourceRef: dongSon.sourceRef ?? "",
        codeOfficial: "on",
      },
      db.prisma,
    );
    expect(reused).toMatchObject({ ok: true });
    expect((await db.prisma.areaUnit.findUniqueOrThrow({ where: { id: dongSon.id } })).code).toBe("28654");
  });
});
