// The one place that decides which database the app talks to:
//   DATABASE_URL=postgresql://…  → a PostgreSQL server through @prisma/adapter-pg;
//   DATABASE_URL unset           → embedded PGlite (PostgreSQL in WASM), persisted in
//                                  PGLITE_DIR (default .data/pglite, git-ignored);
//   DATABASE_URL=memory://       → an in-memory PGlite (tests without a server).
import path from "node:path";
import fs from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "@/generated/prisma/client";
import { env, type Env } from "@/config/env";
import type { MigrationAwareFactory } from "./migrator";

export type DatabaseTarget = { kind: "server"; url: string } | { kind: "embedded"; dir: string } | { kind: "memory" };

// DATABASE_URL's form (postgresql://, memory:// or unset) is checked by src/config/env.ts.
export function resolveDatabaseTarget(settings: Pick<Env, "DATABASE_URL" | "PGLITE_DIR"> = env()): DatabaseTarget {
  const url = settings.DATABASE_URL;
  if (url === "memory://") return { kind: "memory" };
  if (url) return { kind: "server", url };
  return {
    kind: "embedded",
    dir: path.resolve(/*turbopackIgnore: true*/ settings.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite")),
  };
}

export type Database = {
  target: DatabaseTarget;
  prisma: PrismaClient;
  factory: MigrationAwareFactory;
  close(): Promise<void>;
};

// Clients backed by a connection pool to a server: independent read statements may run
// at the same time there (each on its own connection and core). Not the embedded
// database (one connection) and not a transaction's client (one connection, and not in
// this set since it is a different object).
const poolClients = new WeakSet<object>();

/** True when `prisma` may run several statements at once (see poolClients). */
export function allowsConcurrentStatements(prisma: object): boolean {
  return poolClients.has(prisma);
}

export function openDatabase(target: DatabaseTarget = resolveDatabaseTarget()): Database {
  if (target.kind === "server") {
    const factory = new PrismaPg({
      connectionString: target.url,
      max: env().DATABASE_POOL_SIZE,
      // Session settings for the targets aggregates (docs/performance.md): JIT compiling
      // cost 2 s per national statement for nothing; more work_mem keeps their sorts and
      // hashes of millions of memberships in memory.
      options: env().DATABASE_PG_OPTIONS,
    });
    const prisma = new PrismaClient({ adapter: factory });
    poolClients.add(prisma);
    return { target, prisma, factory, close: () => prisma.$disconnect() };
  }
  if (target.kind === "embedded") fs.mkdirSync(target.dir, { recursive: true });
  const pglite = new PGlite(target.kind === "embedded" ? target.dir : "memory://");
  const factory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: factory });
  return {
    target,
    prisma,
    factory,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
