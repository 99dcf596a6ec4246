// Communes of the demo: the 13 real communes (cluster 0) and, for scale > 1, synthetic
// clusters of 13 communes each under a synthetic district, so that large scales keep
// plausible organisations per commune instead of piling thousands into one commune.
// Population per commune and year also lives here.
import type { Prisma } from "@/generated/prisma/client";
import type { Rng } from "./random";
import { GCT_NEW_COMMUNES, GCT_OLD_COMMUNES, PROVINCE_TIEN_GIANG, unitKeyString, utcDate } from "./reference";
import type { Cluster, GenContext } from "./demo-types";
import type { Db } from "./demo-writer";

/** 2022 population per old commune (plausible: total ~128k; the town ~15k). */
const BASE_POPULATION: Record<string, number> = {
  "Vĩnh Bình": 15_200,
  "Bình Nhì": 9_800,
  "Bình Phú": 10_900,
  "Bình Tân": 9_200,
  "Đồng Sơn": 8_600,
  "Đồng Thạnh": 9_700,
  "Long Bình": 10_300,
  "Long Vĩnh": 7_900,
  "Thành Công": 8_400,
  "Thạnh Nhựt": 7_600,
  "Thạnh Trị": 7_800,
  "Vĩnh Hựu": 11_200,
  "Yên Luông": 11_600,
};
const POPULATION_BASE_YEAR = 2022;
// A year's population rows belong to the units in existence at its end (the targets
// engine sums the rows of every scope unit, old and new): old communes up to 2024,
// merged communes from 2025.
const FIRST_NEW_YEAR = 2025;

export async function realCluster(db: Db): Promise<Cluster> {
  // By code and first day: the new communes reuse old codes (xã Vĩnh Bình 28651).
  const refs = [...GCT_OLD_COMMUNES, ...GCT_NEW_COMMUNES];
  const units = await db.areaUnit.findMany({
    where: { OR: refs.map((c) => ({ code: c.code, validFrom: c.validFrom })) },
    select: { id: true, code: true, validFrom: true },
  });
  const byKey = new Map(units.map((u) => [unitKeyString(u), u.id]));
  if (byKey.size !== refs.length) throw new Error("Thiếu đơn vị hành chính tham chiếu: chạy seedReferenceData trước.");
  const idOf = (c: { code: string; validFrom: Date }) => byKey.get(unitKeyString(c))!;
  return {
    index: 0,
    districtCode: "823",
    label: "Gò Công Tây",
    communes: GCT_OLD_COMMUNES.map((c, slot) => {
      const successor = GCT_NEW_COMMUNES.find((n) => n.code === c.successorCode)!;
      return {
        slot,
        name: c.name,
        oldId: idOf(c),
        newId: idOf(successor),
        newName: successor.name,
        basePopulation: BASE_POPULATION[c.name] ?? 9_000,
      };
    }),
  };
}

export async function syntheticCluster(db: Db, ctx: GenContext, index: number, rng: Rng): Promise<Cluster> {
  const province = await db.areaUnit.findUnique({
    where: { code_validFrom: PROVINCE_TIEN_GIANG },
    select: { id: true },
  });
  const districtCode = `S${String(index + 1).padStart(3, "0")}`;
  const districtId = ctx.out.id("areaUnit");
  const validFrom = utcDate(1979, 1, 1);
  await ctx.out.push("areaUnit", {
    id: districtId,
    code: districtCode,
    name: `Huyện mô phỏng ${index + 1}`,
    kind: "Huyện",
    level: "DISTRICT",
    parentId: province?.id ?? null,
    validFrom,
  });
  const communes = [];
  for (const [slot, c] of GCT_OLD_COMMUNES.entries()) {
    const id = ctx.out.id("areaUnit");
    const name = `${c.name} ${index + 1}`;
    await ctx.out.push("areaUnit", {
      id,
      code: `${districtCode}-${String(slot + 1).padStart(2, "0")}`,
      name: `${name} (mô phỏng)`,
      kind: "Xã",
      level: "COMMUNE",
      parentId: districtId,
      validFrom,
    });
    communes.push({ slot, name, oldId: id, newId: id, newName: name, basePopulation: rng.int(7_000, 12_000) });
  }
  return { index, districtCode, label: `Cụm mô phỏng ${index + 1}`, communes };
}

export async function generatePopulation(ctx: GenContext, cluster: Cluster, rng: Rng): Promise<void> {
  const real = cluster.index === 0;
  const byNew = new Map<number, Map<number, { population: number; households: number }>>();
  const row = (
    areaUnitId: number,
    year: number,
    population: number,
    households: number,
    source: string,
  ): Prisma.PopulationCreateManyInput => ({
    id: ctx.out.id("population"),
    areaUnitId,
    year,
    population,
    households,
    source,
  });
  for (const c of cluster.communes) {
    const growth = rng.normal(0.005, 0.0015); // ~0.5% a year, as in the district's recent statistics
    const perHousehold = rng.between(3.5, 3.8);
    for (const y of ctx.years) {
      const population = Math.round(c.basePopulation * Math.pow(1 + growth, y - POPULATION_BASE_YEAR));
      const households = Math.round(population / perHousehold);
      if (!real) {
        await ctx.out.push("population", row(c.oldId, y, population, households, "Số liệu mô phỏng"));
        continue;
      }
      if (y < FIRST_NEW_YEAR) {
        await ctx.out.push(
          "population",
          row(c.oldId, y, population, households, "Chi cục Thống kê (số liệu mô phỏng)"),
        );
      }
      if (y >= FIRST_NEW_YEAR) {
        const perYear = byNew.get(c.newId) ?? new Map();
        byNew.set(c.newId, perYear);
        const acc = perYear.get(y) ?? { population: 0, households: 0 };
        perYear.set(y, { population: acc.population + population, households: acc.households + households });
      }
    }
  }
  // Merged communes from 2025: the sum of the communes they were formed from.
  for (const [newId, perYear] of byNew) {
    for (const [y, v] of perYear) {
      await ctx.out.push("population", row(newId, y, v.population, v.households, "UBND xã (số liệu mô phỏng)"));
    }
  }
}
