// A fresh, migrated database for one test file: a new database on the server named
// by TEST_DATABASE_URL (dropped afterwards), or an in-memory PGlite without it.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@/server/db/connection";
import { applyMigrations } from "@/server/db/migrator";

export type TestDatabase = Database & { dispose(): Promise<void> };

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A new, empty database on the server at `serverUrl`: its URL, and how to drop it. */
export async function createEmptyServerDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ktt_test_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = openDatabase({ kind: "memory" });
    await applyMigrations(db.factory);
    return { ...db, dispose: () => db.close() };
  }
  const empty = await createEmptyServerDatabase(serverUrl);
  const db = openDatabase({ kind: "server", url: empty.url });
  await applyMigrations(db.factory);
  return {
    ...db,
    async dispose() {
      await db.close();
      await empty.drop();
    },
  };
}
