// Step 2 of the organisations-by-year import: the sheet's records and a snapshot of what
// the database holds → every issue (row, column, Vietnamese message) or the changes to
// write. Pure: the server reads the file (step 1), loads the snapshot and writes the
// plan in one transaction (step 3).
//
// Rules (issue 4, item 7):
// - Organisation by ma_to_chuc, AnnualReport and Rating by organisation and year: a
//   re-import updates. A row equal to what is stored is left alone (no version bump,
//   approval untouched), which is what makes export → import a no-op.
// - The rows of one organisation must agree on type, name, sector and commune (the old
//   and the new unit of a merger count as one commune); the organisation's commune
//   becomes the one of its latest row.
// - A commune official imports only inside their units; any change to an
//   organisation-year marks its report SUBMITTED (commune official) or APPROVED
//   (district, admin); a commune official cannot change a year already APPROVED, and
//   nobody overwrites a dossier waiting for approval, nor the organisation's register
//   rows (identity, status, linkages, high technology) that it covers.
// The per-year rules (status, figures, rating, co/khong flags) are in plan-organisation-years.ts.
import type { ApprovalStatus, OrgStatus, OrgType, Sector } from "@/domain/targets/facts";
import { ORGANISATION_YEAR_COLUMNS } from "./columns";
import { describeCommune, sameLineage } from "./communes";
import { MIN_IMPORT_YEAR, endOfYear, inScope, maxImportYear, type PlanResult, type ImportScope } from "./import-rules";
import { sortIssues, type ImportIssue } from "./issues";
import { parseOrganisationYear, type OrgYearRow } from "./organisation-row";
import type { ExistingOrg, OrganisationSnapshot } from "./organisation-snapshot";
import { planOrganisationYears, type PlannedYear, type RatingWrite, type YearRef } from "./plan-organisation-years";
import { levelForScore } from "./rating";
import { mapTable, type MappedRecord, type SheetRow } from "./table";
import { cellText, parseYear } from "./values";

export type OrgImportSummary = {
  kind: "to-chuc-theo-nam";
  rows: number;
  organisationsCreated: number;
  organisationsUpdated: number;
  yearsCreated: number;
  yearsUpdated: number;
  unchanged: number;
  statusChanges: number;
  approvalStatus: ApprovalStatus;
  warnings: string[];
};

type OrgIdentity = { type: OrgType; name: string; communeId: number; sector: Sector };

export type OrganisationPlan = {
  summary: OrgImportSummary;
  /** What each changed year's report becomes. */
  arrival: ApprovalStatus;
  /** Ids of the organisations the file names that exist already. */
  knownIds: ReadonlyMap<string, number>;
  creates: { code: string; identity: OrgIdentity; currentStatus: OrgStatus }[];
  updates: { before: ExistingOrg; identity: OrgIdentity; currentStatus: OrgStatus }[];
  statusChanges: { code: string; status: OrgStatus; effectiveFrom: Date }[];
  years: PlannedYear[];
  ratings: RatingWrite[];
  linkCreates: YearRef[];
  techCreates: YearRef[];
  digitalCreates: YearRef[];
  linkDeletes: number[];
  techDeletes: number[];
  digitalDeletes: number[];
};

export type PlanContext = { scope: ImportScope; today: Date };

const COLUMN_ORDER = ORGANISATION_YEAR_COLUMNS.map((c) => c.key);

/** Header check and records of the sheet (no database needed yet). */
export const mapOrganisationSheet = (sheet: readonly SheetRow[]) =>
  mapTable(sheet, ORGANISATION_YEAR_COLUMNS, [["ma_xa", "ten_xa"]]);

/** What the snapshot must cover: the codes and the (readable) years the records name. */
export function organisationSheetKeys(records: readonly MappedRecord[], today: Date) {
  const maxYear = maxImportYear(today);
  const codes = new Set<string>();
  const years = new Set<number>();
  for (const r of records) {
    const code = cellText(r.values.ma_to_chuc);
    if (code) codes.add(code);
    const year = parseYear(r.values.nam, MIN_IMPORT_YEAR, maxYear);
    if (year.ok) years.add(year.value);
  }
  return { codes: [...codes], years: [...years] };
}

