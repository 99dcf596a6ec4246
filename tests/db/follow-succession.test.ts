// Accounts follow succession (issue 11): an account scoped to a dissolved commune is listed
// for the administrator; once confirmed it also works on the commune that took it over,
// keeps the old one's history, and its header names its units.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/server/auth/session";
import { createOrganisation } from "@/server/organisation/create-organisation.action";
import { followSuccession } from "@/server/users/follow-succession.action";
import { listAccountsToFollowSuccession } from "@/server/users/follow-succession";
import { viewerUnitLabels } from "@/server/users/viewer-units";
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

describe("accounts of dissolved communes", () => {
  it("are listed, and after the administrator's confirmation work on the successor", async () => {
    const admin = await makeViewer(db.prisma, "quan.tri", "ADMIN");
    const binhPhu = await findCommune(db.prisma, "Bình Phú");
    const phuThanh = await findCommune(db.prisma, "Phú Thành", "new");
    let official = await makeViewer(db.prisma, "xa.binhphu", "COMMUNE", [binhPhu.id]);
    expect(await viewerUnitLabels(db.prisma, official)).toEqual(["Xã Bình Phú (cũ)"]);

    const listed = await listAccountsToFollowSuccession(admin, db.prisma);
    expect(listed).toEqual([
      expect.objectContaining({
        username: "xa.binhphu",
        add: ["Xã Phú Thành"],
        scope: ["Xã Bình Phú (cũ) – nay thuộc xã Phú Thành"],
      }),
    ]);
    // before: refused in Phú Thành
    const org = {
      type: "HTX",
      name: "Hợp tác xã Phú Thành Mới",
      address: "",
      sector: "AGRICULTURE",
      mainProducts: "",
      hasMemberRegister: "on",
      communeId: phuThanh.id,
      foundedOn: "2026-03-15",
    };
    expect((await createOrganisation.run(official, { ...org, code: "PT-1" }, db.prisma)).ok).toBe(false);

    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: official.id } });
    expect(await followSuccession.run(admin, { id: user.id, version: user.version }, db.prisma)).toMatchObject({
      ok: true,
    });
    // a second click on the stale page is refused
    expect((await followSuccession.run(admin, { id: user.id, version: user.version }, db.prisma)).ok).toBe(false);
    expect(await listAccountsToFollowSuccession(admin, db.prisma)).toEqual([]);

    official = (await loadViewer(db.prisma, official.id))!;
    // Phú Thành, and with it every unit it took over (Bình Phú and its two siblings)
    const predecessors = await db.prisma.areaUnit.findMany({ where: { successorId: phuThanh.id } });
    expect(predecessors.map((p) => p.id)).toContain(binhPhu.id);
    expect(official.communeIds.sort()).toEqual([phuThanh.id, ...predecessors.map((p) => p.id)].sort());
    expect(await createOrganisation.run(official, { ...org, code: "PT-2" }, db.prisma)).toMatchObject({ ok: true });
    // the old commune's history stays in reach
    expect(
      await createOrganisation.run(
        official,
        { ...org, code: "BP-1", communeId: binhPhu.id, foundedOn: "2023-01-01" },
        db.prisma,
      ),
    ).toMatchObject({ ok: true });
    expect(await viewerUnitLabels(db.prisma, official)).toEqual(["Xã Phú Thành", "Xã Bình Phú (cũ)"]);
  });
});
