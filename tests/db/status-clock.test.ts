// A status change dated in the future: Organisation.currentStatus (lists, counts) must
// switch on its day with nobody editing the organisation, audited, exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReferenceData } from "@/server/seed/reference";
import { syncCurrentStatuses } from "@/server/organisation/current-status";
import { dataVersion } from "@/server/read-model/data-version";
import { createTestDatabase, type TestDatabase } from "./test-database";

describe("status changes dated in the future", () => {
  let db: TestDatabase;
  let id: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReferenceData(db.prisma);
    const commune = await db.prisma.areaUnit.findFirstOrThrow({ where: { level: "COMMUNE" } });
    const org = await db.prisma.organisation.create({
      data: {
        code: "CLOCK-1",
        type: "HTX",
        name: "HTX đồng hồ",
        communeId: commune.id,
        sector: "AGRICULTURE",
        foundedOn: new Date("2020-01-01T00:00:00Z"),
        currentStatus: "ACTIVE",
        statusHistory: {
          create: [
            { status: "ACTIVE", effectiveFrom: new Date("2020-01-01T00:00:00Z") },
            { status: "DISSOLVING", effectiveFrom: new Date("2027-01-15T00:00:00Z") },
          ],
        },
      },
    });
    id = org.id;
  });
  afterAll(async () => db?.dispose());

  const status = async () =>
    (await db.prisma.organisation.findUniqueOrThrow({ where: { id }, select: { currentStatus: true } })).currentStatus;
  const audits = () =>
    db.prisma.auditLog.findMany({ where: { entity: "Organisation", entityId: String(id), actor: "system" } });

  it("changes nothing, and writes nothing, before the day", async () => {
    const version = await dataVersion(db.prisma);
    expect(await syncCurrentStatuses(db.prisma, new Date("2027-01-14T00:00:00Z"))).toBe(0);
    expect(await status()).toBe("ACTIVE");
    expect(await dataVersion(db.prisma)).toBe(version);
    expect(await audits()).toHaveLength(0);
  });

  it("applies the change on its day, with an audit row, once", async () => {
    expect(await syncCurrentStatuses(db.prisma, new Date("2027-01-15T00:00:00Z"))).toBe(1);
    expect(await status()).toBe("DISSOLVING");
    const rows = await audits();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "STATUS_CHANGE",
      before: { currentStatus: "ACTIVE" },
      after: { currentStatus: "DISSOLVING" },
    });
    expect(await syncCurrentStatuses(db.prisma, new Date("2027-02-01T00:00:00Z"))).toBe(0);
    expect(await audits()).toHaveLength(1);
  });
});
