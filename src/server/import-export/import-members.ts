// The member-register import in its three steps: the sheet's rows (sheet-io.ts) → the
// plan, pure (src/domain/import/plan-members.ts), around the loads of what it reads
// (the organisations named, with their dossiers waiting for approval, then the persons
// they may link to, then those persons' memberships: three rounds of queries, none per
// row) → the writes, in the caller's transaction (write-members.ts). ID numbers are
// hashed here, never stored.
import { importToday, type ImportResult } from "@/domain/import/import-rules";
import {
  checkMemberRows,
  mapMemberSheet,
  memberSheetCodes,
  planMembers,
  unconfirmedLinksIssue,
  type MemberImportSummary,
  type MemberOrg,
} from "@/domain/import/plan-members";
import type { SheetRow } from "@/domain/import/table";
import type { Viewer } from "../auth/viewer";
import { hashIdNumber, idNumberTail } from "../person/id-number-key";
import type { ImportOptions } from "./import-organisations";
import type { Db } from "./shared";
import { writeMemberPlan } from "./write-members";

export type { MemberImportSummary } from "@/domain/import/plan-members";

const PERSON = { id: true, fullName: true, birthYear: true, communeId: true, idNumberHash: true, idNumberTail: true };

export async function importMembers(
  db: Db,
  viewer: Viewer,
  sheet: readonly SheetRow[],
  opts: ImportOptions & { confirmLinks?: boolean } = {},
): Promise<ImportResult<MemberImportSummary>> {
  const mapped = mapMemberSheet(sheet);
  if (mapped.issues.length) return { ok: false, issues: mapped.issues, rows: mapped.records.length };

  const orgRows = await db.organisation.findMany({
    where: { code: { in: memberSheetCodes(mapped.records) } },
    select: {
      id: true,
      code: true,
      type: true,
      communeId: true,
      hasMemberRegister: true,
      commune: { select: { name: true } },
      reports: { where: { approvalStatus: "SUBMITTED" }, select: { year: true }, orderBy: { year: "asc" }, take: 1 },
    },
  });
  const orgs: MemberOrg[] = orgRows.map(({ commune, reports, ...o }) => ({
    ...o,
    communeName: commune.name,
    submittedYear: reports[0]?.year ?? null,
  }));
  const checked = checkMemberRows(mapped.records, orgs, { scope: viewer, today: importToday(opts.now) });

  // Known persons: by hash, and by name within the organisations' communes (one query each).
  const idKeys = new Map<string, { hash: string; tail: string }>();
  for (const r of checked.rows)
    if (r.idNumber && !idKeys.has(r.idNumber))
      idKeys.set(r.idNumber, { hash: hashIdNumber(r.idNumber), tail: idNumberTail(r.idNumber) });
  const [personsByHash, personsByName] = await Promise.all([
    db.person.findMany({ where: { idNumberHash: { in: [...idKeys.values()].map((k) => k.hash) } }, select: PERSON }),
    db.person.findMany({
      where: {
        communeId: { in: [...new Set(checked.rows.map((r) => r.org.communeId))] },
        fullName: { in: [...new Set(checked.rows.map((r) => r.fullName))], mode: "insensitive" },
      },
      select: PERSON,
    }),
  ]);
  const personIds = [...new Set([...personsByHash, ...personsByName].map((p) => p.id))];
  const memberships = personIds.length
    ? await db.membership.findMany({
        where: { organisationId: { in: orgs.map((o) => o.id) }, personId: { in: personIds } },
        select: { organisationId: true, personId: true, joinedOn: true, memberType: true, capitalContributed: true },
      })
    : [];

  const result = planMembers(checked, { idKeys, personsByHash, personsByName, memberships }, mapped.records.length);
  if (!result.ok) return result;
  const { summary, plan } = result;
  if (opts.dryRun) return { ok: true, summary };
  if (summary.needsConfirmation && !opts.confirmLinks)
    return { ok: false, rows: mapped.records.length, issues: [unconfirmedLinksIssue(summary)] };

  await writeMemberPlan(db, viewer, plan, opts.ip ?? null);
  return { ok: true, summary };
}
