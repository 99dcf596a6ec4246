// A fresh, migrated database for one test file: a new database on the server named
// by TEST_DATABASE_URL (dropped afterwards), or an in-memory PGlite without it.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@/server/db/connection";
import { applyMigrations } from "@/server/db/migrator";

export type TestDatabase = Database & { dispose(): Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = openDatabase({ kind: "memory" });
    await applyMigrations(db.factory);
    return { ...db, dispose: () => db.close() };
  }
  const name = `ktt_test_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openDatabase({ kind: "server", url: url.toString() });
  await applyMigrations(db.factory);
  return {
    ...db,
    async dispose() {
      await db.close();
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    },
  };
}
