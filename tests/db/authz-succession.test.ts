// Accounts follow succession (issue 11): an account of a current commune works on the
// history of the units that commune took over (at any depth), since their organisations
// keep their old commune; nothing is dated in an old unit after its end; the other
// communes stay out of reach. An account of a dissolved unit reaches its successor's other
// predecessors only once the administrator confirms the successor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/domain/actions/action-result";
import { getSubmission } from "@/server/approval/get-submission";
import { loadViewer } from "@/server/auth/session";
import type { Viewer } from "@/server/auth/viewer";
import { saveAnnualReport } from "@/server/dossier/report/save-annual-report.action";
import { unitExistsOn } from "@/domain/territory/unit-label";
import { createOrganisation } from "@/server/organisation/create-organisation.action";
import { listWritableCommunes } from "@/server/organisation/get-entry-organisation";
import { updateOrganisation } from "@/server/organisation/update-organisation.action";
import { savePopulation } from "@/server/population/save-population.action";
import { seedReferenceData } from "@/server/seed";
import { followSuccession } from "@/server/users/follow-succession.action";
import { viewerUnitLabels } from "@/server/users/viewer-units";
import { makeViewer } from "./import-support";
import { findCommune } from "./units";
import { createTestDatabase, type TestDatabase } from "./test-database";

type Unit = { id: number };
let db: TestDatabase;
let phuThanh: Unit, binhPhu: Unit, yenLuong: Unit, dongSonOld: Unit;
/** A unit merged into Bình Phú long before 2025: Phú Thành's predecessor two steps back. */
let mergedEarlier: Unit;
let official: Viewer;

const FORBIDDEN = /không có quyền/;

async function organisationIn(communeId: number, code: string, foundedOn = "2019-04-01") {
  return db.prisma.organisation.create({
    data: {
      code,
      type: "HTX",
      name: `Hợp tác xã ${code}`,
      communeId,
      sector: "AGRICULTURE",
      foundedOn: new Date(foundedOn),
      hasMemberRegister: true,
      statusHistory: { create: { status: "ACTIVE", effectiveFrom: new Date(foundedOn) } },
    },
  });
}

const report2024 = (organisationId: number) => ({
  organisationId,
  year: 2024,
  memberCount: "25",
  officialMemberCount: "20",
  employeeCount: "4",
  charterCapital: "",
  revenue: "",
  profit: "",
  effective: "",
});

const newOrg = (communeId: number, foundedOn: string, code: string) => ({
  code,
  type: "HTX",
  name: `Hợp tác xã ${code}`,
  communeId,
  address: "",
  sector: "AGRICULTURE",
  mainProducts: "",
  foundedOn,
  hasMemberRegister: "on",
});

const refusal = (r: ActionResult<unknown>) =>
  r.ok ? "" : [r.error, ...Object.values(r.fieldErrors ?? {}).flat()].join(" | ");

beforeAll(async () => {
  db = await createTestDatabase();
  await seedReferenceData(db.prisma);
  phuThanh = await findCommune(db.prisma, "Phú Thành", "new");
  binhPhu = await findCommune(db.prisma, "Bình Phú", "old");
  yenLuong = await findCommune(db.prisma, "Yên Luông", "old");
  dongSonOld = await findCommune(db.prisma, "Đồng Sơn", "old");
  mergedEarlier = await db.prisma.areaUnit.create({
    data: {
      code: "THU-SAP-NHAP-2009",
      name: "Thử Sáp Nhập",
      kind: "Xã",
      level: "COMMUNE",
      validFrom: new Date("1990-01-01"),
      validTo: new Date("2009-12-31"),
      successorId: binhPhu.id,
    },
  });
  official = await makeViewer(db.prisma, "xa.phuthanh", "COMMUNE", [phuThanh.id]);
});
afterAll(async () => db?.dispose());

