// Two instances starting at once against the same empty server database. The schema
// engine's own advisory lock gives up after 10 s, so a second instance failed whenever
// the first took longer than that to migrate: the migrator's lock makes it wait instead.
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/server/db/connection";
import { applyMigrations, listMigrations, type MigrationAwareFactory } from "@/server/db/migrator";
import { createEmptyServerDatabase } from "./test-database";

const serverUrl = process.env.TEST_DATABASE_URL;

type Adapter = { executeScript(sql: string): Promise<void> };

/** The factory, but its first migration script starts only after `delayMs` (a slow
 *  migration); `started` resolves when that script is reached. */
function slowFirstScript(factory: MigrationAwareFactory, delayMs: number) {
  let reached!: () => void;
  const started = new Promise<void>((resolve) => (reached = resolve));
  let first = true;
  const slow: MigrationAwareFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connectToShadowDb: () => factory.connectToShadowDb(),
    async connect() {
      const adapter = (await factory.connect()) as Adapter;
      const run = adapter.executeScript.bind(adapter);
      adapter.executeScript = async (sql) => {
        if (first) {
          first = false;
          reached();
          await new Promise((r) => setTimeout(r, delayMs));
        }
        return run(sql);
      };
      return adapter;
    },
  };
  return { factory: slow, started };
}

describe.skipIf(!serverUrl)("migrations started twice at once", () => {
  it("applies each migration once, the second instance waiting for the first", async () => {
    const empty = await createEmptyServerDatabase(serverUrl!);
    const a = openDatabase({ kind: "server", url: empty.url });
    const b = openDatabase({ kind: "server", url: empty.url });
    try {
      const slow = slowFirstScript(a.factory, 11_000);
      const first = applyMigrations(slow.factory);
      await slow.started;
      const [appliedFirst, appliedSecond] = await Promise.all([first, applyMigrations(b.factory)]);
      const names = listMigrations().migrationDirectories.map((d) => d.path);
      expect(appliedFirst).toEqual(names);
      expect(appliedSecond).toEqual([]);
      const rows = await b.prisma.$queryRaw<{ migration_name: string; n: bigint }[]>`
        SELECT migration_name, count(*) AS n FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL GROUP BY migration_name ORDER BY migration_name`;
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      expect(rows.every((r) => r.n === 1n)).toBe(true);
    } finally {
      await a.close();
      await b.close();
      await empty.drop();
    }
  });
});
