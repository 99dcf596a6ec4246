// The per-year part of the organisations-by-year plan, for the rows already checked
// for consistency and scope (plan-organisations.ts):
// - trang_thai is compared with the status in force at the year's reference date
//   (31/12 of nam, or today while nam is not over). A different status is recorded as
//   an OrgStatusChange effective at that same date: for a past year the end of that
//   year (the sheet states the status "as of" the year, and the dashboard reads a
//   year's status at 31/12), for the current year the import date (a status cannot
//   take effect in the future). A new organisation gets its first status on 1/1 of
//   its first year in the file.
// - Empty report cells mean "no value" (the row is the year's figures). Empty
//   xep_loai + diem_danh_gia, and empty co/khong flags, leave what is stored.
// - A dossier waiting for approval is locked (docs/approval.md): a row of its year
//   cannot change, and neither can the organisation's register rows (identity, status,
//   linkages, high technology), which the submission covers too, from a row of any
//   year. Each such row is refused here, naming the part, so that the preview says
//   what the database's lock would refuse in the import.
import type { OrgStatus } from "@/domain/targets/facts";
import { IMPORT_CONTRACT_REF, IMPORT_NOTE, groupBy, startOfYear, yearReferenceDate } from "./import-rules";
import { sameLineage } from "./communes";
import type { ImportIssue } from "./issues";
import { desiredRating, sameRating } from "./organisation-rating";
import type { OrgYearRow } from "./organisation-row";
import type { ExistingOrg, ExistingRating, ExistingReport, OrganisationSnapshot } from "./organisation-snapshot";
import { overlapsYear, sameReport, statusAt, type StatusEntry } from "./organisation-state";

export type YearRef = { code: string; year: number };
export type RatingWrite = ExistingRating & YearRef;
export type PlannedYear = { row: OrgYearRow; code: string; created: boolean; before: ExistingReport | null };

type Period = { id: number; validFrom: Date; validTo: Date | null; imported: boolean };
type OrgPlan = {
  code: string;
  existing: ExistingOrg | null;
  identity: { type: OrgYearRow["type"]; name: string; communeId: number; sector: OrgYearRow["sector"] };
  identityChanged: boolean;
  newChanges: Map<number, OrgStatus>;
  currentStatus: OrgStatus;
};

const key = (orgId: number, year: number) => `${orgId}:${year}`;

