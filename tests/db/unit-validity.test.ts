// A record dated after its unit's end is refused, naming the unit that took it over, for
// every action that takes a unit and a date (issue 11).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation } from "@/server/organisation/create-organisation.action";
import { updateOrganisation } from "@/server/organisation/update-organisation.action";
import { savePopulation } from "@/server/population/save-population.action";
import { seedReferenceData } from "@/server/seed";
import { makeViewer } from "./import-support";
import type { Viewer } from "@/server/auth/viewer";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { communeId, findCommune } from "./units";

let db: TestDatabase;
let district: Viewer;
let binhPhu: number;
let phuThanh: number;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedReferenceData(db.prisma);
  district = await makeViewer(db.prisma, "huyen", "DISTRICT");
  binhPhu = await communeId(db.prisma, "Bình Phú");
  phuThanh = await communeId(db.prisma, "Phú Thành", "new");
});
afterAll(async () => db?.dispose());

const org = (over: Record<string, unknown>) => ({
  code: `HTX-${Math.random().toString(36).slice(2, 8)}`,
  type: "HTX",
  name: "Hợp tác xã Thử",
  address: "",
  sector: "AGRICULTURE",
  mainProducts: "",
  hasMemberRegister: "on",
  ...over,
});

describe("records dated after their unit's end", () => {
  it("organisations.create: refused in a dissolved commune, with its successor named; accepted in the successor", async () => {
    const r = await createOrganisation.run(district, org({ communeId: binhPhu, foundedOn: "2026-03-15" }), db.prisma);
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { communeId: [expect.stringMatching(/nay thuộc xã Phú Thành.*xã Phú Thành/)] },
    });
    // without a founding date the organisation starts today: refused too
    expect((await createOrganisation.run(district, org({ communeId: binhPhu, foundedOn: "" }), db.prisma)).ok).toBe(
      false,
    );
    // before the merger, the old commune is right
    expect(
      await createOrganisation.run(district, org({ communeId: binhPhu, foundedOn: "2024-05-01" }), db.prisma),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await createOrganisation.run(district, org({ communeId: phuThanh, foundedOn: "2026-03-15" }), db.prisma),
    ).toMatchObject({
      ok: true,
    });
    // and the new commune did not exist before 01/07/2025
    const early = await createOrganisation.run(
      district,
      org({ communeId: phuThanh, foundedOn: "2024-05-01" }),
      db.prisma,
    );
    expect(early).toMatchObject({
      ok: false,
      fieldErrors: { communeId: [expect.stringMatching(/chỉ có từ 01\/07\/2025/)] },
    });
  });

  it("organisations.update: moving an organisation founded in 2026 into the dissolved commune is refused", async () => {
    const created = await createOrganisation.run(
      district,
      org({ communeId: phuThanh, foundedOn: "2026-02-01" }),
      db.prisma,
    );
    if (!created.ok) throw new Error(created.error);
    const o = await db.prisma.organisation.findUniqueOrThrow({ where: { id: (created.data as { id: number }).id } });
    const r = await updateOrganisation.run(
      district,
      org({ id: o.id, version: o.version, code: o.code, communeId: binhPhu, foundedOn: "2026-02-01" }),
      db.prisma,
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { communeId: [expect.stringMatching(/Phú Thành/)] } });
  });

  it("population.save: a year the unit did not exist in is refused", async () => {
    const r = await savePopulation.run(
      district,
      { areaUnitId: binhPhu, year: "2026", population: "9.000", households: "" },
      db.prisma,
    );
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { areaUnitId: [expect.stringMatching(/số dân năm 2026 phải ghi xã Phú Thành/)] },
    });
    expect(
      await savePopulation.run(
        district,
        { areaUnitId: binhPhu, year: "2025", population: "9.000", households: "" },
        db.prisma,
      ),
    ).toMatchObject({ ok: true });
    expect(
      (
        await savePopulation.run(
          district,
          { areaUnitId: phuThanh, year: "2024", population: "9.000", households: "" },
          db.prisma,
        )
      ).ok,
    ).toBe(false);
  });
});

describe("an organisation's edit checks its unit on the day it started, whatever the edit changes", () => {
  /** An organisation as the app accepted it before the check: written directly. */
  const stored = async (
    communeName: string,
    which: "current" | "dissolved",
    foundedOn: string | null,
    start: string,
  ) => {
    const unit = await findCommune(db.prisma, communeName, which === "current" ? "new" : "old");
    return db.prisma.organisation.create({
      data: {
        code: `HTX-${Math.random().toString(36).slice(2, 8)}`,
        type: "HTX",
        name: "Hợp tác xã Cũ",
        communeId: unit.id,
        sector: "AGRICULTURE",
        foundedOn: foundedOn ? new Date(foundedOn) : null,
        statusHistory: { create: { status: "ACTIVE", effectiveFrom: new Date(start) } },
      },
    });
  };
  const rename = (
    o: { id: number; version: number; code: string; communeId: number },
    foundedOn: string,
    communeId = o.communeId,
  ) =>
    updateOrganisation.run(
      district,
      org({ id: o.id, version: o.version, code: o.code, communeId, foundedOn, name: "Hợp tác xã Tên Mới" }),
      db.prisma,
    );

  it("a rename of an organisation founded in 2026 in a dissolved commune is refused, naming the successor", async () => {
    const o = await stored("Bình Phú", "dissolved", "2026-03-15", "2026-03-15");
    const r = await rename(o, "2026-03-15");
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: {
        communeId: [
          expect.stringMatching(/nay thuộc xã Phú Thành.*tổ chức thành lập ngày 15\/03\/2026 phải ghi xã Phú Thành/),
        ],
      },
    });
    // moved to the successor, the same edit goes through
    const phuThanh = await findCommune(db.prisma, "Phú Thành", "new");
    expect(await rename(o, "2026-03-15", phuThanh.id)).toMatchObject({ ok: true });
  });

  it("without a founding date, the day of its first status is the day it started", async () => {
    const o = await stored("Bình Phú", "dissolved", null, "2026-01-10");
    expect(await rename(o, "")).toMatchObject({
      ok: false,
      fieldErrors: {
        communeId: [expect.stringMatching(/tổ chức hoạt động từ ngày 10\/01\/2026 phải ghi xã Phú Thành/)],
      },
    });
  });

  it("an organisation of the old commune's history is edited as before", async () => {
    const o = await stored("Bình Phú", "dissolved", "2019-04-01", "2019-04-01");
    expect(await rename(o, "2019-04-01")).toMatchObject({ ok: true });
    const undated = await stored("Bình Phú", "dissolved", null, "2018-01-01");
    expect(await rename(undated, "")).toMatchObject({ ok: true });
  });
});
