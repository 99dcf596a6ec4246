// Import of a cooperative's member register. A person already known is linked, not
// duplicated: first by ID number (through its keyed hash, the number itself is never
// stored), else by the same name, birth year and commune (the organisation's) — those
// name matches are listed in the preview ("sẽ liên kết với người đã có") and the
// import must be confirmed after seeing them. Memberships are keyed by organisation,
// person and date joined: a re-import updates instead of duplicating.
import { MEMBER_COLUMNS } from "@/domain/import/columns";
import { sortIssues, type ImportIssue } from "@/domain/import/issues";
import { parseMemberRow, type MemberRow } from "@/domain/import/member-row";
import { foldVietnamese } from "@/domain/import/normalize";
import { mapTable, type SheetRow } from "@/domain/import/table";
import { cellText } from "@/domain/import/values";
import type { Viewer } from "../auth/viewer";
import { toAuditJson } from "../audit/record-audit";
import { hashIdNumber, idNumberTail } from "../person/id-number-key";
import type { ImportOptions, ImportResult } from "./import-organisations";
import { chunk, columnsOf, inScope, todayUtc, type Db } from "./shared";

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

type PersonRef = {
  id: number;
  fullName: string;
  birthYear: number | null;
  communeId: number | null;
  idNumberHash: string | null;
  idNumberTail: string | null;
};

