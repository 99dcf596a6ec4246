// What the flags and the checklist of dossiers are computed from, for many dossiers at
// once (the reviewer's list) or one (its page, the commune's checklist): the year's
// report, the last approved earlier report, the register count at the count date, the
// cooperatives without a rating (the data-quality page's rule) and the high-technology
// records sent without evidence. A few batched queries whatever the number of dossiers.
import { Prisma, type AnnualReport } from "@/generated/prisma/client";
import { z } from "zod";
import type { YearFigures } from "@/domain/quality/jumps";
import { submissionFlags, type FlagInput, type SubmissionFlag } from "@/domain/approval/submission-flags";
import { HIGH_TECH_TYPE_LABELS } from "@/domain/labels";
import { listUnratedCooperatives } from "../quality/list-unrated-cooperatives";
import { col, queryRows } from "../db/typed-sql";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import type { PendingRow } from "./pending-changes";

export type DossierRef = { organisationId: number; year: number; changes: PendingRow[] };

export type DossierFacts = {
  organisation: { id: number; type: "THT" | "HTX" | "LHHTX"; communeId: number; hasMemberRegister: boolean };
  report: AnnualReport | null;
  /** The latest earlier year whose dossier is approved. */
  previous: AnnualReport | null;
  /** The count date of the register: the year end, or today for the current year. ISO. */
  asOf: string;
  hasRating: boolean;
  flagInput: FlagInput;
  flags: SubmissionFlag[];
};

export const dossierKey = (organisationId: number, year: number) => `${organisationId}:${year}`;

const num = (v: bigint | number | null) => (v === null ? null : Number(v));

export function reportFigures(r: AnnualReport | null): YearFigures | null {
  if (!r) return null;
  return {
    memberCount: r.memberCount,
    employeeCount: r.employeeCount,
    charterCapital: num(r.charterCapital),
    revenue: num(r.revenue),
  };
}

export async function loadDossierFacts(
  // a transaction too: approving several dossiers reads their flags in its own
  prisma: Prisma.TransactionClient,
  dossiers: DossierRef[],
  today: string = todayIsoInVietnam(),
): Promise<Map<string, DossierFacts>> {
  const out = new Map<string, DossierFacts>();
  if (dossiers.length === 0) return out;
  const ids = [...new Set(dossiers.map((d) => d.organisationId))];
  const years = [...new Set(dossiers.map((d) => d.year))];
  const asOfOf = (year: number) => (`${year}-12-31` > today ? today : `${year}-12-31`);

  // Sequential on purpose: the embedded database has a single connection.
  const orgs = await prisma.organisation.findMany({
    where: { id: { in: ids } },
    select: { id: true, type: true, communeId: true, hasMemberRegister: true },
  });
  const reports = await prisma.annualReport.findMany({
    where: { organisationId: { in: ids }, year: { gte: Math.min(...years) - 30, lte: Math.max(...years) } },
    orderBy: [{ organisationId: "asc" }, { year: "desc" }],
  });
  const ratings = await prisma.rating.findMany({
    where: { organisationId: { in: ids }, year: { in: years } },
    select: { organisationId: true, year: true },
  });
  const unrated = new Set<string>();
  const registers = new Map<string, number>();
  const communes = [...new Set(orgs.map((o) => o.communeId))];
  for (const year of years) {
    const asOf = asOfOf(year);
    for (const u of await listUnratedCooperatives(prisma, { year, asOf, scopeUnitIds: communes }))
      unrated.add(dossierKey(u.id, year));
    const counts = await queryRows(
      prisma,
      "register counts",
      z.object({ id: col.int(), n: col.int() }),
      Prisma.sql`
      SELECT m."organisationId" AS id, count(DISTINCT m."personId")::int AS n
      FROM "Membership" m
      WHERE m."organisationId" = ANY(${ids}::int[]) AND m."joinedOn" <= ${asOf}::date
        AND (m."leftOn" IS NULL OR m."leftOn" > ${asOf}::date)
      GROUP BY m."organisationId"`,
    );
    for (const c of counts) registers.set(dossierKey(c.id, year), c.n);
  }

  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const rated = new Set(ratings.map((r) => dossierKey(r.organisationId, r.year)));
  for (const d of dossiers) {
    const organisation = orgById.get(d.organisationId);
    if (!organisation) continue;
    const own = reports.filter((r) => r.organisationId === d.organisationId);
    const report = own.find((r) => r.year === d.year) ?? null;
    const previous = own.find((r) => r.year < d.year && r.approvalStatus === "APPROVED") ?? null;
    const key = dossierKey(d.organisationId, d.year);
    const keepsRegister = organisation.hasMemberRegister && organisation.type !== "LHHTX";
    const highTechWithoutEvidence = d.changes
      .filter((c) => c.entity === "HighTechApplication" && c.current !== null)
      .filter((c) => String(c.current!.evidence ?? "").trim() === "")
      .map(
        (c) =>
          HIGH_TECH_TYPE_LABELS[String(c.current!.technologyType) as keyof typeof HIGH_TECH_TYPE_LABELS] ??
          String(c.current!.technologyType),
      );
    const asOf = asOfOf(d.year);
    const flagInput: FlagInput = {
      year: d.year,
      report: reportFigures(report),
      previous: previous ? { year: previous.year, figures: reportFigures(previous)! } : null,
      register: keepsRegister ? { count: registers.get(key) ?? 0, asOf } : null,
      unrated: unrated.has(key),
      highTechWithoutEvidence,
    };
    out.set(key, {
      organisation,
      report,
      previous,
      asOf,
      hasRating: rated.has(key),
      flagInput,
      flags: submissionFlags(flagInput),
    });
  }
  return out;
}
