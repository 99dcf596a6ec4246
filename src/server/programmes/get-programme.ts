// Which programme a page shows: the one named in the URL (?chuong-trinh=CODE), else the
// default one. A programme is a territory (a Scope, or the whole country) and its targets.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ProgrammeSeed } from "@/domain/programmes/catalogue";
import type { ProgrammeLevel } from "@/domain/enums";
import { toIsoDate } from "@/domain/format/date";

/** A programme as pages use it: the catalogue's fields (src/domain/programmes/catalogue.ts)
 *  as stored, without its targets (getTargetDefinitions reads those). */
export type ProgrammeInfo = Omit<ProgrammeSeed, "targets"> & { id: number; isDefault: boolean };

export const PROGRAMME_SELECT = {
  id: true,
  code: true,
  title: true,
  shortTitle: true,
  level: true,
  issuingBody: true,
  documentNumber: true,
  issuedOn: true,
  baselineYear: true,
  sourceRef: true,
  isDefault: true,
  scope: { select: { code: true } },
} as const;

type Row = Prisma.ProgrammeGetPayload<{ select: typeof PROGRAMME_SELECT }>;

const LEVEL_ORDER: Record<ProgrammeLevel, number> = { NATIONAL: 0, PROVINCE: 1, DISTRICT: 2, COMMUNE: 3 };

export function toInfo(r: Row): ProgrammeInfo {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    shortTitle: r.shortTitle,
    level: r.level,
    issuingBody: r.issuingBody,
    documentNumber: r.documentNumber,
    issuedOn: r.issuedOn ? toIsoDate(r.issuedOn) : null,
    scopeCode: r.scope?.code ?? null,
    baselineYear: r.baselineYear,
    sourceRef: r.sourceRef,
    isDefault: r.isDefault,
  };
}

/** Every programme, the widest first (nation, province, district, commune), then by name. */
export async function listProgrammes(prisma: PrismaClient): Promise<ProgrammeInfo[]> {
  const rows = await prisma.programme.findMany({ select: PROGRAMME_SELECT });
  return rows
    .map(toInfo)
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.shortTitle.localeCompare(b.shortTitle, "vi"));
}

/**
 * The programme of `code`, or the default one when the code is missing or unknown (a
 * stale link falls back rather than failing). null only when no programme exists at all
 * (a database not seeded yet).
 */
export async function getProgramme(prisma: PrismaClient, code?: string | null): Promise<ProgrammeInfo | null> {
  if (code) {
    const row = await prisma.programme.findUnique({ where: { code }, select: PROGRAMME_SELECT });
    if (row) return toInfo(row);
  }
  const fallback = await prisma.programme.findFirst({
    select: PROGRAMME_SELECT,
    orderBy: [{ isDefault: "desc" }, { id: "asc" }],
  });
  return fallback ? toInfo(fallback) : null;
}
