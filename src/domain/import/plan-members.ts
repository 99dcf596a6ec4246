// Step 2 of the member-register import, pure, in two halves around the server's loads:
// checkMemberRows (parse, and the organisations named exist, are not unions and are in
// the viewer's units), then planMembers over the known persons. A person already known
// is linked, not duplicated: first by ID number (through its keyed hash, computed by the
// server: the number itself is never stored), else by the same name, birth year and
// commune (the organisation's): those name matches are listed in the preview ("sẽ liên
// kết với người đã có") and the import must be confirmed after seeing them.
// Memberships are keyed by organisation, person and date joined: a re-import updates.
// A row that would change the register of an organisation with a dossier waiting for
// approval is refused (the submission covers the register: docs/approval.md); a row
// equal to what is stored changes nothing and passes.
import { MEMBER_COLUMNS } from "./columns";
import { inScope, type PlanResult, type ImportScope } from "./import-rules";
import { sortIssues, type ImportIssue } from "./issues";
import { parseMemberRow, type MemberRow } from "./member-row";
import { foldVietnamese } from "./normalize";
import { mapTable, type MappedRecord, type SheetRow } from "./table";
import { cellText } from "./values";

/** A row linked to a person already known (shown in the preview). */
export type PersonLink = {
  row: number;
  fullName: string;
  birthYear: number | null;
  matchedBy: "so_dinh_danh" | "ho_ten_nam_sinh_xa";
  personId: number;
  personName: string;
  idNumberTail: string | null;
};

export type MemberImportSummary = {
  kind: "thanh-vien";
  rows: number;
  personsCreated: number;
  personsLinked: number;
  membershipsCreated: number;
  membershipsUpdated: number;
  unchanged: number;
  links: PersonLink[];
  /** Name matches need a confirmation after the preview. */
  needsConfirmation: boolean;
  warnings: string[];
};

export type MemberOrg = {
  id: number;
  code: string;
  type: "THT" | "HTX" | "LHHTX";
  communeId: number;
  hasMemberRegister: boolean;
  communeName: string;
  /** The earliest year of its dossiers waiting for approval: they lock its register (docs/approval.md). */
  submittedYear: number | null;
};
export type PersonRef = {
  id: number;
  fullName: string;
  birthYear: number | null;
  communeId: number | null;
  idNumberHash: string | null;
  idNumberTail: string | null;
};
export type CheckedMemberRow = MemberRow & { org: MemberOrg };

export type MemberSnapshot = {
  /** The keyed hash and the displayed tail of each ID number of the checked rows. */
  idKeys: ReadonlyMap<string, { hash: string; tail: string }>;
  /** Persons with one of those hashes; persons of the rows' communes with one of their names (case-insensitive). */
  personsByHash: readonly PersonRef[];
  personsByName: readonly PersonRef[];
  /** Memberships of the organisations and persons above. */
  memberships: readonly {
    organisationId: number;
    personId: number;
    joinedOn: Date;
    memberType: string;
    capitalContributed: bigint;
  }[];
};

type NewPerson = { key: string; row: CheckedMemberRow; hash: string | null; tail: string | null };
type MembershipWrite = {
  row: CheckedMemberRow;
  personId: number | null;
  newKey: string | null;
  existed: boolean;
};
export type MemberPlan = {
  summary: MemberImportSummary;
  newPersons: NewPerson[];
  /** Persons matched by name whose ID number the file gives: their hash is filled in. */
  hashFills: { id: number; hash: string; tail: string }[];
  memberships: MembershipWrite[];
};

const COLUMN_ORDER = MEMBER_COLUMNS.map((c) => c.key);

export const mapMemberSheet = (sheet: readonly SheetRow[]) => mapTable(sheet, MEMBER_COLUMNS);
export const memberSheetCodes = (records: readonly MappedRecord[]) => [
  ...new Set(records.map((r) => cellText(r.values.ma_to_chuc)).filter(Boolean)),
];

