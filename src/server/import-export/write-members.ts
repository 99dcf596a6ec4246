// Step 3 of the member-register import: writes a plan (src/domain/import/plan-members.ts)
// inside the caller's transaction. New persons and memberships are bulk raw statements
// (`unnest(arrays)`; a register has thousands of rows, and Prisma's createMany/upsert
// build their queries row by row in JavaScript, upsert one statement per row); they are
// tagged templates with typed results. The few other writes use the typed client.
import type { MemberPlan } from "@/domain/import/plan-members";
import type { Viewer } from "../auth/viewer";
import { toAuditJson } from "../audit/record-audit";
import { chunk, columnsOf, type Db } from "./shared";

export async function writeMemberPlan(
  db: Db,
  viewer: Pick<Viewer, "id" | "username">,
  plan: MemberPlan,
  ip: string | null,
): Promise<void> {
  // Ids for the new persons first (one sequence call), so memberships can refer to them.
  const newIds = new Map<string, number>();
  if (plan.newPersons.length) {
    const ids = await db.$queryRaw<{ id: number }[]>`
      SELECT nextval(pg_get_serial_sequence('"Person"', 'id'))::int AS id FROM generate_series(1, ${plan.newPersons.length}::int)`;
    plan.newPersons.forEach((p, i) => newIds.set(p.key, ids[i].id));
    for (const part of chunk(plan.newPersons, 5000)) {
      const [id, kind, name, birthYear, gender, hash, tail, commune] = columnsOf(part, [
        (p) => newIds.get(p.key),
        (p) => p.row.kind,
        (p) => p.row.fullName,
        (p) => p.row.birthYear,
        (p) => p.row.gender,
        (p) => p.hash,
        (p) => p.tail,
        (p) => p.row.org.communeId,
      ]);
      await db.$executeRaw`
        INSERT INTO "Person" ("id", "kind", "fullName", "birthYear", "gender", "idNumberHash", "idNumberTail", "communeId", "updatedAt")
        SELECT u.*, now() FROM unnest(${id}::text[]::int[], ${kind}::text[]::"MemberKind"[], ${name}::text[],
          ${birthYear}::text[]::int[], ${gender}::text[]::"Gender"[], ${hash}::text[], ${tail}::text[],
          ${commune}::text[]::int[]) AS u`;
    }
  }
  for (const h of plan.hashFills) {
    await db.person.update({
      where: { id: h.id },
      data: { idNumberHash: h.hash, idNumberTail: h.tail, version: { increment: 1 } },
    });
  }
  const personOf = (m: MemberPlan["memberships"][number]) => m.personId ?? newIds.get(m.newKey!)!;
  for (const part of chunk(plan.memberships, 10_000)) {
    const [org, person, type, joined, capital] = columnsOf(part, [
      (x) => x.row.org.id,
      personOf,
      (x) => x.row.memberType,
      (x) => x.row.joinedOn,
      (x) => x.row.capital,
    ]);
    await db.$executeRaw`
      INSERT INTO "Membership" ("organisationId", "personId", "memberType", "joinedOn", "capitalContributed", "updatedAt")
      SELECT u.*, now() FROM unnest(${org}::text[]::int[], ${person}::text[]::int[], ${type}::text[]::"MemberType"[],
        ${joined}::text[]::date[], ${capital}::text[]::bigint[]) AS u
      ON CONFLICT ("organisationId", "personId", "joinedOn") DO UPDATE SET "memberType" = EXCLUDED."memberType",
        "capitalContributed" = EXCLUDED."capitalContributed", "version" = "Membership"."version" + 1, "updatedAt" = now()`;
  }
  const withoutRegister = [
    ...new Set(plan.memberships.filter((x) => !x.row.org.hasMemberRegister).map((x) => x.row.org.id)),
  ];
  if (withoutRegister.length) {
    await db.organisation.updateMany({
      where: { id: { in: withoutRegister } },
      data: { hasMemberRegister: true, version: { increment: 1 } },
    });
  }
  const audit = [
    ...plan.newPersons.map((p) => ({
      action: "CREATE",
      entity: "Person",
      entityId: String(newIds.get(p.key)),
      after: { fullName: p.row.fullName, birthYear: p.row.birthYear, idNumberTail: p.tail, source: "import" },
    })),
    ...plan.memberships.map((x) => ({
      action: x.existed ? "UPDATE" : "CREATE",
      entity: "Membership",
      entityId: null,
      after: {
        organisationId: x.row.org.id,
        personId: personOf(x),
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
        ip,
      })),
    });
  }
}
