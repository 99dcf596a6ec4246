// One entry for the three importers: step 1 (bytes → rows, in the sheet worker) then
// the importer of the kind (plan, and write unless dryRun). The import action and the
// preview both come through here, so the preview checks exactly what the import would.
import type { ImportKind } from "@/domain/import/columns";
import type { Viewer } from "../auth/viewer";
import { importMembers, type MemberImportSummary } from "./import-members";
import {
  importOrganisationYears,
  type ImportOptions,
  type ImportResult,
  type OrgImportSummary,
} from "./import-organisations";
import { importPopulation, type PopulationImportSummary } from "./population";
import { detectFormat, readSheet, type SheetFormat } from "./sheet-io";
import type { Db } from "./shared";

export type AnySummary = OrgImportSummary | PopulationImportSummary | MemberImportSummary;

export async function runImport(
  db: Db,
  viewer: Viewer,
  kind: ImportKind,
  file: { bytes: Uint8Array; name: string },
  opts: ImportOptions & { confirmLinks?: boolean } = {},
): Promise<ImportResult<AnySummary> & { format: SheetFormat }> {
  const format = detectFormat(file.bytes, file.name);
  const rows = await readSheet(file.bytes, format);
  const result =
    kind === "to-chuc-theo-nam"
      ? await importOrganisationYears(db, viewer, rows, opts)
      : kind === "dan-so"
        ? await importPopulation(db, viewer, rows, opts)
        : await importMembers(db, viewer, rows, opts);
  return { ...result, format };
}
