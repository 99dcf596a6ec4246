// One row of the population sheet: commune (code or name), year, population.
import { resolveCommune, type CommuneData } from "./communes";
import type { ImportIssue } from "./issues";
import type { MappedRecord } from "./table";
import { cellText, isBlank, parseCount, parseYear } from "./values";

export type PopulationRow = { row: number; commune: CommuneData; year: number; population: number };

export function parsePopulationRow(
  rec: MappedRecord,
  ctx: { communes: readonly CommuneData[]; minYear: number; maxYear: number },
): { value: PopulationRow | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const v = rec.values;
  let year: number | undefined;
  if (isBlank(v.nam)) issues.push({ row: rec.row, column: "nam", message: "không được để trống" });
  else {
    const r = parseYear(v.nam, ctx.minYear, ctx.maxYear);
    if (r.ok) year = r.value;
    else issues.push({ row: rec.row, column: "nam", message: r.message });
  }
  let population: number | undefined;
  if (isBlank(v.dan_so)) issues.push({ row: rec.row, column: "dan_so", message: "không được để trống" });
  else {
    const r = parseCount(v.dan_so, 10_000_000);
    if (r.ok) population = r.value;
    else issues.push({ row: rec.row, column: "dan_so", message: r.message });
  }
  const commune = resolveCommune(cellText(v.ma_xa), cellText(v.ten_xa), ctx.communes, {
    refDate: new Date(Date.UTC(year ?? ctx.maxYear, 11, 31)),
  });
  if (!commune.ok) issues.push({ row: rec.row, column: commune.column, message: commune.message });
  if (issues.length || year === undefined || population === undefined || !commune.ok) return { value: null, issues };
  return { value: { row: rec.row, commune: commune.commune, year, population }, issues };
}
