// Which years are closed today under the admin's closing rule (domain/targets/closing.ts),
// over the whole programme scope. The overview reads it before its filters, to open on
// the latest closed year; kept per data version, rule and day (a closing date passes
// without any write).
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { yearClosure, type ClosingRule, type YearClosure } from "@/domain/targets/closing";
import { col, queryOne } from "../db/typed-sql";
import { createVersionedCache } from "../read-model/versioned-cache";
import { getClosingRule } from "../settings/closing-rule";
import { countDossiersByYear } from "./dossier-counts";
import { getScopeUnits, PROGRAMME_SCOPE_CODE } from "../territory/get-scope-units";
import { yearInVietnam } from "@/domain/time/vietnam";

type Db = PrismaClient | Prisma.TransactionClient;

/** The years the overview offers: from the first year with yearly data to this year. */
export function offeredYears(firstYear: number, today: string): number[] {
  const years: number[] = [];
  for (let y = Math.min(firstYear, Number(today.slice(0, 4))); y <= Number(today.slice(0, 4)); y++) years.push(y);
  return years;
}

/** First year with yearly data (reports or ratings); the programme started in 2022. */
export async function getFirstDataYear(db: Db): Promise<number> {
  const r = await queryOne(
    db,
    "first data year",
    z.object({ y: col.int().nullable() }),
    Prisma.sql`SELECT least((SELECT min(year) FROM "AnnualReport"), (SELECT min(year) FROM "Rating")) AS y`,
  );
  return r.y ?? yearInVietnam();
}

/** `scopeCode`: the territory of the programme shown (null: the whole country). */
export async function getYearClosure(
  db: Db,
  today: string,
  rule?: ClosingRule,
  scopeCode: string | null = PROGRAMME_SCOPE_CODE,
): Promise<YearClosure> {
  const { units } = await getScopeUnits(db as PrismaClient, scopeCode);
  const byYear = await countDossiersByYear(
    db,
    units.map((u) => u.id),
  );
  const years = offeredYears(await getFirstDataYear(db), today);
  const scope = new Map([...byYear].map(([y, c]) => [y, c.scope] as const));
  return yearClosure(rule ?? (await getClosingRule(db)), today, years, scope);
}

const cached = createVersionedCache<YearClosure>(8);

export async function getYearClosureCached(
  prisma: PrismaClient,
  today: string,
  scopeCode: string | null = PROGRAMME_SCOPE_CODE,
): Promise<YearClosure> {
  // The rule is a setting, not data: no trigger moves the data version when it changes,
  // so it is read every time and is part of the key.
  const rule = await getClosingRule(prisma);
  return cached(prisma, `${today}|${JSON.stringify(rule)}|${scopeCode}`, () =>
    getYearClosure(prisma, today, rule, scopeCode),
  );
}
