// The default programme's territory (the district) against every programme's targets:
// its figures of a year measured with each programme's definitions, a count target of a
// wider programme scaled by the district's share of that programme's population.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { compareWithProgramme, populationShare, type ComparedTarget } from "@/domain/programmes/compare";
import { col, queryOne } from "../db/typed-sql";
import { loadYearInputs } from "../targets-sql/load-year-inputs";
import { getTargetDefinitions } from "./get-target-definitions";
import { getScopeUnits } from "../territory/get-scope-units";
import { getProgramme, listProgrammes, type ProgrammeInfo } from "./get-programme";

export type ProgrammeComparison = {
  territory: ProgrammeInfo;
  year: number;
  population: number;
  columns: {
    programme: ProgrammeInfo;
    population: number;
    /** null: the share cannot be told (see populationShare). */
    share: number | null;
    rows: ComparedTarget[];
  }[];
};

async function populationOf(prisma: PrismaClient, unitIds: number[] | null, year: number): Promise<number> {
  const r = await queryOne(
    prisma,
    "population of units",
    z.object({ n: col.int() }),
    Prisma.sql`SELECT coalesce(sum(population), 0)::int8 AS n FROM "approved"."Population"
               WHERE year = ${year}::int AND (${unitIds}::int[] IS NULL OR "areaUnitId" = ANY(${unitIds}::int[]))`,
  );
  return r.n;
}

/** null when no programme exists yet. */
export async function compareProgrammes(prisma: PrismaClient, year: number): Promise<ProgrammeComparison | null> {
  const territory = await getProgramme(prisma, null);
  if (!territory) return null;
  const asOf = `${year}-12-31`;
  const { units } = await getScopeUnits(prisma, territory.scopeCode);
  const unitIds = units.map((u) => u.id);
  const inputs = await loadYearInputs(prisma, { scopeUnitIds: unitIds, asOf, year, approvedOnly: true });
  const population = await populationOf(prisma, unitIds, year);
  const columns: ProgrammeComparison["columns"] = [];
  for (const programme of await listProgrammes(prisma)) {
    const defs = await getTargetDefinitions(prisma, programme, asOf);
    if (defs.length === 0) continue;
    const same = programme.code === territory.code;
    const theirs = same
      ? unitIds
      : programme.scopeCode === null
        ? null
        : (await getScopeUnits(prisma, programme.scopeCode)).units.map((u) => u.id);
    const programmePopulation = same ? population : await populationOf(prisma, theirs, year);
    const share = populationShare(population, programmePopulation, same);
    columns.push({
      programme,
      population: programmePopulation,
      share,
      rows: compareWithProgramme(defs, inputs, share),
    });
  }
  return { territory, year, population, columns };
}
