// The programme administration (issue 12, item 6): an admin creates a province's plan over
// today's province — which covers the communes of the province merged into it — edits it
// under the same rules as other records (fixed code, optimistic version, one default,
// audited) and deletes it only while no report refers to it. Then the overview judges the
// registry against the plan's own targets over its own territory.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { dashboardFiltersSchema } from "@/domain/dashboard/filters";
import { DISTRICT_PROGRAMME_CODE } from "@/domain/programmes/catalogue";
import { loadViewer } from "@/server/auth/session";
import type { Viewer } from "@/server/auth/viewer";
import { seedReferenceData, PROVINCE_DONG_THAP, PROVINCE_TIEN_GIANG } from "@/server/seed/reference";
import { saveProgramme } from "@/server/programmes/save-programme.action";
import { deleteProgramme } from "@/server/programmes/delete-programme.action";
import { getProgrammeForEdit, getTerritoryOptions } from "@/server/programmes/programme-admin";
import { setTarget } from "@/server/targets/settings/set-target.action";
import { createReport } from "@/server/reports/create-report.action";
import { updateUser } from "@/server/users/update-user.action";
import { getDashboard } from "@/server/targets/get-dashboard";
import { createTestDatabase, type TestDatabase } from "./test-database";

const TODAY = "2026-11-29";
let db: TestDatabase;
let prisma: PrismaClient;
let admin: Viewer;
let district: Viewer;
let dongThap: number;
let tienGiang: number;

const plan = (over: Record<string, unknown> = {}) => ({
  code: "KH-DT-2023",
  title: "Kế hoạch thực hiện Nghị quyết 20-NQ/TW của tỉnh Đồng Tháp",
  shortTitle: "Kế hoạch tỉnh Đồng Tháp",
  level: "PROVINCE",
  issuingBody: "UBND tỉnh Đồng Tháp",
  documentNumber: "12/KH-UBND",
  issuedOn: "15/03/2023",
  baselineYear: "2022",
  territory: "UNITS",
  units: [String(dongThap)],
  ...over,
});

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  await seedReferenceData(prisma);
  dongThap = (await prisma.areaUnit.findUniqueOrThrow({ where: { code_validFrom: PROVINCE_DONG_THAP } })).id;
  tienGiang = (await prisma.areaUnit.findUniqueOrThrow({ where: { code_validFrom: PROVINCE_TIEN_GIANG } })).id;
  for (const [username, role] of [
    ["qt.kh", "ADMIN"],
    ["phong.kh", "DISTRICT"],
  ] as const) {
    await prisma.user.create({ data: { username, fullName: username, role, passwordHash: "x" } });
  }
  const viewer = async (username: string) =>
    (await loadViewer(prisma, (await prisma.user.findUniqueOrThrow({ where: { username } })).id))!;
  admin = await viewer("qt.kh");
  district = await viewer("phong.kh");
});
afterAll(async () => db?.dispose());

