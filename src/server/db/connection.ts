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
import type { MigrationAwareFactory } from "./migrator";

export type DatabaseKind = "server" | "embedded" | "memory";

export type DatabaseTarget = { kind: "server"; url: string } | { kind: "embedded"; dir: string } | { kind: "memory" };

export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "server", url };
  if (url === "memory://") return { kind: "memory" };
  if (url) {
    throw new Error(
      `DATABASE_URL phải là một URL postgresql:// (hoặc để trống để dùng CSDL nhúng). Nhận được: ${url.split(":")[0]}:…`,
    );
  }
  return {
    kind: "embedded",
    dir: path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite")),
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
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Session settings for the targets aggregates (docs/performance.md): JIT compiling
      // cost 2 s per national statement for nothing; more work_mem keeps their sorts and
      // hashes of millions of memberships in memory.
      options: process.env.DATABASE_PG_OPTIONS ?? "-c jit=off -c work_mem=64MB",
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
