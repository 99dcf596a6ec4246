// Import of the organisations-by-year sheet. Three phases, so that a file with any
// error writes nothing and a good file is written in one go:
//   1. load what the rows may refer to, once (communes, thresholds, the organisations
//      named in the file with their status history, reports, ratings, linkages, high
//      technology and digital practices of the years in the file): no query per row;
//   2. validate every row and plan the changes (pure JavaScript over those maps),
//      collecting every issue with its row number and column key;
//   3. only without issues: write with a handful of set-based statements (INSERT …
//      SELECT FROM unnest(arrays) … ON CONFLICT DO UPDATE) inside the caller's
//      transaction, plus audit rows.
//
// Rules (issue 4, item 7):
// - Organisation by ma_to_chuc, AnnualReport and Rating by organisation and year: a
//   re-import updates. A row equal to what is stored is left alone (no version bump,
//   approval untouched), which is what makes export → import a no-op.
// - trang_thai is compared with the status in force at the year's reference date
//   (31/12 of nam, or today while nam is not over). A different status is recorded as
//   an OrgStatusChange effective at that same date: for a past year the end of that
//   year (the sheet states the status "as of" the year, and the dashboard reads a
//   year's status at 31/12), for the current year the import date (a status cannot
//   take effect in the future). A new organisation gets its first status on 1/1 of
//   its first year in the file.
// - Empty report cells mean "no value" (the row is the year's figures). Empty
//   xep_loai + diem_danh_gia, and empty co/khong flags, leave what is stored.
// - Any change to an organisation-year marks its report SUBMITTED (commune official)
//   or APPROVED (district, admin); a commune official cannot change a year already
//   APPROVED, nor rows of communes outside their scope.
import type { ApprovalStatus, NotRatedReason, OrgStatus, Sector, OrgType, RatingLevel } from "@/generated/prisma/enums";
import { ORGANISATION_YEAR_COLUMNS, LEVEL_BY_KEY } from "@/domain/import/columns";
import { sortIssues, type ImportIssue } from "@/domain/import/issues";
import {
  parseOrganisationYear,
  ratingMismatch,
  type OrgYearRow,
  type ReportValues,
} from "@/domain/import/organisation-row";
import { levelForScore, type RatingSchemeKey, type ThresholdData } from "@/domain/import/rating";
import { mapTable, type SheetRow } from "@/domain/import/table";
import { cellText } from "@/domain/import/values";
import { describeCommune, sameLineage } from "@/domain/import/communes";
import type { Viewer } from "../auth/viewer";
import { overlapsYear, REPORT_FIELDS, sameReport, statusAt, type StatusEntry } from "./organisation-state";
import {
  IMPORT_CONTRACT_REF,
  IMPORT_NOTE,
  MIN_IMPORT_YEAR,
  chunk,
  columnsOf,
  insertAuditRows,
  endOfYear,
  inScope,
  loadCommunes,
  startOfYear,
  todayUtc,
  yearReferenceDate,
  type AuditRow,
  type Db,
} from "./shared";

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

export type ImportResult<S> = { ok: true; summary: S } | { ok: false; issues: ImportIssue[]; rows: number };

export type ImportOptions = {
  now?: Date;
  /** Validate and plan only: nothing is written. */
  dryRun?: boolean;
  ip?: string | null;
};

type ExistingOrg = {
  id: number;
  code: string;
  type: OrgType;
  name: string;
  communeId: number;
  sector: Sector;
  currentStatus: OrgStatus;
};
type ExistingReport = ReportValues & { id: number; approvalStatus: ApprovalStatus };
type ExistingRating = {
  scheme: RatingSchemeKey;
  eligible: boolean;
  score: string | null;
  level: RatingLevel | null;
  notRatedReason: NotRatedReason | null;
};
type Period = { id: number; organisationId: number; validFrom: Date; validTo: Date | null; imported: boolean };

type RatingWrite = ExistingRating & { code: string; year: number };
type PlannedYear = {
  row: OrgYearRow;
  code: string;
  created: boolean;
  before: ExistingReport | null;
};