describe("creating a province's plan", () => {
  it("today's province covers its communes and those of the province merged into it", async () => {
    const res = await saveProgramme.run(admin, plan(), prisma);
    expect(res).toMatchObject({ ok: true, data: { code: "KH-DT-2023" } });
    const p = await prisma.programme.findUniqueOrThrow({
      where: { code: "KH-DT-2023" },
      include: { scope: { include: { units: { include: { areaUnit: true } } } } },
    });
    expect(p.scope?.code).toBe("CT-KH-DT-2023");
    const communes = await prisma.areaUnit.findMany({ where: { level: "COMMUNE" } });
    const parents = await prisma.areaUnit.findMany({ where: { parentId: tienGiang } });
    const expected = communes.filter(
      (c) => c.parentId === dongThap || parents.some((d) => d.id === c.parentId) || c.parentId === tienGiang,
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(p.scope!.units.map((u) => u.areaUnitId).sort((a, b) => a - b)).toEqual(
      expected.map((c) => c.id).sort((a, b) => a - b),
    );
    expect([p.issuedOn?.toISOString().slice(0, 10), p.documentNumber]).toEqual(["2023-03-15", "12/KH-UBND"]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "Programme", entityId: String(p.id) } });
    expect(audit.action).toBe("CREATE");
    // the form opens with the province ticked, not a list of communes
    const form = await getProgrammeForEdit(prisma, "KH-DT-2023", await getTerritoryOptions(prisma));
    expect(form?.units).toEqual([dongThap]);
  });

  it("refuses, field by field, a code in use, an empty territory and a day that does not exist", async () => {
    const res = await saveProgramme.run(
      admin,
      plan({ code: "kh-dt-2023", units: [], issuedOn: "31/02/2023", shortTitle: "" }),
      prisma,
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(Object.keys(res.fieldErrors ?? {}).sort()).toEqual(["issuedOn", "shortTitle", "units"]);
    const clash = await saveProgramme.run(admin, plan({ code: "kh-dt-2023" }), prisma);
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.fieldErrors?.code?.[0]).toMatch(/Đã có chương trình/);
    const ghost = await saveProgramme.run(admin, plan({ code: "KH-MA", units: ["2147483000"] }), prisma);
    expect(ghost.ok).toBe(false);
    if (!ghost.ok) expect(ghost.fieldErrors?.units?.[0]).toMatch(/không tồn tại/);
    expect(await prisma.programme.count({ where: { code: "KH-MA" } })).toBe(0);
  });

  it("only an administrator may create one", async () => {
    const res = await saveProgramme.run(district, plan({ code: "KH-KHAC" }), prisma);
    expect(res.ok).toBe(false);
    expect(await prisma.programme.count({ where: { code: "KH-KHAC" } })).toBe(0);
  });
});