export function checkMemberRows(
  records: readonly MappedRecord[],
  organisations: readonly MemberOrg[],
  ctx: { scope: ImportScope; today: Date },
): { rows: CheckedMemberRow[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const parsed: MemberRow[] = [];
  for (const rec of records) {
    const r = parseMemberRow(rec, { today: ctx.today });
    issues.push(...r.issues);
    if (r.value) parsed.push(r.value);
  }
  const orgByCode = new Map(organisations.map((o) => [o.code, o]));
  const rows: CheckedMemberRow[] = [];
  for (const r of parsed) {
    const org = orgByCode.get(r.orgCode);
    if (!org) {
      issues.push({
        row: r.row,
        column: "ma_to_chuc",
        message: `không có tổ chức mã "${r.orgCode}"; hãy nhập tổ chức trước`,
      });
      continue;
    }
    if (org.type === "LHHTX") {
      issues.push({
        row: r.row,
        column: "ma_to_chuc",
        message: "thành viên của liên hiệp là các hợp tác xã, không nhập qua sổ thành viên",
      });
      continue;
    }
    if (!inScope(ctx.scope, org.communeId)) {
      issues.push({
        row: r.row,
        column: "ma_to_chuc",
        message: `tổ chức ${org.code} thuộc xã ${org.communeName}, ngoài địa bàn bạn được nhập liệu`,
      });
      continue;
    }
    rows.push({ ...r, org });
  }
  return { rows, issues };
}

const nameKey = (name: string, birthYear: number | null, communeId: number | null) =>
  `${foldVietnamese(name)}|${birthYear ?? ""}|${communeId ?? ""}`;
const membershipKey = (org: number, person: number, joined: Date) =>
  `${org}|${person}|${joined.toISOString().slice(0, 10)}`;

export function planMembers(
  checked: { rows: readonly CheckedMemberRow[]; issues: readonly ImportIssue[] },
  snapshot: MemberSnapshot,
  recordCount: number,
): PlanResult<MemberImportSummary, MemberPlan> {
  const issues = [...checked.issues];
  const personByHash = new Map(snapshot.personsByHash.map((p) => [p.idNumberHash!, p]));
  const personsByName = new Map<string, PersonRef[]>();
  for (const p of snapshot.personsByName) {
    const k = nameKey(p.fullName, p.birthYear, p.communeId);
    personsByName.set(k, [...(personsByName.get(k) ?? []), p]);
  }

  const newPersons = new Map<string, NewPerson>();
  const links: PersonLink[] = [];
  const hashFills: MemberPlan["hashFills"] = [];
  const resolved: { row: CheckedMemberRow; personId: number | null; newKey: string | null }[] = [];
  for (const r of checked.rows) {
    const id = r.idNumber ? snapshot.idKeys.get(r.idNumber)! : null;
    const byHash = id ? personByHash.get(id.hash) : undefined;
    const link = (p: PersonRef, matchedBy: PersonLink["matchedBy"]) =>
      links.push({
        row: r.row,
        fullName: r.fullName,
        birthYear: r.birthYear,
        matchedBy,
        personId: p.id,
        personName: p.fullName,
        idNumberTail: p.idNumberTail,
      });
    if (byHash) {
      link(byHash, "so_dinh_danh");
      resolved.push({ row: r, personId: byHash.id, newKey: null });
      continue;
    }
    const k = nameKey(r.fullName, r.birthYear, r.org.communeId);
    // A person with another ID number is someone else, whatever the name.
    const candidates = (personsByName.get(k) ?? []).filter((p) => !id || !p.idNumberHash);
    if (candidates.length > 1) {
      issues.push({
        row: r.row,
        column: "ho_ten",
        message: `có ${candidates.length} người cùng họ tên, năm sinh và xã; hãy ghi số định danh để phân biệt`,
      });
      continue;
    }
    if (candidates.length === 1) {
      const p = candidates[0];
      link(p, "ho_ten_nam_sinh_xa");
      if (id && !p.idNumberHash && !hashFills.some((h) => h.id === p.id)) hashFills.push({ id: p.id, ...id });
      resolved.push({ row: r, personId: p.id, newKey: null });
      continue;
    }
    // New person, created once even when listed in several registers of the file.
    const newKey = id?.hash ?? k;
    if (!newPersons.has(newKey))
      newPersons.set(newKey, { key: newKey, row: r, hash: id?.hash ?? null, tail: id?.tail ?? null });
    resolved.push({ row: r, personId: null, newKey });
  }
  const seen = new Map<string, number>();
  for (const x of resolved) {
    const k = `${x.row.org.id}|${x.personId ?? x.newKey}|${x.row.joinedOn.toISOString()}`;
    const dupe = seen.get(k);
    if (dupe !== undefined)
      issues.push({ row: x.row.row, column: "ho_ten", message: `trùng thành viên và ngày vào với dòng ${dupe}` });
    else seen.set(k, x.row.row);
  }
  if (issues.length) return { ok: false, issues: sortIssues(issues, COLUMN_ORDER), rows: recordCount };

  const membershipByKey = new Map(
    snapshot.memberships.map((m) => [membershipKey(m.organisationId, m.personId, m.joinedOn), m]),
  );
  let unchanged = 0;
  const memberships: MembershipWrite[] = [];
  for (const x of resolved) {
    const m =
      x.personId === null ? undefined : membershipByKey.get(membershipKey(x.row.org.id, x.personId, x.row.joinedOn));
    if (m && m.memberType === x.row.memberType && m.capitalContributed === x.row.capital) unchanged++;
    else memberships.push({ ...x, existed: !!m });
  }
  for (const { row } of memberships)
    if (row.org.submittedYear !== null)
      issues.push({
        row: row.row,
        column: "ma_to_chuc",
        message: `tổ chức ${row.org.code} có hồ sơ năm ${row.org.submittedYear} đã gửi duyệt và đang chờ huyện duyệt; sổ thành viên thuộc hồ sơ đó nên đang bị khoá; cần "Rút lại để sửa" trước khi nhập`,
      });
  if (issues.length) return { ok: false, issues: sortIssues(issues, COLUMN_ORDER), rows: recordCount };
  const updated = memberships.filter((m) => m.existed).length;
  const nameLinks = links.filter((l) => l.matchedBy === "ho_ten_nam_sinh_xa");
  const summary: MemberImportSummary = {
    kind: "thanh-vien",
    rows: recordCount,
    personsCreated: newPersons.size,
    personsLinked: new Set(links.map((l) => l.personId)).size,
    membershipsCreated: memberships.length - updated,
    membershipsUpdated: updated,
    unchanged,
    links,
    needsConfirmation: nameLinks.length > 0,
    warnings: [],
  };
  return { ok: true, summary, plan: { summary, newPersons: [...newPersons.values()], hashFills, memberships } };
}

/** Writing name matches needs the confirmation given after the preview listed them. */
export function unconfirmedLinksIssue(summary: MemberImportSummary): ImportIssue {
  const nameLinks = summary.links.filter((l) => l.matchedBy === "ho_ten_nam_sinh_xa");
  return {
    row: null,
    column: null,
    message: `Có ${nameLinks.length} dòng sẽ liên kết với người đã có theo họ tên, năm sinh và xã (dòng ${nameLinks
      .slice(0, 10)
      .map((l) => l.row)
      .join(
        ", ",
      )}${nameLinks.length > 10 ? ", …" : ""}): hãy bấm "Kiểm tra", xem danh sách rồi xác nhận trước khi nhập`,
  };
}
