// Step 3 of the organisations-by-year import: writes a plan (src/domain/import/
// plan-organisations.ts) inside the caller's transaction, plus the per-record audit.
//
// The bulk statements stay raw SQL on purpose: one `INSERT … SELECT FROM unnest(arrays)
// … ON CONFLICT DO UPDATE` per 5,000-10,000 rows, where Prisma's createMany/upsert would
// build the query row by row in JavaScript (several times slower on 10,000 rows, and
// upsert is one statement per row). They are tagged templates (parameters bound, no
// string building) and their RETURNING rows are typed. Small writes use the client.
import type { PlannedYear } from "@/domain/import/plan-organisation-years";
import type { OrganisationPlan } from "@/domain/import/plan-organisations";
import { IMPORT_CONTRACT_REF, IMPORT_NOTE } from "@/domain/import/import-rules";
import type { Viewer } from "../auth/viewer";
import { chunk, columnsOf, insertAuditRows, type AuditRow, type Db } from "./shared";

const key = (orgId: number, year: number) => `${orgId}:${year}`;

export async function writeOrganisationPlan(
  db: Db,
  viewer: Pick<Viewer, "id" | "username">,
  plan: OrganisationPlan,
  ip: string | null,
): Promise<void> {
  const { arrival } = plan;
  const idByCode = new Map(plan.knownIds);
  for (const part of chunk(plan.creates, 5000)) {
    const [code, type, name, commune, sector, status] = columnsOf(part, [
      (p) => p.code,
      (p) => p.identity.type,
      (p) => p.identity.name,
      (p) => p.identity.communeId,
      (p) => p.identity.sector,
      (p) => p.currentStatus,
    ]);
    const inserted = await db.$queryRaw<{ id: number; code: string }[]>`
      INSERT INTO "Organisation" ("code", "type", "name", "communeId", "sector", "currentStatus", "mainProducts", "updatedAt")
      SELECT u.code, u.type, u.name, u.commune, u.sector, u.status, '{}', now()
      FROM unnest(${code}::text[], ${type}::text[]::"OrgType"[], ${name}::text[], ${commune}::text[]::int[],
                  ${sector}::text[]::"Sector"[], ${status}::text[]::"OrgStatus"[])
        AS u(code, type, name, commune, sector, status)
      RETURNING id, code`;
    for (const o of inserted) idByCode.set(o.code, o.id);
  }
  for (const part of chunk(plan.updates, 5000)) {
    const [id, type, name, commune, sector, status] = columnsOf(part, [
      (p) => p.before.id,
      (p) => p.identity.type,
      (p) => p.identity.name,
      (p) => p.identity.communeId,
      (p) => p.identity.sector,
      (p) => p.currentStatus,
    ]);
    await db.$executeRaw`
      UPDATE "Organisation" o
      SET "type" = u.type, "name" = u.name, "communeId" = u.commune, "sector" = u.sector, "currentStatus" = u.status,
          "version" = o."version" + 1, "updatedAt" = now()
      FROM unnest(${id}::text[]::int[], ${type}::text[]::"OrgType"[], ${name}::text[], ${commune}::text[]::int[],
                  ${sector}::text[]::"Sector"[], ${status}::text[]::"OrgStatus"[])
        AS u(id, type, name, commune, sector, status)
      WHERE o.id = u.id`;
  }
  const idOf = (code: string) => idByCode.get(code)!;

  for (const part of chunk(plan.statusChanges, 10_000)) {
    const [org, status, day] = columnsOf(part, [(c) => idOf(c.code), (c) => c.status, (c) => c.effectiveFrom]);
    await db.$executeRaw`
      INSERT INTO "OrgStatusChange" ("organisationId", "status", "effectiveFrom", "note")
      SELECT u.org, u.status, u.day, ${IMPORT_NOTE}
      FROM unnest(${org}::text[]::int[], ${status}::text[]::"OrgStatus"[], ${day}::text[]::date[]) AS u(org, status, day)
      ON CONFLICT ("organisationId", "effectiveFrom") DO UPDATE SET "status" = EXCLUDED."status", "note" = EXCLUDED."note"`;
  }

  const reportIds = new Map<string, number>();
  // A commune's dossiers are submitted only after all their rows are written: the
  // submission lock refuses any write to a submitted dossier.
  const written = arrival === "SUBMITTED" ? "DRAFT" : arrival;
  for (const part of chunk(plan.years, 5000)) {
    const [org, year, members, official, employees, capital, assets, revenue, profit, income, effective] = columnsOf(
      part,
      [
        (p: PlannedYear) => idOf(p.code),
        (p) => p.row.year,
        (p) => p.row.report.memberCount,
        (p) => p.row.report.officialMemberCount,
        (p) => p.row.report.employeeCount,
        (p) => p.row.report.charterCapital,
        (p) => p.row.report.totalAssets,
        (p) => p.row.report.revenue,
        (p) => p.row.report.profit,
        (p) => p.row.report.avgMemberIncome,
        (p) => p.row.report.effective,
      ],
    );
    const rows = await db.$queryRaw<{ id: number; organisationId: number; year: number }[]>`
      INSERT INTO "AnnualReport" ("organisationId", "year", "memberCount", "officialMemberCount", "employeeCount",
        "charterCapital", "totalAssets", "revenue", "profit", "avgMemberIncome", "effective",
        "approvalStatus", "submittedAt", "submittedById", "approvedAt", "approvedById", "updatedAt")
      SELECT u.*, ${written}::"ApprovalStatus", now(), ${viewer.id}::int,
             CASE WHEN ${written} = 'APPROVED' THEN now() END, CASE WHEN ${written} = 'APPROVED' THEN ${viewer.id}::int END, now()
      FROM unnest(${org}::text[]::int[], ${year}::text[]::int[], ${members}::text[]::int[], ${official}::text[]::int[],
                  ${employees}::text[]::int[], ${capital}::text[]::bigint[], ${assets}::text[]::bigint[],
                  ${revenue}::text[]::bigint[], ${profit}::text[]::bigint[], ${income}::text[]::bigint[],
                  ${effective}::text[]::boolean[]) AS u
      ON CONFLICT ("organisationId", "year") DO UPDATE SET
        "memberCount" = EXCLUDED."memberCount", "officialMemberCount" = EXCLUDED."officialMemberCount",
        "employeeCount" = EXCLUDED."employeeCount", "charterCapital" = EXCLUDED."charterCapital",
        "totalAssets" = EXCLUDED."totalAssets", "revenue" = EXCLUDED."revenue", "profit" = EXCLUDED."profit",
        "avgMemberIncome" = EXCLUDED."avgMemberIncome", "effective" = EXCLUDED."effective",
        "approvalStatus" = EXCLUDED."approvalStatus",
        "submittedAt" = CASE WHEN ${written} = 'SUBMITTED' OR "AnnualReport"."submittedAt" IS NULL THEN now() ELSE "AnnualReport"."submittedAt" END,
        "submittedById" = CASE WHEN ${written} = 'SUBMITTED' OR "AnnualReport"."submittedById" IS NULL THEN ${viewer.id}::int ELSE "AnnualReport"."submittedById" END,
        "approvedAt" = EXCLUDED."approvedAt", "approvedById" = EXCLUDED."approvedById",
        "version" = "AnnualReport"."version" + 1, "updatedAt" = now()
      RETURNING id, "organisationId", "year"`;
    for (const r of rows) reportIds.set(key(r.organisationId, r.year), r.id);
  }

  for (const part of chunk(plan.ratings, 5000)) {
    const [org, year, scheme, eligible, score, level, reason] = columnsOf(part, [
      (r) => idOf(r.code),
      (r) => r.year,
      (r) => r.scheme,
      (r) => r.eligible,
      (r) => r.score,
      (r) => r.level,
      (r) => r.notRatedReason,
    ]);
    await db.$executeRaw`
      INSERT INTO "Rating" ("organisationId", "year", "scheme", "eligible", "score", "level", "notRatedReason", "updatedAt")
      SELECT u.*, now() FROM unnest(${org}::text[]::int[], ${year}::text[]::int[], ${scheme}::text[]::"RatingScheme"[],
        ${eligible}::text[]::boolean[], ${score}::text[]::numeric[], ${level}::text[]::"RatingLevel"[],
        ${reason}::text[]::"NotRatedReason"[]) AS u
      ON CONFLICT ("organisationId", "year") DO UPDATE SET
        "scheme" = EXCLUDED."scheme", "eligible" = EXCLUDED."eligible", "score" = EXCLUDED."score",
        "level" = EXCLUDED."level", "notRatedReason" = EXCLUDED."notRatedReason",
        "version" = "Rating"."version" + 1, "updatedAt" = now()`;
  }

  await writeFlagRecords(db, plan, idOf);

  if (arrival === "SUBMITTED" && reportIds.size) {
    const ids = [...reportIds.values()];
    await db.$executeRaw`
      UPDATE "AnnualReport" SET "approvalStatus" = 'SUBMITTED', "submittedAt" = now(), "submittedById" = ${viewer.id}
      WHERE id = ANY(${ids}::int[])`;
  }

  await insertAuditRows(db, viewer, auditRows(plan, idOf, reportIds), ip);
}