describe("an account of a current commune", () => {
  it("works in its commune and in every unit it took over, at any depth, and nowhere else", async () => {
    const predecessors = await db.prisma.areaUnit.findMany({
      where: { successorId: phuThanh.id },
      select: { id: true },
    });
    expect(predecessors.length).toBe(3);
    expect([...official.communeIds].sort((a, b) => a - b)).toEqual(
      [phuThanh.id, ...predecessors.map((p) => p.id), mergedEarlier.id].sort((a, b) => a - b),
    );
    expect(official.communeIds).not.toContain(dongSonOld.id);
  });

  it("is named in the header by the commune assigned to it, not by every old unit it took over", async () => {
    expect(await viewerUnitLabels(db.prisma, official)).toEqual(["Xã Phú Thành"]);
  });

  it("writes the yearly dossiers and the identity of its predecessors' organisations, and reads their dossiers", async () => {
    const org = await organisationIn(binhPhu.id, "BP-LS-1");
    expect(await saveAnnualReport.run(official, report2024(org.id), db.prisma)).toMatchObject({ ok: true });
    const renamed = await updateOrganisation.run(
      official,
      {
        ...newOrg(binhPhu.id, "2019-04-01", org.code),
        id: org.id,
        version: org.version,
        name: "Hợp tác xã Bình Phú Xanh",
      },
      db.prisma,
    );
    expect(renamed, refusal(renamed as ActionResult<unknown>)).toMatchObject({ ok: true });
    // the dossier page, which names members, is open to it as to the commune's own
    await expect(getSubmission(official, db.prisma, org.id, 2024)).resolves.toMatchObject({
      organisation: { id: org.id },
    });
    // two steps back
    const older = await organisationIn(mergedEarlier.id, "TSN-1", "2005-01-01");
    expect(await saveAnnualReport.run(official, report2024(older.id), db.prisma)).toMatchObject({ ok: true });
  });

  it("is refused in another commune's predecessors", async () => {
    const org = await organisationIn(dongSonOld.id, "DS-LS-1");
    const r = (await saveAnnualReport.run(official, report2024(org.id), db.prisma)) as ActionResult<unknown>;
    expect(refusal(r)).toMatch(FORBIDDEN);
    await expect(getSubmission(official, db.prisma, org.id, 2024)).rejects.toThrow();
    expect(
      refusal(
        (await createOrganisation.run(
          official,
          newOrg(dongSonOld.id, "2023-01-01", "DS-N"),
          db.prisma,
        )) as ActionResult<unknown>,
      ),
    ).toMatch(FORBIDDEN);
  });

  it("dates nothing in an old unit after its end: the successor is named", async () => {
    expect(await createOrganisation.run(official, newOrg(yenLuong.id, "2023-05-01", "YL-CU"), db.prisma)).toMatchObject(
      {
        ok: true,
      },
    );
    const late = (await createOrganisation.run(
      official,
      newOrg(yenLuong.id, "2026-01-10", "YL-MOI"),
      db.prisma,
    )) as ActionResult<unknown>;
    expect(refusal(late)).toMatch(/Yên Luông.*phải ghi xã Phú Thành/);
    const population = (year: string) => ({ areaUnitId: binhPhu.id, year, population: "9.000", households: "" });
    expect(await savePopulation.run(official, population("2024"), db.prisma)).toMatchObject({ ok: true });
    expect(
      refusal((await savePopulation.run(official, population("2026"), db.prisma)) as ActionResult<unknown>),
    ).toMatch(/phải ghi xã Phú Thành/);
  });
});

describe("the new organisation's picker", () => {
  it("lists the account's current commune first, then the old ones marked, each with its validity", async () => {
    const offered = await listWritableCommunes(official, db.prisma);
    expect(offered.map((c) => c.label)).toEqual([
      "Xã Phú Thành",
      "Xã Bình Phú (cũ) – nay thuộc xã Phú Thành",
      "Xã Thành Công (cũ) – nay thuộc xã Phú Thành",
      "Xã Thử Sáp Nhập (cũ) – nay thuộc xã Bình Phú",
      "Xã Yên Luông (cũ) – nay thuộc xã Phú Thành",
    ]);
    // what the form filters by: the units that existed on the founding date
    expect(offered.filter((c) => unitExistsOn(c, "2026-03-15")).map((c) => c.id)).toEqual([phuThanh.id]);
    expect(offered.filter((c) => unitExistsOn(c, "2023-05-01")).map((c) => c.label)).toEqual([
      "Xã Bình Phú (cũ) – nay thuộc xã Phú Thành",
      "Xã Thành Công (cũ) – nay thuộc xã Phú Thành",
      "Xã Yên Luông (cũ) – nay thuộc xã Phú Thành",
    ]);
  });
});

describe("an account of a dissolved commune", () => {
  it("reaches its successor's other predecessors only after the administrator's confirmation", async () => {
    const admin = await makeViewer(db.prisma, "quan.tri", "ADMIN");
    let old = await makeViewer(db.prisma, "xa.binhphu", "COMMUNE", [binhPhu.id]);
    // its own unit and what that took over; not its sibling Yên Luông, nor Phú Thành
    expect([...old.communeIds].sort((a, b) => a - b)).toEqual([binhPhu.id, mergedEarlier.id].sort((a, b) => a - b));
    const sibling = await organisationIn(yenLuong.id, "YL-LS-1");
    expect(
      refusal((await saveAnnualReport.run(old, report2024(sibling.id), db.prisma)) as ActionResult<unknown>),
    ).toMatch(FORBIDDEN);

    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: old.id } });
    expect(await followSuccession.run(admin, { id: user.id, version: user.version }, db.prisma)).toMatchObject({
      ok: true,
    });
    old = (await loadViewer(db.prisma, old.id))!;
    expect(old.communeIds).toEqual(expect.arrayContaining([phuThanh.id, yenLuong.id]));
    expect(await saveAnnualReport.run(old, report2024(sibling.id), db.prisma)).toMatchObject({ ok: true });
  });
});
