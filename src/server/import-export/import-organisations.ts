// The organisations-by-year import in its three steps: the sheet's rows (read by
// sheet-io.ts) → the plan, pure (src/domain/import/plan-organisations.ts) over a
// snapshot loaded once (organisation-snapshot.ts) → one set of bulk writes inside the
// caller's transaction (write-organisations.ts). A file with any issue writes nothing;
// the preview (dryRun) stops after the plan.
import { importToday, maxImportYear, type ImportResult, type ImportScope } from "@/domain/import/import-rules";
import {
  mapOrganisationSheet,
  organisationSheetKeys,
  planOrganisationImport,
  type OrgImportSummary,
} from "@/domain/import/plan-organisations";
import type { SheetRow } from "@/domain/import/table";
import type { Viewer } from "../auth/viewer";
import { loadOrganisationSnapshot } from "./organisation-snapshot";
import type { Db } from "./shared";
import { writeOrganisationPlan } from "./write-organisations";

export type { OrgImportSummary } from "@/domain/import/plan-organisations";
export type { ImportResult } from "@/domain/import/import-rules";

export type ImportOptions = {
  /** The instant of the import (tests); its calendar day in Vietnam is the import's "today". */
  now?: Date;
  /** Validate and plan only: nothing is written. */
  dryRun?: boolean;
  ip?: string | null;
};

export async function importOrganisationYears(
  db: Db,
  viewer: Viewer,
  sheet: readonly SheetRow[],
  opts: ImportOptions = {},
): Promise<ImportResult<OrgImportSummary>> {
  const today = importToday(opts.now);
  const mapped = mapOrganisationSheet(sheet);
  if (mapped.issues.length) return { ok: false, issues: mapped.issues, rows: mapped.records.length };

  const keys = organisationSheetKeys(mapped.records, today);
  const snapshot = await loadOrganisationSnapshot(db, keys, maxImportYear(today));
  const scope: ImportScope = viewer;
  const result = planOrganisationImport(mapped.records, snapshot, { scope, today });
  if (!result.ok) return result;
  const { summary, plan } = result;
  if (opts.dryRun) return { ok: true, summary };

  await writeOrganisationPlan(db, viewer, plan, opts.ip ?? null);
  return { ok: true, summary };
}