type OrgPlan = {
  code: string;
  existing: ExistingOrg | null;
  identity: { type: OrgType; name: string; communeId: number; sector: Sector };
  identityChanged: boolean;
  history: StatusEntry[];
  newChanges: Map<number, OrgStatus>;
  currentStatus: OrgStatus;
};

const key = (orgId: number, year: number) => `${orgId}:${year}`;

export async function importOrganisationYears(
  db: Db,
  viewer: Viewer,
  sheet: readonly SheetRow[],
  opts: ImportOptions = {},
): Promise<ImportResult<OrgImportSummary>> {
  const now = opts.now ?? new Date();
  const today = todayUtc(now);
  const maxYear = now.getUTCFullYear() + 1;
  const columns = ORGANISATION_YEAR_COLUMNS;
  const mapped = mapTable(sheet, columns, [["ma_xa", "ten_xa"]]);
  const order = columns.map((c) => c.key);
  if (mapped.issues.length) return { ok: false, issues: mapped.issues, rows: mapped.records.length };

  // ---- 1. load once
  const codes = [...new Set(mapped.records.map((r) => cellText(r.values.ma_to_chuc)).filter(Boolean))];
  const [communes, thresholdRows, orgRows] = await Promise.all([
    loadCommunes(db),
    db.ratingThreshold.findMany({
      select: { scheme: true, level: true, minScore: true, validFrom: true, validTo: true },
    }),
    // Raw lookups with one array parameter: an IN list of 10,000 values costs Prisma far more than PostgreSQL.
    db.$queryRawUnsafe<ExistingOrg[]>(
      `SELECT id, code, type::text AS type, name, "communeId", sector::text AS sector, "currentStatus"::text AS "currentStatus"
       FROM "Organisation" WHERE code = ANY($1::text[])`,
      codes,
    ),
  ]);
  const thresholds: ThresholdData[] = thresholdRows.map((t) => ({ ...t, minScore: Number(t.minScore) }));
  const orgByCode = new Map<string, ExistingOrg>(orgRows.map((o) => [o.code, o]));
  const communeById = new Map(communes.map((c) => [c.id, c]));

  const issues: ImportIssue[] = [];
  const rows: OrgYearRow[] = [];
  for (const rec of mapped.records) {
    const r = parseOrganisationYear(rec, {
      communes,
      minYear: MIN_IMPORT_YEAR,
      maxYear,
      existingCommuneId: (code) => orgByCode.get(code)?.communeId,
      levelForScore: (score, year, sector) =>
        levelForScore(score, sector === "AGRICULTURE" ? "AGRICULTURE" : "GENERAL", endOfYear(year), thresholds),
    });
    issues.push(...r.issues);
    if (r.value) rows.push(r.value);
  }

  const orgIds = orgRows.map((o) => o.id);
  const years = [...new Set(rows.map((r) => r.year))];
  const minY = Math.min(...years, maxYear);
  const maxY = Math.max(...years, MIN_IMPORT_YEAR);
  const y0 = startOfYear(minY);
  const y1 = endOfYear(maxY);
  const [changes, reports, ratings, links, highTech, digital] = await Promise.all([
    db.$queryRawUnsafe<{ organisationId: number; status: OrgStatus; effectiveFrom: Date }[]>(
      `SELECT "organisationId", status::text AS status, "effectiveFrom" FROM "OrgStatusChange"
       WHERE "organisationId" = ANY($1::int[]) ORDER BY "effectiveFrom"`,
      orgIds,
    ),
    db.$queryRawUnsafe<(ExistingReport & { organisationId: number; year: number })[]>(
      `SELECT id, "organisationId", year, "approvalStatus"::text AS "approvalStatus", ${REPORT_FIELDS.map((f) => `"${f}"`).join(", ")}
       FROM "AnnualReport" WHERE "organisationId" = ANY($1::int[]) AND year = ANY($2::int[])`,
      orgIds,
      years,
    ),
    db.$queryRawUnsafe<
      (Omit<ExistingRating, "score"> & { organisationId: number; year: number; score: string | null })[]
    >(
      `SELECT "organisationId", year, scheme::text AS scheme, eligible, to_char(score, 'FM990.00') AS score,
              level::text AS level, "notRatedReason"::text AS "notRatedReason"
       FROM "Rating" WHERE "organisationId" = ANY($1::int[]) AND year = ANY($2::int[])`,
      orgIds,
      years,
    ),
    db.$queryRawUnsafe<
      { id: number; organisationId: number; validFrom: Date; validTo: Date | null; contractRef: string | null }[]
    >(
      `SELECT id, "organisationId", "validFrom", "validTo", "contractRef" FROM "ValueChainLink"
       WHERE "organisationId" = ANY($1::int[]) AND "validFrom" <= $2::date AND ("validTo" IS NULL OR "validTo" >= $3::date)`,
      orgIds,
      y1,
      y0,
    ),
    db.$queryRawUnsafe<
      {
        id: number;
        organisationId: number;
        validFrom: Date;
        validTo: Date | null;
        technologyType: string;
        evidence: string | null;
        description: string | null;
      }[]
    >(
      `SELECT id, "organisationId", "validFrom", "validTo", "technologyType"::text AS "technologyType", evidence, description
       FROM "HighTechApplication"
       WHERE "organisationId" = ANY($1::int[]) AND "validFrom" <= $2::date AND ("validTo" IS NULL OR "validTo" >= $3::date)`,
      orgIds,
      y1,
      y0,
    ),
    db.$queryRawUnsafe<{ id: number; organisationId: number; year: number; practice: string; note: string | null }[]>(
      `SELECT id, "organisationId", year, practice::text AS practice, note FROM "DigitalPractice"
       WHERE "organisationId" = ANY($1::int[]) AND year = ANY($2::int[])`,
      orgIds,
      years,
    ),
  ]);
  const historyByOrg = groupBy(changes, (c) => c.organisationId);
  const reportByKey = new Map(reports.map((r) => [key(r.organisationId, r.year), r as ExistingReport]));
  const ratingByKey = new Map(ratings.map((r) => [key(r.organisationId, r.year), r as ExistingRating]));
  const linksByOrg = groupBy(
    links.map((l) => ({ ...l, imported: l.contractRef === IMPORT_CONTRACT_REF })),
    (l) => l.organisationId,
  );
  const techByOrg = groupBy(
    highTech.map((h) => ({
      ...h,
      imported: h.technologyType === "OTHER" && h.evidence === null && h.description === IMPORT_NOTE,
    })),
    (h) => h.organisationId,
  );
  const digitalByKey = groupBy(digital, (d) => key(d.organisationId, d.year));

  // ---- 2. validate and plan
  const arrival: ApprovalStatus = viewer.role === "COMMUNE" ? "SUBMITTED" : "APPROVED";
  const firstRowOf = new Map<string, OrgYearRow>();
  const seenYear = new Map<string, number>();
  const plans = new Map<string, OrgPlan>();
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

    if (!inScope(viewer, row.commune.id)) {
      issues.push({
        row: row.row,
        column: "ma_xa",
        message: `xã ${row.commune.name} ngoài địa bàn bạn được nhập liệu`,
      });
      continue;
    }
    const existing = orgByCode.get(row.code) ?? null;
    if (existing && !inScope(viewer, existing.communeId)) {
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

  const planned: PlannedYear[] = [];
  const ratingWrites: RatingWrite[] = [];
  const linkCreates: { code: string; year: number }[] = [];
  const techCreates: { code: string; year: number }[] = [];
  const digitalCreates: { code: string; year: number }[] = [];
  const linkDeletes: number[] = [];
  const techDeletes: number[] = [];
  const digitalDeletes: number[] = [];
  const warnings: string[] = [];
  let unchanged = 0;

  for (const [code, orgRowsOfFile] of rowsByCode) {
    orgRowsOfFile.sort((a, b) => a.year - b.year);
    const existing = orgByCode.get(code) ?? null;
    const first = orgRowsOfFile[0];
    // Where the organisation is now: the commune of its latest row (across a merger, the new unit).
    const latest = orgRowsOfFile[orgRowsOfFile.length - 1];
    const identity = { type: first.type, name: first.name, communeId: latest.commune.id, sector: first.sector };
    const identityChanged =
      !!existing &&
      (existing.type !== identity.type ||
        existing.name !== identity.name ||
        existing.communeId !== identity.communeId ||
        existing.sector !== identity.sector);
    const history: StatusEntry[] = existing
      ? (historyByOrg.get(existing.id) ?? []).map((h) => ({ status: h.status, effectiveFrom: h.effectiveFrom }))
      : [];
    const plan: OrgPlan = {
      code,
      existing,
      identity,
      identityChanged,
      history,
      newChanges: new Map(),
      currentStatus: existing?.currentStatus ?? first.status,
    };
    if (!existing) {
      const from = startOfYear(first.year);
      plan.newChanges.set(from.getTime(), first.status);
      history.push({ status: first.status, effectiveFrom: from });
    }

    for (const row of orgRowsOfFile) {
      const orgId = existing?.id ?? -1;
      const k = key(orgId, row.year);
      let changed = !existing || identityChanged;

      // status of the year
      const ref = yearReferenceDate(row.year, now);
      if (statusAt(history, ref, plan.currentStatus) !== row.status) {
        plan.newChanges.set(ref.getTime(), row.status);
        const same = history.find((h) => h.effectiveFrom.getTime() === ref.getTime());
        if (same) same.status = row.status;
        else history.push({ status: row.status, effectiveFrom: ref });
        changed = true;
      }

      // yearly figures; hoat_dong_hieu_qua applies to THT only, so a cooperative keeps what is stored
      const before = existing ? (reportByKey.get(k) ?? null) : null;
      if (row.type !== "THT") row.report.effective = before?.effective ?? null;
      if (!before || !sameReport(before, row.report)) changed = true;

      // rating
      if (row.rating) {
        const stored = existing ? ratingByKey.get(k) : undefined;
        const desired = desiredRating(row, stored, thresholds, issues);
        if (desired && (!stored || !sameRating(stored, desired))) {
          ratingWrites.push({ ...desired, code, year: row.year });
          changed = true;
        }
      }

      // co/khong flags
      const flag = (
        value: boolean | null,
        periods: Period[] | undefined,
        creates: { code: string; year: number }[],
        deletes: number[],
        what: string,
      ) => {
        if (value === null) return;
        const valid = (periods ?? []).filter((p) => overlapsYear(p, row.year));
        if (value && valid.length === 0) {
          creates.push({ code, year: row.year });
          changed = true;
        } else if (!value) {
          const imported = valid.filter((p) => p.imported);
          if (imported.length) {
            deletes.push(...imported.map((p) => p.id));
            changed = true;
          }
          if (imported.length < valid.length) {
            warnings.push(
              `Dòng ${row.row}: ${code} năm ${row.year} ghi "khong" ${what} nhưng vẫn còn ${what} được nhập trên biểu mẫu; hãy sửa ở trang của tổ chức nếu cần`,
            );
          }
        }
      };
      flag(row.linkage, existing ? linksByOrg.get(existing.id) : undefined, linkCreates, linkDeletes, "liên kết chuỗi");
      flag(row.highTech, existing ? techByOrg.get(existing.id) : undefined, techCreates, techDeletes, "ứng dụng CNC");
      if (row.digital !== null) {
        const practices = existing ? (digitalByKey.get(k) ?? []) : [];
        if (row.digital && practices.length === 0) {
          digitalCreates.push({ code, year: row.year });
          changed = true;
        } else if (!row.digital) {
          const imported = practices.filter((p) => p.practice === "OTHER" && p.note === IMPORT_NOTE);
          if (imported.length) {
            digitalDeletes.push(...imported.map((p) => p.id));
            changed = true;
          }
          if (imported.length < practices.length) {
            warnings.push(
              `Dòng ${row.row}: ${code} năm ${row.year} ghi "khong" chuyển đổi số nhưng vẫn còn hoạt động chuyển đổi số được nhập trên biểu mẫu`,
            );
          }
        }
      }

      if (!changed) {
        unchanged++;
        continue;
      }
      if (before?.approvalStatus === "SUBMITTED") {
        // the submission lock (entry/approval/gate.ts) would refuse it in the database
        issues.push({
          row: row.row,
          column: "nam",
          message: `hồ sơ năm ${row.year} của ${code} đã gửi duyệt và đang chờ huyện duyệt; cần "Rút lại để sửa" trước khi nhập đè`,
        });
        continue;
      }
      if (viewer.role === "COMMUNE" && before?.approvalStatus === "APPROVED") {
        issues.push({
          row: row.row,
          column: "nam",
          message: `số liệu năm ${row.year} của ${code} đã được huyện duyệt; cán bộ xã không được sửa (đề nghị huyện mở lại)`,
        });
        continue;
      }
      planned.push({ row, code, created: !before, before });
    }
    // current status: the one in force today after the planned changes
    plan.currentStatus = statusAt(history, today, plan.currentStatus);
    plans.set(code, plan);
  }

  if (issues.length) return { ok: false, issues: sortIssues(issues, order), rows: mapped.records.length };

  // How names shared by several units were read: by each row's year (say so in the preview).
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
      `Tên xã trùng giữa đơn vị cũ và mới, đọc theo năm của dòng: ${e.text} cho năm ${[...e.years].sort().join(", ")}. Ghi ma_xa nếu cần đơn vị khác.`,
    );

  const orgCreates = [...plans.values()].filter((p) => !p.existing);
  const orgUpdates = [...plans.values()].filter(
    (p) => p.existing && (p.identityChanged || p.currentStatus !== p.existing.currentStatus),
  );
  const statusChanges = [...plans.values()].flatMap((p) =>
    [...p.newChanges].map(([t, status]) => ({ code: p.code, effectiveFrom: new Date(t), status })),
  );
  const summary: OrgImportSummary = {
    kind: "to-chuc-theo-nam",
    rows: mapped.records.length,
    organisationsCreated: orgCreates.length,
    organisationsUpdated: orgUpdates.filter((p) => p.identityChanged).length,
    yearsCreated: planned.filter((p) => p.created).length,
    yearsUpdated: planned.filter((p) => !p.created).length,
    unchanged,
    statusChanges: statusChanges.length,
    approvalStatus: arrival,
    warnings,
  };
  if (opts.dryRun) return { ok: true, summary };

  // ---- 3. write
  const idByCode = new Map(orgRows.map((o) => [o.code, o.id]));
  for (const part of chunk(orgCreates, 5000)) {
    const inserted = await db.$queryRawUnsafe<{ id: number; code: string }[]>(
      `INSERT INTO "Organisation" ("code", "type", "name", "communeId", "sector", "currentStatus", "mainProducts", "updatedAt")
       SELECT u.code, u.type, u.name, u.commune, u.sector, u.status, '{}', now()
       FROM unnest($1::text[], $2::text[]::"OrgType"[], $3::text[], $4::text[]::int[], $5::text[]::"Sector"[], $6::text[]::"OrgStatus"[])
         AS u(code, type, name, commune, sector, status)
       RETURNING id, code`,
      ...columnsOf(part, [
        (p) => p.code,
        (p) => p.identity.type,
        (p) => p.identity.name,
        (p) => p.identity.communeId,
        (p) => p.identity.sector,
        (p) => p.currentStatus,
      ]),
    );
    for (const o of inserted) idByCode.set(o.code, o.id);
  }
  for (const part of chunk(orgUpdates, 5000)) {
    await db.$executeRawUnsafe(
      `UPDATE "Organisation" o
       SET "type" = u.type, "name" = u.name, "communeId" = u.commune, "sector" = u.sector, "currentStatus" = u.status,
           "version" = o."version" + 1, "updatedAt" = now()
       FROM unnest($1::text[]::int[], $2::text[]::"OrgType"[], $3::text[], $4::text[]::int[], $5::text[]::"Sector"[], $6::text[]::"OrgStatus"[])
         AS u(id, type, name, commune, sector, status)
       WHERE o.id = u.id`,
      ...columnsOf(part, [
        (p) => p.existing!.id,
        (p) => p.identity.type,
        (p) => p.identity.name,
        (p) => p.identity.communeId,
        (p) => p.identity.sector,
        (p) => p.currentStatus,
      ]),
    );
  }
  const idOf = (code: string) => idByCode.get(code)!;

  for (const part of chunk(statusChanges, 10_000)) {
    await db.$executeRawUnsafe(
      `INSERT INTO "OrgStatusChange" ("organisationId", "status", "effectiveFrom", "note")
       SELECT u.org, u.status, u.day, $4 FROM unnest($1::text[]::int[], $2::text[]::"OrgStatus"[], $3::text[]::date[]) AS u(org, status, day)
       ON CONFLICT ("organisationId", "effectiveFrom") DO UPDATE SET "status" = EXCLUDED."status", "note" = EXCLUDED."note"`,
      ...columnsOf(part, [(c) => idOf(c.code), (c) => c.status, (c) => c.effectiveFrom]),
      IMPORT_NOTE,
    );
  }

  const reportIds = new Map<string, number>();
  for (const part of chunk(planned, 5000)) {
    const written = await db.$queryRawUnsafe<{ id: number; organisationId: number; year: number }[]>(
      `INSERT INTO "AnnualReport" ("organisationId", "year", "memberCount", "officialMemberCount", "employeeCount",
         "charterCapital", "totalAssets", "revenue", "profit", "avgMemberIncome", "effective",
         "approvalStatus", "submittedAt", "submittedById", "approvedAt", "approvedById", "updatedAt")
       SELECT u.*, $12::"ApprovalStatus", now(), $13::int,
              CASE WHEN $12 = 'APPROVED' THEN now() END, CASE WHEN $12 = 'APPROVED' THEN $13::int END, now()
       FROM unnest($1::text[]::int[], $2::text[]::int[], $3::text[]::int[], $4::text[]::int[], $5::text[]::int[],
                   $6::text[]::bigint[], $7::text[]::bigint[], $8::text[]::bigint[], $9::text[]::bigint[],
                   $10::text[]::bigint[], $11::text[]::boolean[]) AS u
       ON CONFLICT ("organisationId", "year") DO UPDATE SET
         "memberCount" = EXCLUDED."memberCount", "officialMemberCount" = EXCLUDED."officialMemberCount",
         "employeeCount" = EXCLUDED."employeeCount", "charterCapital" = EXCLUDED."charterCapital",
         "totalAssets" = EXCLUDED."totalAssets", "revenue" = EXCLUDED."revenue", "profit" = EXCLUDED."profit",
         "avgMemberIncome" = EXCLUDED."avgMemberIncome", "effective" = EXCLUDED."effective",
         "approvalStatus" = EXCLUDED."approvalStatus",
         "submittedAt" = CASE WHEN $12 = 'SUBMITTED' OR "AnnualReport"."submittedAt" IS NULL THEN now() ELSE "AnnualReport"."submittedAt" END,
         "submittedById" = CASE WHEN $12 = 'SUBMITTED' OR "AnnualReport"."submittedById" IS NULL THEN $13::int ELSE "AnnualReport"."submittedById" END,
         "approvedAt" = EXCLUDED."approvedAt", "approvedById" = EXCLUDED."approvedById",
         "version" = "AnnualReport"."version" + 1, "updatedAt" = now()
       RETURNING id, "organisationId", "year"`,
      ...columnsOf(part, [
        (p) => idOf(p.code),
        (p) => p.row.year,
        ...REPORT_FIELDS.map((f) => (p: PlannedYear) => p.row.report[f]),
      ]),
      // A commune's dossiers are submitted only after all their rows are written: the
      // submission lock refuses any write to a submitted dossier.
      arrival === "SUBMITTED" ? "DRAFT" : arrival,
      viewer.id,
    );
    for (const r of written) reportIds.set(key(r.organisationId, r.year), r.id);
  }

  for (const part of chunk(ratingWrites, 5000)) {
    await db.$executeRawUnsafe(
      `INSERT INTO "Rating" ("organisationId", "year", "scheme", "eligible", "score", "level", "notRatedReason", "updatedAt")
       SELECT u.*, now() FROM unnest($1::text[]::int[], $2::text[]::int[], $3::text[]::"RatingScheme"[], $4::text[]::boolean[],
                                     $5::text[]::numeric[], $6::text[]::"RatingLevel"[], $7::text[]::"NotRatedReason"[]) AS u
       ON CONFLICT ("organisationId", "year") DO UPDATE SET
         "scheme" = EXCLUDED."scheme", "eligible" = EXCLUDED."eligible", "score" = EXCLUDED."score",
         "level" = EXCLUDED."level", "notRatedReason" = EXCLUDED."notRatedReason",
         "version" = "Rating"."version" + 1, "updatedAt" = now()`,
      ...columnsOf(part, [
        (r) => idOf(r.code),
        (r) => r.year,
        (r) => r.scheme,
        (r) => r.eligible,
        (r) => r.score,
        (r) => r.level,
        (r) => r.notRatedReason,
      ]),
    );
  }

  // Deletes and inserts of the co/khong records: one statement each, whatever the row count.
  for (const [table, ids] of [
    ["ValueChainLink", linkDeletes],
    ["HighTechApplication", techDeletes],
    ["DigitalPractice", digitalDeletes],
  ] as const) {
    if (ids.length) await db.$executeRawUnsafe(`DELETE FROM "${table}" WHERE id = ANY($1::int[])`, ids);
  }
  if (linkCreates.length) {
    await db.$executeRawUnsafe(
      `INSERT INTO "ValueChainLink" ("organisationId", "partnerName", "role", "product", "contractRef", "validFrom", "validTo", "updatedAt")
       SELECT u.org, $3, 'MEMBER', $4, $5, make_date(u.year, 1, 1), make_date(u.year, 12, 31), now()
       FROM unnest($1::text[]::int[], $2::text[]::int[]) AS u(org, year)`,
      ...columnsOf(linkCreates, [(c) => idOf(c.code), (c) => c.year]),
      "Chưa rõ (nhập từ bảng tính)",
      "Chưa rõ",
      IMPORT_CONTRACT_REF,
    );
  }
  if (techCreates.length) {
    await db.$executeRawUnsafe(
      `INSERT INTO "HighTechApplication" ("organisationId", "technologyType", "description", "evidence", "validFrom", "validTo", "updatedAt")
       SELECT u.org, 'OTHER', $3, NULL, make_date(u.year, 1, 1), make_date(u.year, 12, 31), now()
       FROM unnest($1::text[]::int[], $2::text[]::int[]) AS u(org, year)`,
      ...columnsOf(techCreates, [(c) => idOf(c.code), (c) => c.year]),
      IMPORT_NOTE,
    );
  }
  if (digitalCreates.length) {
    await db.$executeRawUnsafe(
      `INSERT INTO "DigitalPractice" ("organisationId", "year", "practice", "note")
       SELECT u.org, u.year, 'OTHER', $3 FROM unnest($1::text[]::int[], $2::text[]::int[]) AS u(org, year)`,
      ...columnsOf(digitalCreates, [(c) => idOf(c.code), (c) => c.year]),
      IMPORT_NOTE,
    );
  }

  if (arrival === "SUBMITTED" && reportIds.size) {
    await db.$executeRawUnsafe(
      `UPDATE "AnnualReport" SET "approvalStatus" = 'SUBMITTED', "submittedAt" = now(), "submittedById" = $2
       WHERE id = ANY($1::int[])`,
      [...reportIds.values()],
      viewer.id,
    );
  }

  // Per-record audit: one row per organisation created or changed and per year written.
  const auditRows: AuditRow[] = [
    ...orgCreates.map((p) => ({
      action: "CREATE",
      entity: "Organisation",
      entityId: String(idOf(p.code)),
      after: { code: p.code, ...p.identity, currentStatus: p.currentStatus, source: "import" },
    })),
    ...orgUpdates.map((p) => ({
      action: "UPDATE",
      entity: "Organisation",
      entityId: String(p.existing!.id),
      before: {
        type: p.existing!.type,
        name: p.existing!.name,
        communeId: p.existing!.communeId,
        sector: p.existing!.sector,
        currentStatus: p.existing!.currentStatus,
      },
      after: { ...p.identity, currentStatus: p.currentStatus, source: "import" },
    })),
    ...planned.map((p) => ({
      action: p.created ? "CREATE" : "UPDATE",
      entity: "AnnualReport",
      entityId: String(reportIds.get(key(idOf(p.code), p.row.year)) ?? ""),
      before: p.before,
      after: {
        organisationId: idOf(p.code),
        year: p.row.year,
        ...p.row.report,
        status: p.row.status,
        rating: p.row.rating,
        linkage: p.row.linkage,
        highTech: p.row.highTech,
        digital: p.row.digital,
        approvalStatus: arrival,
        source: "import",
        sourceRow: p.row.row,
      },
    })),
  ];
  await insertAuditRows(db, viewer, auditRows, opts.ip ?? null);
  return { ok: true, summary };
}

