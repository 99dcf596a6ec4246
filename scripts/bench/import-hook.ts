// HOOK (d): importing 10,000 spreadsheet rows. The importer (src/server/import-export)
// belongs to another engineer; until it provides a bench entry point this prints
// "chưa đo". To wire it: export from src/server/import-export/bench-entry.ts
//   benchImportRows(prisma, rows: number): Promise<{ imported: number; milliseconds: number }>
// that builds `rows` spreadsheet rows of organisations (one row = one organisation and
// year, as the import sheet) and imports them through the same function the page uses
// (importOrganisationYears). This hook then times it and checks ≥ 2,000 rows/s.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";

export type ImportMeasurement =
  { measured: true; rows: number; milliseconds: number; rowsPerSecond: number } | { measured: false; reason: string };

const ENTRY = path.resolve(import.meta.dirname, "..", "..", "src", "server", "import-export", "bench-entry.ts");

type BenchEntry = {
  benchImportRows?: (prisma: PrismaClient, rows: number) => Promise<{ imported: number; milliseconds: number }>;
};

export async function measureImport(prisma: PrismaClient, rows: number): Promise<ImportMeasurement> {
  if (!fs.existsSync(path.dirname(ENTRY)))
    return { measured: false, reason: "chưa đo (chưa có src/server/import-export)" };
  if (!fs.existsSync(ENTRY))
    return { measured: false, reason: "chưa đo (src/server/import-export chưa có bench-entry.ts: benchImportRows)" };
  const mod = (await import(ENTRY)) as BenchEntry;
  if (typeof mod.benchImportRows !== "function")
    return { measured: false, reason: "chưa đo (bench-entry.ts không xuất benchImportRows)" };
  const result = await mod.benchImportRows(prisma, rows);
  return {
    measured: true,
    rows: result.imported,
    milliseconds: result.milliseconds,
    rowsPerSecond: (result.imported / result.milliseconds) * 1000,
  };
}
