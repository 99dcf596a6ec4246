// Programmes as data (issue 12): the same registry judged against the district's
// programme 26-CTr/TU and against Resolution 20-NQ/TW, each with its own territory and its
// own definitions; a province's plan filled in by an admin; a report frozen under one
// programme that does not move when that programme's targets change; a programme a
// report refers to cannot be deleted.
//
// Data, 2025 (every dossier approved): in commune Bình Phú of the district, HTX H1 rated
// GOOD and HTX H2 AVERAGE, and union L1 rated GOOD whose member cooperatives are H1 and
// H2; outside the district, in a commune of another province, HTX H3 rated FAIR.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { dashboardFiltersSchema } from "@/domain/dashboard/filters";
import type { ReportSnapshot } from "@/domain/reports/snapshot";
import { DISTRICT_PROGRAMME_CODE, PROVINCE_TEMPLATE_CODE, RESOLUTION_20_CODE } from "@/domain/programmes/catalogue";
import { loadViewer } from "@/server/auth/session";
import type { Viewer } from "@/server/auth/viewer";
import { seedReferenceData } from "@/server/seed/reference";
import { getDashboard } from "@/server/targets/get-dashboard";
import { createReport } from "@/server/reports/create-report.action";
import { setTarget } from "@/server/targets/settings/set-target.action";
import { getProgramme } from "@/server/programmes/get-programme";
import { getAllocationsOfTarget, getAllocationUnits } from "@/server/programmes/allocations";
import { saveAllocations } from "@/server/programmes/save-allocations.action";
import { allocationField } from "@/domain/programmes/allocations";
import { compareProgrammes } from "@/server/programmes/compare-programmes";
import { getLiveDashboardDocument } from "@/server/reports/get-live-document";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { communeId, findCommune } from "./units";

const TODAY = "2026-11-29";

let db: TestDatabase;
let prisma: PrismaClient;
let admin: Viewer;
let district: Viewer;

const dashboard = (q: Record<string, string>) =>
  getDashboard(prisma, dashboardFiltersSchema(TODAY).parse({ nam: "2025", ...q }), { today: TODAY });
const target = (d: Awaited<ReturnType<typeof dashboard>>, code: string) => d.targets.find((t) => t.code === code)!;