export function planOrganisationImport(
  records: readonly MappedRecord[],
  snapshot: OrganisationSnapshot,
  ctx: PlanContext,
): PlanResult<OrgImportSummary, OrganisationPlan> {
  const { scope, today } = ctx;
  const orgByCode = new Map(snapshot.organisations.map((o) => [o.code, o]));
  const communeById = new Map(snapshot.communes.map((c) => [c.id, c]));
  const thresholds = snapshot.thresholds;

  const issues: ImportIssue[] = [];
  const rows: OrgYearRow[] = [];
  for (const rec of records) {
    const r = parseOrganisationYear(rec, {
      communes: snapshot.communes,
      minYear: MIN_IMPORT_YEAR,
      maxYear: maxImportYear(today),
      existingCommuneId: (code) => orgByCode.get(code)?.communeId,
      levelForScore: (score, year, sector) =>
        levelForScore(score, sector === "AGRICULTURE" ? "AGRICULTURE" : "GENERAL", endOfYear(year), thresholds),
    });
    issues.push(...r.issues);
    if (r.value) rows.push(r.value);
  }

  // ---- rows of one organisation agree, and are inside the viewer's units
  const firstRowOf = new Map<string, OrgYearRow>();
  const seenYear = new Map<string, number>();
  const rowsByCode = new Map<string, OrgYearRow[]>();
  for (const row of rows) {
    const dupe = seenYear.get(`${row.code}:${row.year}`);
    if (dupe !== undefined) {
      issues.push({ row: row.row, column: "nam", message: `trùng mã tổ chức và năm với dòng ${dupe}` });
      continue;
    }
    seenYear.set(`${row.code}:${row.year}`, row.row);
    const first = firstRowOf.get(row.code);
    if (first) {
      const diff = (
        [
          ["loai_hinh", first.type !== row.type],
          ["ten", first.name !== row.name],
          // the old and the new unit of a merger are the same place: one organisation may
          // name the old commune for 2024 and the new one for 2025
          [row.communeColumn, !sameLineage(first.commune, row.commune, communeById)],
          ["linh_vuc", first.sector !== row.sector],
        ] as const
      ).find(([, d]) => d);
      if (diff) {
        issues.push({
          row: row.row,
          column: diff[0],
          message:
            diff[0] === row.communeColumn
              ? `${describeCommune(row.commune)} khác với ${describeCommune(first.commune)} ở dòng ${first.row} của cùng tổ chức ${row.code}; hãy ghi cùng một xã (xã cũ và xã đã nhận nó sau sáp nhập được coi là một)`
              : `khác với dòng ${first.row} của cùng tổ chức ${row.code}; các dòng của một tổ chức phải giống nhau ở cột này`,
        });
        continue;
      }
    } else firstRowOf.set(row.code, row);

    if (!inScope(scope, row.commune.id)) {
      issues.push({
        row: row.row,
        column: row.communeColumn,
        message: `xã ${row.commune.name} ngoài địa bàn bạn được nhập liệu`,
      });
      continue;
    }
    const existing = orgByCode.get(row.code) ?? null;
    if (existing && !inScope(scope, existing.communeId)) {
      issues.push({
        row: row.row,
        column: "ma_to_chuc",
        message: `tổ chức ${row.code} thuộc xã ${communeById.get(existing.communeId)?.name ?? existing.communeId}, ngoài địa bàn bạn được nhập liệu`,
      });
      continue;
    }
    let list = rowsByCode.get(row.code);
    if (!list) rowsByCode.set(row.code, (list = []));
    list.push(row);
  }

  // ---- per organisation and year
  const arrival: ApprovalStatus = scope.role === "COMMUNE" ? "SUBMITTED" : "APPROVED";
  const years = planOrganisationYears(rowsByCode, snapshot, { orgByCode, role: scope.role, today, issues });
  if (issues.length) return { ok: false, issues: sortIssues(issues, COLUMN_ORDER), rows: records.length };

  // How names shared by several units were read: by each row's year (say so in the preview).
  const warnings = years.warnings;
  const byDate = new Map<string, { text: string; years: Set<number> }>();
  for (const r of rows) {
    if (!r.communeByDate) continue;
    const k = `${r.communeByDate}→${r.commune.id}`;
    const e = byDate.get(k) ?? { text: `"${r.communeByDate}" → ${describeCommune(r.commune)}`, years: new Set() };
    e.years.add(r.year);
    byDate.set(k, e);
  }
  for (const e of byDate.values())
    warnings.push(
      `Tên hoặc mã xã dùng chung cho đơn vị cũ và mới, đọc theo năm của dòng: ${e.text} cho năm ${[...e.years].sort().join(", ")}.`,
    );

  const orgs = years.organisations;
  const creates = orgs
    .filter((p) => !p.existing)
    .map((p) => ({ code: p.code, identity: p.identity, currentStatus: p.currentStatus }));
  const updates = orgs
    .filter((p) => p.existing && (p.identityChanged || p.currentStatus !== p.existing.currentStatus))
    .map((p) => ({
      before: p.existing!,
      identity: p.identity,
      currentStatus: p.currentStatus,
      identityChanged: p.identityChanged,
    }));
  const statusChanges = orgs.flatMap((p) =>
    [...p.newChanges].map(([t, status]) => ({ code: p.code, effectiveFrom: new Date(t), status })),
  );
  const planned = years.planned;
  const summary: OrgImportSummary = {
    kind: "to-chuc-theo-nam",
    rows: records.length,
    organisationsCreated: creates.length,
    organisationsUpdated: updates.filter((p) => p.identityChanged).length,
    yearsCreated: planned.filter((p) => p.created).length,
    yearsUpdated: planned.filter((p) => !p.created).length,
    unchanged: years.unchanged,
    statusChanges: statusChanges.length,
    approvalStatus: arrival,
    warnings,
  };
  const plan: OrganisationPlan = {
    summary,
    arrival,
    knownIds: new Map(snapshot.organisations.map((o) => [o.code, o.id])),
    creates,
    updates: updates.map(({ before, identity, currentStatus }) => ({ before, identity, currentStatus })),
    statusChanges,
    years: planned,
    ...years.records,
  };
  return { ok: true, summary, plan };
}
