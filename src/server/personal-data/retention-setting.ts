// How long the data of people who left every organisation is kept (years); null: no
// automatic erasure. An administrator's setting (SystemSetting "personalDataRetention").
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export const RETENTION_SETTING_KEY = "personalDataRetention";

export async function getRetentionYears(db: Db): Promise<number | null> {
  const row = await db.systemSetting.findUnique({ where: { key: RETENTION_SETTING_KEY } });
  const years = (row?.value as { years?: unknown } | undefined)?.years;
  return typeof years === "number" && Number.isInteger(years) && years > 0 ? years : null;
}

/** The first day still kept: memberships that ended before it are past retention. */
export function retentionCutoff(today: string, years: number): string {
  const [y, m, d] = today.split("-").map(Number);
  // 29/02 in a year without one becomes 01/03
  return new Date(Date.UTC(y - years, m - 1, d)).toISOString().slice(0, 10);
}
