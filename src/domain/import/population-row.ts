// One row of the population sheet: commune (code or name), year, population.
import { resolveCommune, type CommuneData } from "./communes";
import type { ImportIssue } from "./issues";
import type { MappedRecord } from "./table";
import { rowChecks } from "./row-checks";
import { cellText, parseCount, parseYear } from "./values";

export type PopulationRow = {
  row: number;
  commune: CommuneData;
  /** The column the user named the unit in (where a scope error is reported). */
  communeColumn: "ma_xa" | "ten_xa";
  year: number;
  population: number;
};

export function parsePopulationRow(
  rec: MappedRecord,
  ctx: { communes: readonly CommuneData[]; minYear: number; maxYear: number },
): { value: PopulationRow | null; issues: ImportIssue[] } {
  const { issues, issue, required } = rowChecks(rec);
  const v = rec.values;
  const year = required("nam", () => parseYear(v.nam, ctx.minYear, ctx.maxYear));
  const population = required("dan_so", () => parseCount(v.dan_so, 10_000_000));
  const commune = resolveCommune(cellText(v.ma_xa), cellText(v.ten_xa), ctx.communes, {
    refDate: new Date(Date.UTC(year ?? ctx.maxYear, 11, 31)),
  });
  if (!commune.ok) issue(commune.column, commune.message);
  if (issues.length || year === undefined || population === undefined || !commune.ok) return { value: null, issues };
  return {
    value: { row: rec.row, commune: commune.commune, communeColumn: commune.column, year, population },
    issues,
  };
}