async function organisation(
  code: string,
  type: "HTX" | "LHHTX",
  communeId: number,
  level: "GOOD" | "FAIR" | "AVERAGE",
) {
  return prisma.organisation.create({
    data: {
      code,
      type,
      name: `${type === "HTX" ? "Hợp tác xã" : "Liên hiệp HTX"} ${code}`,
      communeId,
      sector: "AGRICULTURE",
      foundedOn: new Date("2018-01-01"),
      statusHistory: { create: [{ status: "ACTIVE", effectiveFrom: new Date("2018-01-01") }] },
      reports: { create: [{ year: 2025, approvalStatus: "APPROVED", memberCount: 30 }] },
      ratings: { create: [{ year: 2025, eligible: true, level }] },
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  await seedReferenceData(prisma);
  const binhPhu = await communeId(prisma, "Bình Phú");
  const elsewhere = await prisma.areaUnit.create({
    data: { code: "99001", name: "Ngoài Huyện", kind: "Xã", level: "COMMUNE", validFrom: new Date("2000-01-01") },
  });
  const h1 = await organisation("H1", "HTX", binhPhu, "GOOD");
  const h2 = await organisation("H2", "HTX", binhPhu, "AVERAGE");
  const l1 = await organisation("L1", "LHHTX", binhPhu, "GOOD");
  await organisation("H3", "HTX", elsewhere.id, "FAIR");
  await prisma.unionMembership.createMany({
    data: [
      { unionId: l1.id, memberOrgId: h1.id, joinedOn: new Date("2020-01-01") },
      { unionId: l1.id, memberOrgId: h2.id, joinedOn: new Date("2024-05-01") },
    ],
  });
  for (const [username, role] of [
    ["qt.ct", "ADMIN"],
    ["phong.ct", "DISTRICT"],
  ] as const) {
    await prisma.user.create({ data: { username, fullName: username, role, passwordHash: "x" } });
  }
  const viewer = async (username: string) =>
    (await loadViewer(prisma, (await prisma.user.findUniqueOrThrow({ where: { username } })).id))!;
  admin = await viewer("qt.ct");
  district = await viewer("phong.ct");
});
afterAll(async () => db?.dispose());

describe("one registry, each programme's own figures", () => {
  it("seeds three programmes: the district's is the default", async () => {
    const rows = await prisma.programme.findMany({ orderBy: { code: "asc" } });
    expect(rows.map((p) => [p.code, p.level, p.isDefault])).toEqual([
      [DISTRICT_PROGRAMME_CODE, "DISTRICT", true],
      [RESOLUTION_20_CODE, "NATIONAL", false],
      [PROVINCE_TEMPLATE_CODE, "PROVINCE", false],
    ]);
    expect(await prisma.target.count({ where: { programme: { code: RESOLUTION_20_CODE } } })).toBe(13);
  });

  it("the district programme counts the district's cooperatives only, good/fair among HTX: 1 ÷ 2", async () => {
    const d = await dashboard({});
    expect(d.programme?.code).toBe(DISTRICT_PROGRAMME_CODE);
    expect(d.targets).toHaveLength(11);
    expect([target(d, "HTX_COUNT").value, target(d, "HTX_COUNT").target]).toEqual([2, 30]);
    const gf = target(d, "HTX_GOOD_FAIR");
    expect([gf.numerator, gf.denominator, gf.value]).toEqual([1, 2, 50]);
    expect(d.targets.some((t) => t.kind === "LHHTX_COUNT")).toBe(false);
  });

  it("Resolution 20-NQ/TW counts the whole country, unions and their members, good/fair over HTX and LHHTX", async () => {
    const d = await dashboard({ chuong_trinh: RESOLUTION_20_CODE });
    expect(d.programme?.code).toBe(RESOLUTION_20_CODE);
    expect(d.targets).toHaveLength(13);
    expect([target(d, "HTX_COUNT").value, target(d, "HTX_COUNT").target]).toEqual([3, 45_000]);
    expect([target(d, "LHHTX_COUNT").value, target(d, "LHHTX_COUNT").target]).toEqual([1, 340]);
    expect(target(d, "LHHTX_MEMBER_HTX").value).toBe(2);
    const gf = target(d, "ORG_GOOD_FAIR");
    // H1 GOOD, H3 FAIR, L1 GOOD over H1 H2 H3 L1
    expect([gf.numerator, gf.denominator, gf.value, gf.met]).toEqual([3, 4, 75, true]);
    // the same registry: the national figure includes the district's
    expect(d.units.some((u) => u.code === "99001")).toBe(true);
    // the breakdown tables keep their key figures whatever the programme
    for (const row of [...d.byCommune, ...d.byType])
      expect(row.targets.map((t) => t.code)).toEqual(expect.arrayContaining(["HTX_GOOD_FAIR", "THT_COUNT"]));
  });

  it("a link naming an unknown programme opens the default one", async () => {
    const d = await dashboard({ chuong_trinh: "KHONG-CO" });
    expect(d.programme?.code).toBe(DISTRICT_PROGRAMME_CODE);
  });

  it("an admin fills the province template with two targets and its overview judges against them", async () => {
    const empty = await dashboard({ chuong_trinh: PROVINCE_TEMPLATE_CODE });
    expect(empty.definitions).toEqual([]);
    const base = {
      programme: PROVINCE_TEMPLATE_CODE,
      comparator: "GTE",
      horizonYear: "2030",
      validFrom: "01/01/2025",
      sourceText: "Theo kế hoạch của tỉnh",
    };
    const refusedUnit = await setTarget.run(
      admin,
      { ...base, code: "HTX_TINH", kind: "HTX_COUNT", title: "Số HTX toàn tỉnh", value: "40", unit: "PERCENT" },
      prisma,
    );
    expect(refusedUnit.ok).toBe(false);
    if (!refusedUnit.ok) expect(refusedUnit.fieldErrors?.unit?.[0]).toMatch(/số lượng/);
    const noKind = await setTarget.run(
      admin,
      { ...base, code: "HTX_TINH", title: "Số HTX toàn tỉnh", value: "40", unit: "COUNT" },
      prisma,
    );
    expect(noKind.ok).toBe(false);
    if (!noKind.ok) expect(noKind.fieldErrors?.kind?.[0]).toMatch(/loại chỉ tiêu/);
    const refusedRole = await setTarget.run(
      district,
      { ...base, code: "HTX_TINH", kind: "HTX_COUNT", title: "Số HTX toàn tỉnh", value: "40", unit: "COUNT" },
      prisma,
    );
    expect(refusedRole.ok).toBe(false);

    for (const t of [
      { code: "HTX_TINH", kind: "HTX_COUNT", title: "Số HTX toàn tỉnh", value: "3", unit: "COUNT" },
      { code: "TOT_KHA_TINH", kind: "ORG_GOOD_FAIR", title: "Tổ chức KTTT tốt, khá", value: "80", unit: "PERCENT" },
    ]) {
      const res = await setTarget.run(admin, { ...base, ...t }, prisma);
      expect(res.ok).toBe(true);
    }
    const d = await dashboard({ chuong_trinh: PROVINCE_TEMPLATE_CODE });
    expect(d.targets.map((t) => [t.code, t.kind, t.value, t.met])).toEqual([
      ["HTX_TINH", "HTX_COUNT", 3, true], // 3 ≥ 3: on the threshold
      ["TOT_KHA_TINH", "ORG_GOOD_FAIR", 75, false], // 75 % < 80 %
    ]);
    // the other programmes are untouched
    expect((await dashboard({})).targets).toHaveLength(11);
  });
});

describe("allocations (giao chỉ tiêu)", () => {
  it("add up against the programme's target, all or nothing, field by field", async () => {
    const programme = (await getProgramme(prisma, DISTRICT_PROGRAMME_CODE))!;
    const units = await getAllocationUnits(prisma, programme, TODAY);
    expect(units).toHaveLength(5); // the five communes formed on 01/07/2025
    const [a, b, c] = units;
    const bad = await saveAllocations.run(
      admin,
      { programme: programme.code, code: "HTX_COUNT", [allocationField(a.id)]: "20", [allocationField(b.id)]: "2,5" },
      prisma,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors?.[allocationField(b.id)]?.[0]).toMatch(/số nguyên/);
    expect(await prisma.targetAllocation.count()).toBe(0);
    const refused = await saveAllocations.run(
      district,
      { programme: programme.code, code: "HTX_COUNT", [allocationField(a.id)]: "20" },
      prisma,
    );
    expect(refused.ok).toBe(false);

    const ok = await saveAllocations.run(
      admin,
      {
        programme: programme.code,
        code: "HTX_COUNT",
        [allocationField(a.id)]: "20",
        [allocationField(b.id)]: "8",
        [allocationField(c.id)]: "",
      },
      prisma,
    );
    expect(ok.ok).toBe(true);
    const shown = (await getAllocationsOfTarget(prisma, programme, "HTX_COUNT", TODAY))!;
    expect(shown.summary).toEqual({ allocatedUnits: 2, units: 5, sum: 28, difference: -2, covers: false });
    // a blank field removes that unit's allocation
    await saveAllocations.run(
      admin,
      { programme: programme.code, code: "HTX_COUNT", [allocationField(b.id)]: "" },
      prisma,
    );
    expect((await getAllocationsOfTarget(prisma, programme, "HTX_COUNT", TODAY))!.summary.sum).toBe(20);
    expect(await prisma.auditLog.count({ where: { entity: "TargetAllocation" } })).toBe(2);
    await prisma.targetAllocation.deleteMany();
  });

  it("a one-commune view is judged against its allocation; without one it is not judged", async () => {
    const programme = (await getProgramme(prisma, DISTRICT_PROGRAMME_CODE))!;
    const binhPhu = await findCommune(prisma, "Bình Phú");
    const successor = binhPhu.successorId!;
    const other = (await getAllocationUnits(prisma, programme, TODAY)).find((u) => u.id !== successor)!;
    await saveAllocations.run(
      admin,
      { programme: programme.code, code: "HTX_COUNT", [allocationField(successor)]: "2" },
      prisma,
    );
    const d = await dashboard({ xa: String(successor) });
    const htx = target(d, "HTX_COUNT");
    // H1 and H2 of Bình Phú count under the commune that took it over: 2 ≥ 2, on the threshold
    expect([htx.value, htx.target, htx.judged, htx.met]).toEqual([2, 2, true, true]);
    expect(Object.keys(d.allocated)).toEqual(["HTX_COUNT"]);
    expect(target(d, "HTX_GOOD_FAIR").judged).toBe(false);

    const without = await dashboard({ xa: String(other.id) });
    expect(target(without, "HTX_COUNT").judged).toBe(false);
    expect(target(without, "HTX_COUNT").status).toBeNull();
    // a sector filter on top: not the unit as allocated, so not judged
    const filtered = await dashboard({ xa: String(successor), linh_vuc: "AGRICULTURE" });
    expect(target(filtered, "HTX_COUNT").judged).toBe(false);
  });
});

describe("comparison with the other programmes", () => {
  it("the district against the nation: counts scaled by its population share (an indication), shares as they are", async () => {
    const binhPhu = await communeId(prisma, "Bình Phú");
    const elsewhere = (await prisma.areaUnit.findFirstOrThrow({ where: { code: "99001" } })).id;
    await prisma.population.createMany({
      data: [
        { areaUnitId: binhPhu, year: 2025, population: 10_000 },
        { areaUnitId: elsewhere, year: 2025, population: 990_000 },
      ],
    });
    try {
      const c = (await compareProgrammes(prisma, 2025))!;
      expect(c.territory.code).toBe(DISTRICT_PROGRAMME_CODE);
      const own = c.columns.find((x) => x.programme.code === DISTRICT_PROGRAMME_CODE)!;
      expect(own.share).toBe(1);
      expect(own.rows.find((r) => r.code === "HTX_COUNT")).toMatchObject({ value: 2, comparable: 30, scaled: false });
      const nation = c.columns.find((x) => x.programme.code === RESOLUTION_20_CODE)!;
      expect(nation.share).toBeCloseTo(0.01, 12);
      const htx = nation.rows.find((r) => r.code === "HTX_COUNT")!;
      expect([htx.value, htx.scaled, htx.met]).toEqual([2, true, false]);
      expect(htx.comparable).toBeCloseTo(450, 9);
      // the district's H1 and L1 good of H1, H2, L1: 66,7 % > 60 %
      const gf = nation.rows.find((r) => r.code === "ORG_GOOD_FAIR")!;
      expect([gf.comparable, gf.scaled, gf.met]).toEqual([60, false, true]);
      expect(gf.value).toBeCloseTo(66.6667, 3);
    } finally {
      await prisma.population.deleteMany();
    }
  });
});

describe("reports under a programme", () => {
  it("a report frozen under Resolution 20 names it and keeps its targets as they were", async () => {
    const created = await createReport.run(
      district,
      { kind: "DINH_KY", periodType: "YEAR", year: "2025", programme: RESOLUTION_20_CODE },
      prisma,
    );
    if (!created.ok) throw new Error(created.error);
    const row = await prisma.periodicReport.findUniqueOrThrow({
      where: { id: created.data.id },
      include: { programme: true },
    });
    expect(row.programme?.code).toBe(RESOLUTION_20_CODE);
    const frozen = row.snapshot as unknown as ReportSnapshot;
    expect(frozen.programme?.shortTitle).toBe("Nghị quyết 20-NQ/TW");
    expect(frozen.targets.find((t) => t.code === "LHHTX_COUNT")?.target).toBe(340);
    // the breakdown tables' total row: the resolution has no "HTX tốt, khá" target, the
    // column's total is still the selection's own (H1 good, H3 fair of H1–H3: 2 ÷ 3)
    expect(frozen.targets.some((t) => t.code === "HTX_GOOD_FAIR")).toBe(false);
    expect(frozen.keyTotals?.HTX_GOOD_FAIR).toBeCloseTo(66.67, 1);

    // The resolution's union target changes from 2025 on: the live overview follows it,
    // the frozen report does not.
    const changed = await setTarget.run(
      admin,
      {
        programme: RESOLUTION_20_CODE,
        code: "LHHTX_COUNT",
        title: "Số liên hiệp hợp tác xã",
        comparator: "GTE",
        value: "400",
        unit: "COUNT",
        horizonYear: "2030",
        validFrom: "01/06/2025",
        sourceText: "340 liên hiệp hợp tác xã (điều chỉnh)",
      },
      prisma,
    );
    expect(changed.ok).toBe(true);
    const live = await dashboard({ chuong_trinh: RESOLUTION_20_CODE });
    expect(target(live, "LHHTX_COUNT").target).toBe(400);
    const again = await prisma.periodicReport.findUniqueOrThrow({ where: { id: created.data.id } });
    expect((again.snapshot as unknown as ReportSnapshot).targets.find((t) => t.code === "LHHTX_COUNT")?.target).toBe(
      340,
    );
  });

  it("refuses an unknown programme field by field", async () => {
    const res = await createReport.run(
      district,
      { kind: "DINH_KY", periodType: "YEAR", year: "2025", programme: "KHONG-CO" },
      prisma,
    );
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.fieldErrors?.programme?.[0]).toMatch(/chương trình/);
  });

  it("a programme a report refers to cannot be deleted; one without reports can", async () => {
    const fresh = (code: string) =>
      prisma.programme.create({ data: { code, title: code, shortTitle: code, level: "COMMUNE" } });
    await fresh("XA-CO-BC");
    await fresh("XA-KHONG-BC");
    const created = await createReport.run(
      district,
      { kind: "DINH_KY", periodType: "YEAR", year: "2025", programme: "XA-CO-BC" },
      prisma,
    );
    expect(created.ok).toBe(true);
    await expect(prisma.programme.delete({ where: { code: "XA-CO-BC" } })).rejects.toThrow();
    await prisma.programme.delete({ where: { code: "XA-KHONG-BC" } });
    expect(await prisma.programme.count({ where: { code: { in: ["XA-CO-BC", "XA-KHONG-BC"] } } })).toBe(1);
  });
});

describe("the overview's exports take the programme", () => {
  it("named in the query, or the user's own without one; the document's title names it", async () => {
    const named = await getLiveDashboardDocument(district, prisma, new URLSearchParams("nam=2025&chuong_trinh=NQ20"));
    expect(named.snapshot.programme?.code).toBe(RESOLUTION_20_CODE);
    expect(named.title).toContain("Nghị quyết 20-NQ/TW");
    expect(named.snapshot.targets.some((t) => t.code === "LHHTX_COUNT")).toBe(true);
    const own = await getLiveDashboardDocument(
      { ...district, programmeCode: RESOLUTION_20_CODE },
      prisma,
      new URLSearchParams("nam=2025"),
    );
    expect(own.snapshot.programme?.code).toBe(RESOLUTION_20_CODE);
    const fallback = await getLiveDashboardDocument(district, prisma, new URLSearchParams("nam=2025"));
    expect(fallback.snapshot.programme?.code).toBe(DISTRICT_PROGRAMME_CODE);
  });
});