/** What the row asks the rating to be; null (with an issue) when score and level disagree. */
function desiredRating(
  row: OrgYearRow,
  stored: ExistingRating | undefined,
  thresholds: readonly ThresholdData[],
  issues: ImportIssue[],
): ExistingRating | null {
  const rating = row.rating!;
  const scheme: RatingSchemeKey = stored?.scheme ?? (row.sector === "AGRICULTURE" ? "AGRICULTURE" : "GENERAL");
  if (rating.score !== null) {
    const level = levelForScore(Number(rating.score), scheme, endOfYear(row.year), thresholds);
    if (!level) {
      issues.push({
        row: row.row,
        column: "diem_danh_gia",
        message: `chưa có ngưỡng xếp loại áp dụng cho năm ${row.year}; hãy để trống điểm và ghi xep_loai`,
      });
      return null;
    }
    const given = rating.key ? LEVEL_BY_KEY[rating.key] : level;
    if (given !== level) {
      issues.push(ratingMismatch(row.row, rating.score, level));
      return null;
    }
    return { scheme, eligible: true, score: rating.score, level, notRatedReason: null };
  }
  switch (rating.key) {
    case "chua_xep_loai":
      return {
        scheme,
        eligible: true,
        score: null,
        level: null,
        notRatedReason: stored?.eligible && !stored.level ? stored.notRatedReason : "PENDING",
      };
    case "khong_xep_loai":
      return {
        scheme,
        eligible: false,
        score: null,
        level: null,
        notRatedReason: stored && !stored.eligible ? (stored.notRatedReason ?? "OTHER") : "OTHER",
      };
    default:
      return { scheme, eligible: true, score: null, level: LEVEL_BY_KEY[rating.key!]!, notRatedReason: null };
  }
}

function sameRating(a: ExistingRating, b: ExistingRating): boolean {
  return (
    a.scheme === b.scheme &&
    a.eligible === b.eligible &&
    a.score === b.score &&
    a.level === b.level &&
    a.notRatedReason === b.notRatedReason
  );
}

function groupBy<T, K>(items: readonly T[], keyOf: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(item);
  }
  return out;
}
