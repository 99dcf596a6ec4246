// npm run backup / restore round trip on a PostgreSQL server: demo data backed up with
// pg_dump, restored with psql into a fresh database, then every table compared by row
// count and by an md5 over its rows in a fixed order.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData } from "@/server/seed";
import { backupDatabase, restoreDatabase, RestoreRefused } from "@/server/db/backup";
import { createTestDatabase, type TestDatabase } from "./test-database";

const serverUrl = process.env.TEST_DATABASE_URL;

type TableDigest = Record<string, { rows: number; md5: string }>;

async function digest(url: string): Promise<TableDigest> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const tables = (
      await c.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
    ).rows.map((r) => r.t);
    const out: TableDigest = {};
    for (const t of tables) {
      const { rows } = await c.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS h FROM "${t}" x`,
      );
      out[t] = { rows: rows[0].n, md5: rows[0].h };
    }
    return out;
  } finally {
    await c.end();
  }
}

describe.skipIf(!serverUrl)(
  "backup and restore on a PostgreSQL server (skipped: TEST_DATABASE_URL is unset, and pg_dump/psql need a server)",
  () => {
    let source: TestDatabase;
    let restoredUrl: string;
    let restoredName: string;
    let dir: string;

    beforeAll(async () => {
      source = await createTestDatabase();
      await generateDemoData(source.prisma, { scale: 1 });
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "ktt-backup-"));
      restoredName = `ktt_restore_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${restoredName}"`);
      await admin.end();
      const u = new URL(serverUrl!);
      u.pathname = `/${restoredName}`;
      restoredUrl = u.toString();
    });

    afterAll(async () => {
      await source?.dispose();
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
      await admin.end();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it("round-trips every table: same row counts and checksums", async () => {
      if (source.target.kind !== "server") throw new Error("expected a server database");
      const file = await backupDatabase(source.target, dir);
      expect(fs.statSync(file).size).toBeGreaterThan(0);
      await restoreDatabase({ kind: "server", url: restoredUrl }, file);

      const before = await digest(source.target.url);
      const after = await digest(restoredUrl);
      expect(before.Organisation.rows).toBeGreaterThan(0);
      expect(before.Membership.rows).toBeGreaterThan(0);
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      expect(after).toEqual(before);

      // A non-empty target is refused without --force, restored with it.
      await expect(restoreDatabase({ kind: "server", url: restoredUrl }, file)).rejects.toBeInstanceOf(RestoreRefused);
      await restoreDatabase({ kind: "server", url: restoredUrl }, file, true);
      expect(await digest(restoredUrl)).toEqual(before);
    });
  },
);
