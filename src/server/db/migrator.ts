// Prisma migrations without Prisma's native schema-engine binary (which this
// environment cannot download): the same engine compiled to WASM, driven through a
// driver adapter. Databases migrated here record their history in the standard
// `_prisma_migrations` table, so `prisma migrate deploy` elsewhere understands them.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils-v6";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

const FILTERS = { externalTables: [], externalEnums: [] };

/** Any Prisma 7 migration-aware adapter factory (PrismaPg, PrismaPGlite). */
export type MigrationAwareFactory = {
  provider: string;
  adapterName: string;
  connect(): Promise<unknown>;
  connectToShadowDb(): Promise<unknown>;
};

type SqlQuery = { sql: string; args: unknown[]; argTypes: unknown[] };
type LockTransaction = { executeRaw(q: SqlQuery): Promise<number>; commit(): Promise<void>; rollback(): Promise<void> };
type LockAdapter = { startTransaction(): Promise<LockTransaction>; dispose(): Promise<void> };

// Any fixed key, but not the engine's own 72707369: the engine takes that one on its
// own connection while we hold ours, and gives up after 10 s, so a second instance
// starting while the first migrates failed instead of waiting.
const MIGRATION_LOCK_KEY = 4_711_2026;

/**
 * Runs `fn` while holding a transaction-scoped advisory lock on a connection of its own,
 * so that instances starting at once migrate one after the other; the lock goes with the
 * transaction, also when the process dies. Only on a server: PGlite has one connection
 * and one process, and a transaction held open on it would stall the engine's statements.
 */
async function withMigrationLock<T>(factory: MigrationAwareFactory, fn: () => Promise<T>): Promise<T> {
  if (factory.adapterName !== "@prisma/adapter-pg") return fn();
  const adapter = (await factory.connect()) as LockAdapter;
  try {
    const tx = await adapter.startTransaction();
    try {
      await tx.executeRaw({ sql: `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`, args: [], argTypes: [] });
      const out = await fn();
      await tx.commit();
      return out;
    } catch (e) {
      await tx.rollback();
      throw e;
    }
  } finally {
    await adapter.dispose();
  }
}

type SchemaEngine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string }>;
  diagnoseMigrationHistory(input: unknown): Promise<{
    history: null | { diagnostic: string; unappliedMigrationNames?: string[]; unpersistedMigrationNames?: string[] };
    failedMigrationNames: string[];
    editedMigrationNames: string[];
    hasMigrationsTable: boolean;
  }>;
  reset(input: unknown): Promise<void>;
  free(): void;
};

let enginePromise: Promise<{ SchemaEngine: { new: (...args: unknown[]) => Promise<SchemaEngine> } }> | undefined;

async function loadEngineModule() {
  enginePromise ??= (async () => {
    // The package's default entry imports the .wasm as an ES module, which Node 20
    // refuses; instantiate the binary ourselves and hand it to the JS glue.
    const req = createRequire(path.join(process.cwd(), "package.json"));
    const gluePath = req.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import(/* webpackIgnore: true */ gluePath);
    const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return glue;
  })();
  return enginePromise;
}

async function withEngine<T>(factory: MigrationAwareFactory, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const mod = await loadEngineModule();
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  // The engine never disposes the connections it opens: on a server their pools stayed
  // open for the life of the process, one of them holding the engine's session advisory
  // lock, which made the next migration run (tests, a second instance) wait 10 s for it.
  const opened: { dispose(): Promise<void> }[] = [];
  const track = (connect: () => Promise<unknown>) => async () => {
    const adapter = (await connect()) as { dispose(): Promise<void> };
    opened.push(adapter);
    return adapter;
  };
  const tracked: MigrationAwareFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: track(() => factory.connect()),
    connectToShadowDb: track(() => factory.connectToShadowDb()),
  };
  const engine = await mod.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked as never),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose()));
  }
}

export function listMigrations() {
  const dirs = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory() && fs.existsSync(path.join(MIGRATIONS_DIR, d.name, "migration.sql")))
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function applyMigrations(factory: MigrationAwareFactory): Promise<string[]> {
  return withMigrationLock(factory, () =>
    withEngine(factory, async (engine) => {
      const out = await engine.applyMigrations({ migrationsList: listMigrations(), filters: FILTERS });
      return out.appliedMigrationNames;
    }),
  );
}

/** SQL that takes the committed migrations to the current schema ("" when none). */
export async function diffSchemaAgainstMigrations(factory: MigrationAwareFactory): Promise<string> {
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  const list = listMigrations();
  return withEngine(factory, async (engine) => {
    const out = await engine.diff({
      from: list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      shadowDatabaseUrl: null,
      filters: FILTERS,
    });
    return out.stdout ?? "";
  });
}

export async function migrationStatus(factory: MigrationAwareFactory) {
  return withEngine(factory, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList: listMigrations(),
      optInToShadowDatabase: false,
      filters: FILTERS,
    }),
  );
}
