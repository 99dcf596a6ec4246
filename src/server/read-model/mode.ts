// The read model's one switch (docs/read-model.md). KTT_READ_MODEL:
// - off: no pre-aggregated facts (the triggers log nothing), no figures cache, no page
//   cache: every page computes from the tables. Right for a district: 15 ms a page.
// - on: all three.
// - auto (the default): on when the database holds at least AUTO_ON_ORGANISATIONS
//   organisations, where the live national series takes seconds.
// The background task (background.ts) applies the decision to the database
// (ReadModelState.factsOn) and keeps the facts; readers only look at the flag. Every
// instance on one database must be given the same setting.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { env, parseEnv } from "@/config/env";

export type ReadModelSetting = "off" | "on" | "auto";

/** Where "auto" turns on: a province has a few thousand organisations, the country 100,000. */
export const AUTO_ON_ORGANISATIONS = 5_000;

/** The setting, from the validated environment (src/config/env.ts), or from `source`. */
export function readModelSetting(source?: Record<string, string | undefined>): ReadModelSetting {
  return (source ? parseEnv(source) : env()).KTT_READ_MODEL;
}

/** Whether the read model should be on, for this setting and this many organisations. */
export function readModelWanted(setting: ReadModelSetting, organisations: number): boolean {
  return setting === "on" || (setting === "auto" && organisations >= AUTO_ON_ORGANISATIONS);
}

type Client = PrismaClient | Prisma.TransactionClient;

/** Whether the database keeps the facts now (the flag the triggers read). */
export async function factsOn(prisma: Client): Promise<boolean> {
  const row = await prisma.readModelState.findUnique({ where: { id: 1 }, select: { factsOn: true } });
  return row?.factsOn ?? false;
}

/**
 * Turns the facts on or off in the database. On: the flag is committed first, so every
 * write from then on is logged; then this waits until every writing transaction of this
 * database that began before the flag has ended (it may have written unlogged rows that
 * the first build, taken after, must see). The caller then builds the years (snapshots.ts).
 * Off: the flag and every kept fact go in one transaction, so nothing stays behind.
 */
export async function switchFacts(prisma: PrismaClient, on: boolean): Promise<void> {
  if (on) {
    await prisma.readModelState.upsert({
      where: { id: 1 },
      create: { id: 1, factsOn: true, switchedAt: new Date() },
      update: { factsOn: true, switchedAt: new Date() },
    });
    // Committed. A transaction of this database that began before now and has written
    // may hold rows written unlogged; statements after now see the flag and log.
    const [{ since }] = await prisma.$queryRaw<{ since: Date }[]>`SELECT now() AS since`;
    for (let waited = 0; ; waited += 100) {
      const [{ older }] = await prisma.$queryRaw<{ older: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM pg_stat_activity
                       WHERE datname = current_database() AND pid <> pg_backend_pid()
                         AND backend_xid IS NOT NULL AND xact_start < ${since}::timestamptz) AS older`;
      if (!older) return;
      if (waited > 10 * 60_000) throw new Error("Chờ các giao dịch cũ kết thúc quá lâu khi bật dữ liệu tổng hợp sẵn");
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await prisma.$transaction([
    prisma.readModelState.upsert({
      where: { id: 1 },
      create: { id: 1, factsOn: false, switchedAt: new Date() },
      update: { factsOn: false, switchedAt: new Date() },
    }),
    prisma.$executeRaw`DELETE FROM "TargetDirty"`,
    prisma.$executeRaw`DELETE FROM "TargetSnapshot"`,
    prisma.$executeRaw`DELETE FROM "TargetOrgFact"`,
    prisma.$executeRaw`DELETE FROM "TargetMemberOverlap"`,
  ]);
}