/** The co/khong records: deletes (few, typed) then one insert statement per table. */
async function writeFlagRecords(db: Db, plan: OrganisationPlan, idOf: (code: string) => number): Promise<void> {
  if (plan.linkDeletes.length) await db.valueChainLink.deleteMany({ where: { id: { in: plan.linkDeletes } } });
  if (plan.techDeletes.length) await db.highTechApplication.deleteMany({ where: { id: { in: plan.techDeletes } } });
  if (plan.digitalDeletes.length) await db.digitalPractice.deleteMany({ where: { id: { in: plan.digitalDeletes } } });
  const orgYears = (refs: OrganisationPlan["linkCreates"]) => columnsOf(refs, [(c) => idOf(c.code), (c) => c.year]);
  if (plan.linkCreates.length) {
    const [org, year] = orgYears(plan.linkCreates);
    await db.$executeRaw`
      INSERT INTO "ValueChainLink" ("organisationId", "partnerName", "role", "product", "contractRef", "validFrom", "validTo", "updatedAt")
      SELECT u.org, ${"Chưa rõ (nhập từ bảng tính)"}, 'MEMBER', ${"Chưa rõ"}, ${IMPORT_CONTRACT_REF},
             make_date(u.year, 1, 1), make_date(u.year, 12, 31), now()
      FROM unnest(${org}::text[]::int[], ${year}::text[]::int[]) AS u(org, year)`;
  }
  if (plan.techCreates.length) {
    const [org, year] = orgYears(plan.techCreates);
    await db.$executeRaw`
      INSERT INTO "HighTechApplication" ("organisationId", "technologyType", "description", "evidence", "validFrom", "validTo", "updatedAt")
      SELECT u.org, 'OTHER', ${IMPORT_NOTE}, NULL, make_date(u.year, 1, 1), make_date(u.year, 12, 31), now()
      FROM unnest(${org}::text[]::int[], ${year}::text[]::int[]) AS u(org, year)`;
  }
  if (plan.digitalCreates.length) {
    const [org, year] = orgYears(plan.digitalCreates);
    await db.$executeRaw`
      INSERT INTO "DigitalPractice" ("organisationId", "year", "practice", "note")
      SELECT u.org, u.year, 'OTHER', ${IMPORT_NOTE} FROM unnest(${org}::text[]::int[], ${year}::text[]::int[]) AS u(org, year)`;
  }
}

/** Per-record audit: one row per organisation created or changed and per year written. */
function auditRows(
  plan: OrganisationPlan,
  idOf: (code: string) => number,
  reportIds: ReadonlyMap<string, number>,
): AuditRow[] {
  return [
    ...plan.creates.map((p) => ({
      action: "CREATE",
      entity: "Organisation",
      entityId: String(idOf(p.code)),
      after: { code: p.code, ...p.identity, currentStatus: p.currentStatus, source: "import" },
    })),
    ...plan.updates.map(({ before: o, identity, currentStatus }) => ({
      action: "UPDATE",
      entity: "Organisation",
      entityId: String(o.id),
      before: { type: o.type, name: o.name, communeId: o.communeId, sector: o.sector, currentStatus: o.currentStatus },
      after: { ...identity, currentStatus, source: "import" },
    })),
    ...plan.years.map((p) => ({
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
        approvalStatus: plan.arrival,
        source: "import",
        sourceRow: p.row.row,
      },
    })),
  ];
}