export function planOrganisationYears(
  rowsByCode: ReadonlyMap<string, OrgYearRow[]>,
  snapshot: OrganisationSnapshot,
  ctx: {
    orgByCode: ReadonlyMap<string, ExistingOrg>;
    role: string;
    today: Date;
    /** Issues found here are added to the caller's list. */
    issues: ImportIssue[];
  },
) {
  const { orgByCode, today, issues } = ctx;
  const historyByOrg = groupBy(snapshot.statusChanges, (c) => c.organisationId);
  const communeById = new Map(snapshot.communes.map((c) => [c.id, c]));
  const reportByKey = new Map(snapshot.reports.map((r) => [key(r.organisationId, r.year), r as ExistingReport]));
  const ratingByKey = new Map(snapshot.ratings.map((r) => [key(r.organisationId, r.year), r as ExistingRating]));
  const linksByOrg = groupBy(
    snapshot.links.map((l) => ({ ...l, imported: l.contractRef === IMPORT_CONTRACT_REF })),
    (l) => l.organisationId,
  );
  const techByOrg = groupBy(
    snapshot.highTech.map((h) => ({
      ...h,
      imported: h.technologyType === "OTHER" && h.evidence === null && h.description === IMPORT_NOTE,
    })),
    (h) => h.organisationId,
  );
  const digitalByKey = groupBy(snapshot.digital, (d) => key(d.organisationId, d.year));
  // The earliest year of each organisation's dossiers waiting for approval.
  const submittedYear = new Map<number, number>();
  for (const s of snapshot.submitted)
    submittedYear.set(s.organisationId, Math.min(s.year, submittedYear.get(s.organisationId) ?? s.year));

  const organisations: OrgPlan[] = [];
  const planned: PlannedYear[] = [];
  const records = {
    ratings: [] as RatingWrite[],
    linkCreates: [] as YearRef[],
    techCreates: [] as YearRef[],
    digitalCreates: [] as YearRef[],
    linkDeletes: [] as number[],
    techDeletes: [] as number[],
    digitalDeletes: [] as number[],
  };
  const warnings: string[] = [];
  let unchanged = 0;

  for (const [code, orgRowsOfFile] of rowsByCode) {
    orgRowsOfFile.sort((a, b) => a.year - b.year);
    const existing = orgByCode.get(code) ?? null;
    const first = orgRowsOfFile[0];
    // Where the organisation is now: the commune of its latest row (across a merger, the new
    // unit). An existing organisation whose rows name its own unit or one of the same lineage
    // (its successor: the 2026 export writes Phú Thành for an organisation registered in
    // Bình Phú) stays where it is registered: the figures already follow the succession.
    const latest = orgRowsOfFile[orgRowsOfFile.length - 1];
    const registered = existing ? communeById.get(existing.communeId) : undefined;
    const communeId =
      registered && sameLineage(registered, latest.commune, communeById) ? registered.id : latest.commune.id;
    const identity = { type: first.type, name: first.name, communeId, sector: first.sector };
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
      newChanges: new Map(),
      currentStatus: existing?.currentStatus ?? first.status,
    };
    // The column that names the identity change, on the row it is read from.
    const identityColumn: [OrgYearRow, string] | null =
      !existing || !identityChanged
        ? null
        : existing.type !== identity.type
          ? [first, "loai_hinh"]
          : existing.name !== identity.name
            ? [first, "ten"]
            : existing.sector !== identity.sector
              ? [first, "linh_vuc"]
              : [latest, latest.communeColumn];
    if (!existing) {
      const from = startOfYear(first.year);
      plan.newChanges.set(from.getTime(), first.status);
      history.push({ status: first.status, effectiveFrom: from });
    }

    for (const row of orgRowsOfFile) {
      const orgId = existing?.id ?? -1;
      const k = key(orgId, row.year);
      let changed = !existing || identityChanged;
      // Changes of this row to the organisation's register rows: [column, what].
      const register: [string, string][] = [];
      if (identityColumn?.[0] === row)
        register.push([identityColumn[1], "thông tin của tổ chức (loại hình, tên, xã, lĩnh vực)"]);

      // status of the year
      const ref = yearReferenceDate(row.year, today);
      if (statusAt(history, ref, plan.currentStatus) !== row.status) {
        plan.newChanges.set(ref.getTime(), row.status);
        const same = history.find((h) => h.effectiveFrom.getTime() === ref.getTime());
        if (same) same.status = row.status;
        else history.push({ status: row.status, effectiveFrom: ref });
        changed = true;
        register.push(["trang_thai", "trạng thái hoạt động"]);
      }

      // yearly figures; hoat_dong_hieu_qua applies to THT only, so a cooperative keeps what is stored
      const before = existing ? (reportByKey.get(k) ?? null) : null;
      if (row.type !== "THT") row.report.effective = before?.effective ?? null;
      if (!before || !sameReport(before, row.report)) changed = true;

      // rating
      if (row.rating) {
        const stored = existing ? ratingByKey.get(k) : undefined;
        const desired = desiredRating(row, stored, snapshot.thresholds, issues);
        if (desired && (!stored || !sameRating(stored, desired))) {
          records.ratings.push({ ...desired, code, year: row.year });
          changed = true;
        }
      }

      // co/khong flags
      const flag = (
        value: boolean | null,
        periods: Period[] | undefined,
        creates: YearRef[],
        deletes: number[],
        what: string,
        column: string,
      ) => {
        if (value === null) return;
        const valid = (periods ?? []).filter((p) => overlapsYear(p, row.year));
        if (value && valid.length === 0) {
          creates.push({ code, year: row.year });
          changed = true;
          register.push([column, what]);
        } else if (!value) {
          const imported = valid.filter((p) => p.imported);
          if (imported.length) {
            deletes.push(...imported.map((p) => p.id));
            changed = true;
            register.push([column, what]);
          }
          if (imported.length < valid.length) {
            warnings.push(
              `Dòng ${row.row}: ${code} năm ${row.year} ghi "khong" ${what} nhưng vẫn còn ${what} được nhập trên biểu mẫu; hãy sửa ở trang của tổ chức nếu cần`,
            );
          }
        }
      };
      const links = existing ? linksByOrg.get(existing.id) : undefined;
      flag(row.linkage, links, records.linkCreates, records.linkDeletes, "liên kết chuỗi", "lien_ket_chuoi");
      const tech = existing ? techByOrg.get(existing.id) : undefined;
      flag(row.highTech, tech, records.techCreates, records.techDeletes, "ứng dụng CNC", "ung_dung_cnc");
      if (row.digital !== null) {
        const practices = existing ? (digitalByKey.get(k) ?? []) : [];
        if (row.digital && practices.length === 0) {
          records.digitalCreates.push({ code, year: row.year });
          changed = true;
        } else if (!row.digital) {
          const imported = practices.filter((p) => p.practice === "OTHER" && p.note === IMPORT_NOTE);
          if (imported.length) {
            records.digitalDeletes.push(...imported.map((p) => p.id));
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
        // the submission lock (approval/gate.ts) would refuse it in the database
        issues.push({
          row: row.row,
          column: "nam",
          message: `hồ sơ năm ${row.year} của ${code} đã gửi duyệt và đang chờ huyện duyệt; cần "Rút lại để sửa" trước khi nhập đè`,
        });
        continue;
      }
      if (ctx.role === "COMMUNE" && before?.approvalStatus === "APPROVED") {
        issues.push({
          row: row.row,
          column: "nam",
          message: `số liệu năm ${row.year} của ${code} đã được huyện duyệt; cán bộ xã không được sửa (đề nghị huyện mở lại)`,
        });
        continue;
      }
      const locked = existing ? submittedYear.get(existing.id) : undefined;
      if (locked !== undefined && register.length) {
        // the same lock, through the register rows a submission covers whatever their year
        for (const [column, what] of register)
          issues.push({
            row: row.row,
            column,
            message: `tổ chức ${code} có hồ sơ năm ${locked} đã gửi duyệt và đang chờ huyện duyệt; ${what} thuộc hồ sơ đó nên đang bị khoá; cần "Rút lại để sửa" trước khi nhập`,
          });
        continue;
      }
      planned.push({ row, code, created: !before, before });
    }
    // current status: the one in force today after the planned changes
    plan.currentStatus = statusAt(history, today, plan.currentStatus);
    organisations.push(plan);
  }
  return { organisations, planned, records, warnings, unchanged };
}
