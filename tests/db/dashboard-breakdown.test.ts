// A scope larger than a district: the overview's geographic breakdown climbs to
// districts (a row per district, figures summed over its communes), and the area filter
// then offers districts, choosing one selects all its communes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardFiltersSchema } from "@/domain/dashboard/filters";
import { MAX_BREAKDOWN_ROWS } from "@/domain/dashboard/breakdown";
import { seedReferenceData } from "@/server/seed/reference";
import { getDashboard } from "@/server/targets/get-dashboard";
import { PROGRAMME_SCOPE_CODE } from "@/server/territory/get-scope-units";
import { buildReportSnapshot } from "@/server/reports/build-snapshot";
import { createTestDatabase, type TestDatabase } from "./test-database";

const TODAY = "2026-11-29";
const parse = (q: Record<string, string | string[]>) => dashboardFiltersSchema(TODAY).parse({ chua_duyet: "1", ...q });

describe("overview breakdown of a large scope", () => {
  let db: TestDatabase;
  const districts: { id: number; communes: number[] }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReferenceData(db.prisma);
    const p = db.prisma;
    const scope = await p.scope.findUniqueOrThrow({ where: { code: PROGRAMME_SCOPE_CODE } });
    const province = await p.areaUnit.create({
      data: { code: "T-99", name: "Thử", kind: "Tỉnh", level: "PROVINCE", validFrom: new Date("2000-01-01") },
    });
    // More communes than a breakdown shows, in three districts; commune i of district d
    // has d + 1 active THT founded in 2020.
    const perDistrict = Math.ceil((MAX_BREAKDOWN_ROWS + 1) / 3);
    for (let d = 0; d < 3; d++) {
      const district = await p.areaUnit.create({
        data: {
          code: `H-99-${d}`,
          name: `Thử ${d}`,
          kind: "Huyện",
          level: "DISTRICT",
          parentId: province.id,
          validFrom: new Date("2000-01-01"),
        },
      });
      const communes: number[] = [];
      for (let i = 0; i < perDistrict; i++) {
        const c = await p.areaUnit.create({
          data: {
            code: `X-99-${d}-${i}`,
            name: `Xã thử ${d}-${i}`,
            kind: "Xã",
            level: "COMMUNE",
            parentId: district.id,
            validFrom: new Date("2000-01-01"),
            scopes: { create: { scopeId: scope.id } },
          },
        });
        communes.push(c.id);
        for (let k = 0; k <= d; k++) {
          await p.organisation.create({
            data: {
              code: `THT-99-${d}-${i}-${k}`,
              type: "THT",
              name: `THT ${d}-${i}-${k}`,
              communeId: c.id,
              sector: "AGRICULTURE",
              foundedOn: new Date("2020-01-01T00:00:00Z"),
              statusHistory: { create: { status: "ACTIVE", effectiveFrom: new Date("2020-01-01T00:00:00Z") } },
            },
          });
        }
      }
      districts.push({ id: district.id, communes });
    }
  });
  afterAll(async () => db?.dispose());

  it("shows a row per district, summing its communes, and offers districts in the filter", async () => {
    const d = await getDashboard(db.prisma, parse({}));
    expect(d.breakdownLevel).toBe("DISTRICT");
    const row = (i: number) => d.byCommune.find((r) => r.key === String(districts[i].id));
    for (let i = 0; i < 3; i++) {
      expect(row(i)?.label).toBe(`Huyện Thử ${i}`);
      expect(row(i)?.inputs.activeTht).toBe(districts[i].communes.length * (i + 1));
    }
    expect(d.areaOptionsLevel).toBe("DISTRICT");
    expect(d.areaOptions.map((o) => o.id)).toEqual(expect.arrayContaining(districts.map((x) => x.id)));
    // Every row's figure adds up to the scope's total.
    expect(d.byCommune.reduce((t, r) => t + r.inputs.activeTht, 0)).toBe(d.current.activeTht);
  });

  it("choosing a district selects its communes and breaks them down one by one", async () => {
    const d = await getDashboard(db.prisma, parse({ xa: String(districts[1].id) }));
    expect(new Set(d.scopeUnitIds)).toEqual(new Set(districts[1].communes));
    expect(d.breakdownLevel).toBe("COMMUNE");
    expect(d.byCommune).toHaveLength(districts[1].communes.length);
    expect(d.current.activeTht).toBe(districts[1].communes.length * 2);
    // A report of that selection names the district, and breaks it down by commune.
    const snap = await buildReportSnapshot(db.prisma, parse({ xa: String(districts[1].id) }));
    expect(snap.scopeLabel).toBe("Huyện Thử 1");
    expect(snap.communesLevel).toBe("COMMUNE");
    expect(snap.communes).toHaveLength(districts[1].communes.length);
  });
});
