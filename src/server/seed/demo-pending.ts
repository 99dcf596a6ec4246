// The approval state of the demo data, as the approval gate would have left it (see
// docs/approval.md): what commune officials entered for the current year and the
// district has not approved yet is pending (PendingChange, created pending), and one
// commune of the real district reported nothing for one past year, so the product shows
// "chưa có số liệu" rather than a zero. Plain SQL on the generated rows, deterministic.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "./demo-writer";
import type { GenContext } from "./demo-types";

/** The commune (pre-2025 code) with no dossier for the year two before the current one. */
export const SILENT_COMMUNE_CODE = "28672"; // Thạnh Trị (the old commune: its code 28672 was not reused)

export async function applyDemoApprovalState(db: Db, ctx: GenContext): Promise<void> {
  const silentYear = ctx.toYear - 2;
  if (silentYear >= ctx.fromYear) {
    for (const table of ["AnnualReport", "Rating", "DigitalPractice", "SupportReceived"]) {
      await db.$executeRaw`
        DELETE FROM ${Prisma.raw(`"${table}"`)} x
        USING "Organisation" o JOIN "AreaUnit" a ON a.id = o."communeId"
        WHERE x."organisationId" = o.id AND x.year = ${silentYear} AND a.code = ${SILENT_COMMUNE_CODE}`;
    }
  }
  // Current-year rows of dossiers not approved (drafts, returned, submitted, not sent).
  for (const table of ["AnnualReport", "Rating", "DigitalPractice", "SupportReceived"]) {
    await db.$executeRaw`
      INSERT INTO "PendingChange" (entity, "rowId", "organisationId", "areaUnitId", year, "createdById", "updatedAt")
      SELECT ${table}, x.id, x."organisationId", o."communeId", x.year, NULL, now()
      FROM ${Prisma.raw(`"${table}"`)} x JOIN "Organisation" o ON o.id = x."organisationId"
      LEFT JOIN "AnnualReport" r ON r."organisationId" = x."organisationId" AND r.year = x.year
      WHERE x.year = ${ctx.toYear} AND coalesce(r."approvalStatus"::text, 'NONE') <> 'APPROVED'
      ON CONFLICT DO NOTHING`;
  }
  // Register changes of the current year in those organisations: members who joined, and
  // organisations founded this year (with their status rows), entered by the commune.
  await db.$executeRaw`
    INSERT INTO "PendingChange" (entity, "rowId", "organisationId", "areaUnitId", year, "createdById", "updatedAt")
    SELECT 'Membership', m.id, m."organisationId", o."communeId", NULL, NULL, now()
    FROM "Membership" m JOIN "Organisation" o ON o.id = m."organisationId"
    LEFT JOIN "AnnualReport" r ON r."organisationId" = m."organisationId" AND r.year = ${ctx.toYear}
    WHERE m."joinedOn" >= make_date(${ctx.toYear}, 1, 1)
      AND coalesce(r."approvalStatus"::text, 'NONE') <> 'APPROVED'
    ON CONFLICT DO NOTHING`;
  await db.$executeRaw`
    INSERT INTO "PendingChange" (entity, "rowId", "organisationId", "areaUnitId", year, "createdById", "updatedAt")
    SELECT e.entity, e.id, e.org, e.commune, NULL, NULL, now() FROM (
      SELECT 'Organisation' AS entity, o.id, o.id AS org, o."communeId" AS commune FROM "Organisation" o
      LEFT JOIN "AnnualReport" r ON r."organisationId" = o.id AND r.year = ${ctx.toYear}
      WHERE o."foundedOn" >= make_date(${ctx.toYear}, 1, 1) AND coalesce(r."approvalStatus"::text, 'NONE') <> 'APPROVED'
      UNION ALL
      SELECT 'OrgStatusChange', s.id, o.id, o."communeId" FROM "OrgStatusChange" s JOIN "Organisation" o ON o.id = s."organisationId"
      LEFT JOIN "AnnualReport" r ON r."organisationId" = o.id AND r.year = ${ctx.toYear}
      WHERE o."foundedOn" >= make_date(${ctx.toYear}, 1, 1) AND coalesce(r."approvalStatus"::text, 'NONE') <> 'APPROVED'
    ) e
    ON CONFLICT DO NOTHING`;
}
