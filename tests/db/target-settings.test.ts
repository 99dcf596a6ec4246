// Targets are data with validity periods: a new version closes the one in force the day
// before it starts, and the dashboard picks the version in force on its as-of date.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { seedReferenceData } from "@/server/seed/reference";
import { setTarget } from "@/server/targets/settings/set-target.action";
import { getTargetDefinitions } from "@/server/programmes/get-target-definitions";
import { getProgramme } from "@/server/programmes/get-programme";
import { createTestDatabase, type TestDatabase } from "./test-database";

const admin: Viewer = { id: 0, username: "admin", fullName: "Quản trị", role: "ADMIN", communeIds: [] };
const district: Viewer = { ...admin, username: "huyen", role: "DISTRICT" };

describe("target settings", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReferenceData(db.prisma);
    const u = await db.prisma.user.create({
      data: { username: "admin", fullName: "Quản trị", passwordHash: "x", role: "ADMIN" },
    });
    admin.id = u.id;
    const d = await db.prisma.user.create({
      data: { username: "huyen", fullName: "Huyện", passwordHash: "x", role: "DISTRICT" },
    });
    district.id = d.id;
  });
  afterAll(async () => db?.dispose());

  const payload = {
    code: "HTX_GOOD_FAIR",
    title: "HTX xếp loại tốt, khá",
    comparator: "GTE",
    value: "65",
    unit: "PERCENT",
    horizonYear: "2030",
    validFrom: "2026-01-01",
    sourceText: "Bảo đảm ít nhất 65% hợp tác xã đạt loại tốt, khá",
  };

  it("refuses anyone but an administrator", async () => {
    const res = await setTarget.run(district, payload, db.prisma);
    expect(res.ok).toBe(false);
    expect(await db.prisma.target.count({ where: { code: "HTX_GOOD_FAIR" } })).toBe(1);
  });

  it("reports bad fields one by one", async () => {
    const res = await setTarget.run(admin, { ...payload, value: "120", validFrom: "31/02/2026" }, db.prisma);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.fieldErrors?.value?.[0]).toMatch(/100/);
      expect(res.fieldErrors?.validFrom?.[0]).toMatch(/Ngày hiệu lực/);
    }
  });

  it("adds a version, closes the previous one and keeps history explainable", async () => {
    const res = await setTarget.run(admin, payload, db.prisma);
    expect(res.ok).toBe(true);
    const versions = await db.prisma.target.findMany({
      where: { code: "HTX_GOOD_FAIR" },
      orderBy: { validFrom: "asc" },
    });
    expect(versions).toHaveLength(2);
    expect(versions[0].validTo?.toISOString().slice(0, 10)).toBe("2025-12-31");
    expect(versions[1].validTo).toBeNull();

    const before = (await getTargetDefinitions(db.prisma, (await getProgramme(db.prisma))!, "2025-12-31")).find(
      (d) => d.code === "HTX_GOOD_FAIR",
    )!;
    const after = (await getTargetDefinitions(db.prisma, (await getProgramme(db.prisma))!, "2026-06-30")).find(
      (d) => d.code === "HTX_GOOD_FAIR",
    )!;
    expect([before.comparator, before.value]).toEqual(["GT", 60]);
    expect([after.comparator, after.value]).toEqual(["GTE", 65]);
    expect(await db.prisma.auditLog.count({ where: { entity: "Target", action: "CREATE" } })).toBe(1);
  });

  it("refuses a version that does not start after the latest one", async () => {
    const res = await setTarget.run(admin, { ...payload, validFrom: "2025-06-01" }, db.prisma);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.fieldErrors?.validFrom?.[0]).toMatch(/01\/01\/2026/);
  });

  it("stores the alternative reading of HTX_VALUE_CHAIN as a definition parameter", async () => {
    const res = await setTarget.run(
      admin,
      { ...payload, code: "HTX_VALUE_CHAIN", title: "HTX liên kết chuỗi", value: "50", chainBase: "goodFair" },
      db.prisma,
    );
    expect(res.ok).toBe(true);
    const def = (await getTargetDefinitions(db.prisma, (await getProgramme(db.prisma))!, "2026-06-30")).find(
      (d) => d.code === "HTX_VALUE_CHAIN",
    )!;
    expect(def.params.chainBase).toBe("goodFair");
  });
});