export async function importMembers(
  db: Db,
  viewer: Viewer,
  sheet: readonly SheetRow[],
  opts: ImportOptions & { confirmLinks?: boolean } = {},
): Promise<ImportResult<MemberImportSummary>> {
  const now = opts.now ?? new Date();
  const mapped = mapTable(sheet, MEMBER_COLUMNS);
  if (mapped.issues.length) return { ok: false, issues: mapped.issues, rows: mapped.records.length };
  const issues: ImportIssue[] = [];
  const parsed: MemberRow[] = [];
  for (const rec of mapped.records) {
    const r = parseMemberRow(rec, { today: todayUtc(now) });
    issues.push(...r.issues);
    if (r.value) parsed.push(r.value);
  }
  const codes = [...new Set(mapped.records.map((r) => cellText(r.values.ma_to_chuc)).filter(Boolean))];
  const orgs = await db.organisation.findMany({
    where: { code: { in: codes } },
    select: {
      id: true,
      code: true,
      type: true,
      communeId: true,
      hasMemberRegister: true,
      commune: { select: { name: true } },
    },
  });
  const orgByCode = new Map(orgs.map((o) => [o.code, o]));
  const rows: (MemberRow & { org: (typeof orgs)[number]; hash: string | null })[] = [];
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
    if (!inScope(viewer, org.communeId)) {
      issues.push({
        row: r.row,
        column: "ma_to_chuc",
        message: `tổ chức ${org.code} thuộc xã ${org.commune.name}, ngoài địa bàn bạn được nhập liệu`,
      });
      continue;
    }
    rows.push({ ...r, org, hash: r.idNumber ? hashIdNumber(r.idNumber) : null });
  }

  // Known persons: by hash, and by name within the organisations' communes (one query each).
  const hashes = [...new Set(rows.map((r) => r.hash).filter((h): h is string => !!h))];
  const select = {
    id: true,
    fullName: true,
    birthYear: true,
    communeId: true,
    idNumberHash: true,
    idNumberTail: true,
  } as const;
  const [byHashRows, byNameRows] = await Promise.all([
    db.person.findMany({ where: { idNumberHash: { in: hashes } }, select }),
    db.person.findMany({
      where: {
        communeId: { in: [...new Set(rows.map((r) => r.org.communeId))] },
        fullName: { in: [...new Set(rows.map((r) => r.fullName))], mode: "insensitive" },
      },
      select,
    }),
  ]);
  const personByHash = new Map(byHashRows.map((p) => [p.idNumberHash!, p]));
  const nameKey = (name: string, birthYear: number | null, communeId: number | null) =>
    `${foldVietnamese(name)}|${birthYear ?? ""}|${communeId ?? ""}`;
  const personsByName = new Map<string, PersonRef[]>();
  for (const p of byNameRows) {
    const k = nameKey(p.fullName, p.birthYear, p.communeId);
    personsByName.set(k, [...(personsByName.get(k) ?? []), p]);
  }

  type NewPerson = { tempKey: string; row: MemberRow & { org: (typeof orgs)[number]; hash: string | null } };
  const newPersons = new Map<string, NewPerson>();
  const links: PersonLink[] = [];
  const hashFills: { id: number; hash: string; tail: string }[] = [];
  const resolved: { row: (typeof rows)[number]; personId: number | null; newKey: string | null }[] = [];
  for (const r of rows) {
    const byHash = r.hash ? personByHash.get(r.hash) : undefined;
    if (byHash) {
      links.push({
        row: r.row,
        fullName: r.fullName,
        birthYear: r.birthYear,
        matchedBy: "so_dinh_danh",
        personId: byHash.id,
        personName: byHash.fullName,
        idNumberTail: byHash.idNumberTail,
      });
      resolved.push({ row: r, personId: byHash.id, newKey: null });
      continue;
    }
    const k = nameKey(r.fullName, r.birthYear, r.org.communeId);
    // A person with another ID number is someone else, whatever the name.
    const candidates = (personsByName.get(k) ?? []).filter((p) => !r.hash || !p.idNumberHash);
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
      links.push({
        row: r.row,
        fullName: r.fullName,
        birthYear: r.birthYear,
        matchedBy: "ho_ten_nam_sinh_xa",
        personId: p.id,
        personName: p.fullName,
        idNumberTail: p.idNumberTail,
      });
      if (r.hash && !p.idNumberHash && !hashFills.some((h) => h.id === p.id))
        hashFills.push({ id: p.id, hash: r.hash, tail: idNumberTail(r.idNumber!) });
      resolved.push({ row: r, personId: p.id, newKey: null });
      continue;
    }
    // New person, created once even when listed in several registers of the file.
    const newKey = r.hash ?? k;
    if (!newPersons.has(newKey)) newPersons.set(newKey, { tempKey: newKey, row: r });
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
  if (issues.length)
    return {
      ok: false,
      issues: sortIssues(
        issues,
        MEMBER_COLUMNS.map((c) => c.key),
      ),
      rows: mapped.records.length,
    };

  const knownIds = [...new Set(resolved.map((x) => x.personId).filter((id): id is number => id !== null))];
  const existingMemberships = await db.membership.findMany({
    where: { organisationId: { in: orgs.map((o) => o.id) }, personId: { in: knownIds } },
    select: {
      id: true,
      organisationId: true,
      personId: true,
      joinedOn: true,
      memberType: true,
      capitalContributed: true,
    },
  });
  const mKey = (org: number, person: number, joined: Date) => `${org}|${person}|${joined.toISOString().slice(0, 10)}`;
  const membershipByKey = new Map(existingMemberships.map((m) => [mKey(m.organisationId, m.personId, m.joinedOn), m]));
  let unchanged = 0;
  let updated = 0;
  const toWrite = resolved.filter((x) => {
    if (x.personId === null) return true;
    const m = membershipByKey.get(mKey(x.row.org.id, x.personId, x.row.joinedOn));
    if (!m) return true;
    if (m.memberType === x.row.memberType && m.capitalContributed === x.row.capital) {
      unchanged++;
      return false;
    }
    updated++;
    return true;
  });
  const nameLinks = links.filter((l) => l.matchedBy === "ho_ten_nam_sinh_xa");
  const summary: MemberImportSummary = {
    kind: "thanh-vien",
    rows: mapped.records.length,
    personsCreated: newPersons.size,
    personsLinked: new Set(links.map((l) => l.personId)).size,
    membershipsCreated: toWrite.length - updated,
    membershipsUpdated: updated,
    unchanged,
    links,
    needsConfirmation: nameLinks.length > 0,
    warnings: [],
  };
  if (opts.dryRun) return { ok: true, summary };
  if (nameLinks.length > 0 && !opts.confirmLinks) {
    return {
      ok: false,
      rows: mapped.records.length,
      issues: [
        {
          row: null,
          column: null,
          message: `Có ${nameLinks.length} dòng sẽ liên kết với người đã có theo họ tên, năm sinh và xã (dòng ${nameLinks
            .slice(0, 10)
            .map((l) => l.row)
            .join(
              ", ",
            )}${nameLinks.length > 10 ? ", …" : ""}): hãy bấm "Kiểm tra", xem danh sách rồi xác nhận trước khi nhập`,
        },
      ],
    };
  }

  // Ids for the new persons first (one sequence call), so memberships can refer to them.
  const newList = [...newPersons.values()];
  const newIds = new Map<string, number>();
  if (newList.length) {
    const ids = await db.$queryRawUnsafe<{ id: number }[]>(
      `SELECT nextval(pg_get_serial_sequence('"Person"', 'id'))::int AS id FROM generate_series(1, $1::int)`,
      newList.length,
    );
    newList.forEach((p, i) => newIds.set(p.tempKey, ids[i].id));
    for (const part of chunk(newList, 5000)) {
      await db.$executeRawUnsafe(
        `INSERT INTO "Person" ("id", "kind", "fullName", "birthYear", "gender", "idNumberHash", "idNumberTail", "communeId", "updatedAt")
         SELECT u.*, now() FROM unnest($1::text[]::int[], $2::text[]::"MemberKind"[], $3::text[], $4::text[]::int[],
           $5::text[]::"Gender"[], $6::text[], $7::text[], $8::text[]::int[]) AS u`,
        ...columnsOf(part, [
          (p) => newIds.get(p.tempKey),
          (p) => p.row.kind,
          (p) => p.row.fullName,
          (p) => p.row.birthYear,
          (p) => p.row.gender,
          (p) => p.row.hash,
          (p) => (p.row.idNumber ? idNumberTail(p.row.idNumber) : null),
          (p) => p.row.org.communeId,
        ]),
      );
    }
  }
  for (const h of hashFills) {
    await db.person.update({
      where: { id: h.id },
      data: { idNumberHash: h.hash, idNumberTail: h.tail, version: { increment: 1 } },
    });
  }
  for (const part of chunk(toWrite, 10_000)) {
    await db.$executeRawUnsafe(
      `INSERT INTO "Membership" ("organisationId", "personId", "memberType", "joinedOn", "capitalContributed", "updatedAt")
       SELECT u.*, now() FROM unnest($1::text[]::int[], $2::text[]::int[], $3::text[]::"MemberType"[], $4::text[]::date[], $5::text[]::bigint[]) AS u
       ON CONFLICT ("organisationId", "personId", "joinedOn") DO UPDATE SET "memberType" = EXCLUDED."memberType",
         "capitalContributed" = EXCLUDED."capitalContributed", "version" = "Membership"."version" + 1, "updatedAt" = now()`,
      ...columnsOf(part, [
        (x) => x.row.org.id,
        (x) => x.personId ?? newIds.get(x.newKey!),
        (x) => x.row.memberType,
        (x) => x.row.joinedOn,
        (x) => x.row.capital,
      ]),
    );
  }
  const withoutRegister = orgs
    .filter((o) => !o.hasMemberRegister && toWrite.some((x) => x.row.org.id === o.id))
    .map((o) => o.id);
  if (withoutRegister.length) {
    await db.organisation.updateMany({
      where: { id: { in: withoutRegister } },
      data: { hasMemberRegister: true, version: { increment: 1 } },
    });
  }
  const audit = [
    ...newList.map((p) => ({
      action: "CREATE",
      entity: "Person",
      entityId: String(newIds.get(p.tempKey)),
      after: {
        fullName: p.row.fullName,
        birthYear: p.row.birthYear,
        idNumberTail: p.row.idNumber ? idNumberTail(p.row.idNumber) : null,
        source: "import",
      },
    })),
    ...toWrite.map((x) => ({
      action:
        x.personId !== null && membershipByKey.has(mKey(x.row.org.id, x.personId, x.row.joinedOn))
          ? "UPDATE"
          : "CREATE",
      entity: "Membership",
      entityId: null,
      after: {
        organisationId: x.row.org.id,
        personId: x.personId ?? newIds.get(x.newKey!),
        memberType: x.row.memberType,
        joinedOn: x.row.joinedOn,
        capitalContributed: x.row.capital,
        source: "import",
        sourceRow: x.row.row,
      },
    })),
  ];
  for (const part of chunk(audit, 2000)) {
    await db.auditLog.createMany({
      data: part.map((a) => ({
        userId: viewer.id,
        actor: viewer.username,
        action: a.action,
        entity: a.entity,
        entityId: a.entityId,
        after: toAuditJson(a.after),
        ip: opts.ip ?? null,
      })),
    });
  }
  return { ok: true, summary };
}
