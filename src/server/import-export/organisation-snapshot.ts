// Loads the plain-data snapshot the organisations-by-year plan reads
// (src/domain/import/organisation-snapshot.ts), in two rounds of parallel queries and
// never one query per row: communes, thresholds and the organisations the file names;
// then their status history, what the file's years hold for them and their dossiers
// waiting for approval.
//
// The lookups by code and by organisation id are raw statements with one array
// parameter (`= ANY($1)`): a Prisma `in` list of 10,000 values costs far more to build
// than PostgreSQL takes to answer. Their rows are typed below, enums read as text.
import type { OrganisationSnapshot } from "@/domain/import/organisation-snapshot";
import { MIN_IMPORT_YEAR, endOfYear, startOfYear } from "@/domain/import/import-rules";
import { loadCommunes, type Db } from "./shared";

type Rows<K extends keyof OrganisationSnapshot> = OrganisationSnapshot[K] extends readonly (infer R)[] ? R[] : never;

export async function loadOrganisationSnapshot(
  db: Db,
  keys: { codes: readonly string[]; years: readonly number[] },
  maxYear: number,
): Promise<OrganisationSnapshot> {
  const codes = [...keys.codes];
  const years = [...keys.years];
  const [communes, thresholdRows, organisations] = await Promise.all([
    loadCommunes(db),
    db.ratingThreshold.findMany({
      select: { scheme: true, level: true, minScore: true, validFrom: true, validTo: true },
    }),
    db.$queryRaw<Rows<"organisations">>`
      SELECT id, code, type::text AS type, name, "communeId", sector::text AS sector, "currentStatus"::text AS "currentStatus"
      FROM "Organisation" WHERE code = ANY(${codes}::text[])`,
  ]);
  const thresholds = thresholdRows.map((t) => ({ ...t, minScore: Number(t.minScore) }));

  const orgIds = organisations.map((o) => o.id);
  // The validity periods overlapping any year of the file.
  const y0 = startOfYear(Math.min(...years, maxYear));
  const y1 = endOfYear(Math.max(...years, MIN_IMPORT_YEAR));
  const [statusChanges, reports, submitted, ratings, links, highTech, digital] = await Promise.all([
    db.$queryRaw<Rows<"statusChanges">>`
      SELECT "organisationId", status::text AS status, "effectiveFrom" FROM "OrgStatusChange"
      WHERE "organisationId" = ANY(${orgIds}::int[]) ORDER BY "effectiveFrom"`,
    db.$queryRaw<Rows<"reports">>`
      SELECT id, "organisationId", year, "approvalStatus"::text AS "approvalStatus",
             "memberCount", "officialMemberCount", "employeeCount", "charterCapital", "totalAssets",
             revenue, profit, "avgMemberIncome", effective
      FROM "AnnualReport" WHERE "organisationId" = ANY(${orgIds}::int[]) AND year = ANY(${years}::int[])`,
    db.$queryRaw<Rows<"submitted">>`
      SELECT "organisationId", year FROM "AnnualReport"
      WHERE "organisationId" = ANY(${orgIds}::int[]) AND "approvalStatus" = 'SUBMITTED' ORDER BY year`,
    // score as the sheet's canonical text ("72.50"), so that equal ratings compare equal
    db.$queryRaw<Rows<"ratings">>`
      SELECT "organisationId", year, scheme::text AS scheme, eligible, to_char(score, 'FM990.00') AS score,
             level::text AS level, "notRatedReason"::text AS "notRatedReason"
      FROM "Rating" WHERE "organisationId" = ANY(${orgIds}::int[]) AND year = ANY(${years}::int[])`,
    db.$queryRaw<Rows<"links">>`
      SELECT id, "organisationId", "validFrom", "validTo", "contractRef" FROM "ValueChainLink"
      WHERE "organisationId" = ANY(${orgIds}::int[]) AND "validFrom" <= ${y1}::date AND ("validTo" IS NULL OR "validTo" >= ${y0}::date)`,
    db.$queryRaw<Rows<"highTech">>`
      SELECT id, "organisationId", "validFrom", "validTo", "technologyType"::text AS "technologyType", evidence, description
      FROM "HighTechApplication"
      WHERE "organisationId" = ANY(${orgIds}::int[]) AND "validFrom" <= ${y1}::date AND ("validTo" IS NULL OR "validTo" >= ${y0}::date)`,
    db.$queryRaw<Rows<"digital">>`
      SELECT id, "organisationId", year, practice::text AS practice, note FROM "DigitalPractice"
      WHERE "organisationId" = ANY(${orgIds}::int[]) AND year = ANY(${years}::int[])`,
  ]);
  return { communes, thresholds, organisations, statusChanges, reports, submitted, ratings, links, highTech, digital };
}