describe("editing and deleting", () => {
  const current = () => prisma.programme.findUniqueOrThrow({ where: { code: "KH-DT-2023" } });

  it("keeps the code, refuses a stale version, and the whole country drops the plan's own scope", async () => {
    const p = await current();
    const renamed = await saveProgramme.run(admin, plan({ id: p.id, version: p.version, code: "KH-MOI" }), prisma);
    expect(renamed.ok).toBe(false);
    if (!renamed.ok) expect(renamed.fieldErrors?.code?.[0]).toMatch(/cố định/);
    const ok = await saveProgramme.run(admin, plan({ id: p.id, version: p.version, territory: "COUNTRY" }), prisma);
    expect(ok.ok).toBe(true);
    const stale = await saveProgramme.run(admin, plan({ id: p.id, version: p.version }), prisma);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error).toMatch(/đã được .* sửa/);
    const after = await current();
    expect([after.scopeId, after.version]).toEqual([null, p.version + 1]);
    expect(await prisma.scope.count({ where: { code: "CT-KH-DT-2023" } })).toBe(0);
    // back to the province for what follows
    expect((await saveProgramme.run(admin, plan({ id: p.id, version: after.version }), prisma)).ok).toBe(true);
  });

  it("one default at a time: making the plan the default unsets the district's", async () => {
    const p = await current();
    const res = await saveProgramme.run(admin, plan({ id: p.id, version: p.version, isDefault: "on" }), prisma);
    expect(res.ok).toBe(true);
    const defaults = await prisma.programme.findMany({ where: { isDefault: true }, select: { code: true } });
    expect(defaults).toEqual([{ code: "KH-DT-2023" }]);
    const unset = await saveProgramme.run(admin, plan({ id: p.id, version: p.version + 1 }), prisma);
    expect(unset.ok).toBe(false);
    if (!unset.ok) expect(unset.fieldErrors?.isDefault?.[0]).toMatch(/chương trình khác làm mặc định/);
    const gct = await prisma.programme.findUniqueOrThrow({ where: { code: DISTRICT_PROGRAMME_CODE } });
    const back = await saveProgramme.run(
      admin,
      {
        code: gct.code,
        id: gct.id,
        version: gct.version,
        title: gct.title,
        shortTitle: gct.shortTitle,
        level: gct.level,
        baselineYear: String(gct.baselineYear),
        territory: "UNITS",
        units: (await prisma.scopeUnit.findMany({ where: { scopeId: gct.scopeId! } })).map((u) => String(u.areaUnitId)),
        isDefault: "on",
      },
      prisma,
    );
    expect(back.ok).toBe(true);
    // the district's territory was given back as it was: its shared scope is kept
    expect((await prisma.programme.findUniqueOrThrow({ where: { id: gct.id } })).scopeId).toBe(gct.scopeId);
  });

  it("the overview judges against the plan's own targets over the province", async () => {
    const set = await setTarget.run(
      admin,
      {
        programme: "KH-DT-2023",
        kind: "HTX_COUNT",
        code: "HTX_TINH",
        title: "Số hợp tác xã của tỉnh",
        comparator: "GTE",
        value: "1.200",
        unit: "COUNT",
        horizonYear: "2030",
        validFrom: "01/01/2023",
        sourceText: "Đến năm 2030, toàn tỉnh có 1.200 hợp tác xã",
      },
      prisma,
    );
    expect(set.ok).toBe(true);
    const d = await getDashboard(
      prisma,
      dashboardFiltersSchema(TODAY).parse({ nam: "2025", chuong_trinh: "KH-DT-2023" }),
      { today: TODAY },
    );
    expect(d.programme?.code).toBe("KH-DT-2023");
    expect(d.targets.map((t) => [t.code, t.target])).toEqual([["HTX_TINH", 1200]]);
  });

  it("a plan a report refers to cannot be deleted; without reports it goes with its targets", async () => {
    const created = await createReport.run(
      district,
      { kind: "DINH_KY", periodType: "YEAR", year: "2025", programme: "KH-DT-2023" },
      prisma,
    );
    expect(created.ok).toBe(true);
    const p = await current();
    const refused = await deleteProgramme.run(admin, { id: p.id, version: p.version }, prisma);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/1 báo cáo/);

    const other = await saveProgramme.run(admin, plan({ code: "KH-XOA" }), prisma);
    if (!other.ok) throw new Error(other.error);
    await setTarget.run(
      admin,
      {
        programme: "KH-XOA",
        kind: "HTX_COUNT",
        code: "HTX_X",
        title: "Số hợp tác xã",
        comparator: "GTE",
        value: "10",
        unit: "COUNT",
        horizonYear: "2030",
        validFrom: "01/01/2023",
        sourceText: "Có 10 hợp tác xã",
      },
      prisma,
    );
    const row = await prisma.programme.findUniqueOrThrow({ where: { code: "KH-XOA" } });
    const gone = await deleteProgramme.run(admin, { id: row.id, version: row.version }, prisma);
    expect(gone.ok).toBe(true);
    expect(await prisma.programme.count({ where: { code: "KH-XOA" } })).toBe(0);
    expect(await prisma.target.count({ where: { programmeId: row.id } })).toBe(0);
    expect(await prisma.scope.count({ where: { code: "CT-KH-XOA" } })).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "Programme", action: "DELETE" } });
    expect(audit.before).toMatchObject({ code: "KH-XOA", targetVersions: 1 });
  });

  it("the default programme cannot be deleted", async () => {
    const gct = await prisma.programme.findUniqueOrThrow({ where: { code: DISTRICT_PROGRAMME_CODE } });
    const res = await deleteProgramme.run(admin, { id: gct.id, version: gct.version }, prisma);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(/mặc định/);
  });
});

describe("a user's own programme", () => {
  it("the administrator sets it; the session carries it; an unknown one is refused; deleting the programme clears it", async () => {
    const made = await saveProgramme.run(admin, plan({ code: "KH-RIENG" }), prisma);
    if (!made.ok) throw new Error(made.error);
    const user = await prisma.user.findUniqueOrThrow({ where: { username: "phong.kh" } });
    const edit = (programme: string) =>
      updateUser.run(
        admin,
        { id: user.id, version: user.version, fullName: user.fullName, role: user.role, programme },
        prisma,
      );
    const unknown = await edit("KHONG-CO");
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.fieldErrors?.programme?.[0]).toBe("Chương trình không tồn tại");
    expect((await edit("KH-RIENG")).ok).toBe(true);
    expect((await loadViewer(prisma, user.id))?.programmeCode).toBe("KH-RIENG");

    const row = await prisma.programme.findUniqueOrThrow({ where: { code: "KH-RIENG" } });
    expect((await deleteProgramme.run(admin, { id: row.id, version: row.version }, prisma)).ok).toBe(true);
    expect((await loadViewer(prisma, user.id))?.programmeCode).toBeNull();
  });
});
