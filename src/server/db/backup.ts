// Backup and restore of the selected database (scripts/backup.ts, scripts/restore.ts).
//   server:   pg_dump to a plain SQL file (no owners or privileges, so it restores into
//             any database), restored with psql in ONE transaction: a failure leaves
//             the target as it was;
//   embedded: PGlite's dumpDataDir() (a gzipped tarball of its data folder), restored
//             with the loadDataDir option into a fresh folder that replaces the old one
//             only once it opened successfully. Stop the app first: PGlite has one owner.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { z } from "zod";
import type { DatabaseTarget } from "./connection";
import { col, parseRows } from "./typed-sql";

export const BACKUP_DIR = path.join(process.cwd(), "backups");

const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const res = spawnSync(cmd, args, { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (res.error) throw new Error(`${cmd}: ${res.error.message} (cài postgresql-client?)`);
  if (res.status !== 0) throw new Error(`${cmd} thất bại (mã ${res.status}): ${res.stderr.trim().slice(-2000)}`);
  return res.stdout;
}

/** Major versions of the local pg_dump and of the server; pg_dump refuses a newer server. */
export async function pgDumpVersions(url: string): Promise<{ client: number; server: number }> {
  const client = Number(run("pg_dump", ["--version"]).match(/(\d+)(\.\d+)?/)?.[1]);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query("SHOW server_version_num");
    const [r] = parseRows("server version", z.object({ server_version_num: col.int() }), rows);
    return { client, server: Math.floor(r!.server_version_num / 10000) };
  } finally {
    await c.end();
  }
}

/** Writes a backup of `target` into `dir` and returns the file's path. */
export async function backupDatabase(target: DatabaseTarget, dir = BACKUP_DIR): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  if (target.kind === "server") {
    const file = path.join(dir, `ktt-${stamp()}.sql`);
    run("pg_dump", ["--format=plain", "--no-owner", "--no-privileges", "--file", file, "--dbname", target.url]);
    return file;
  }
  if (target.kind === "embedded") {
    if (!fs.existsSync(path.join(target.dir, "PG_VERSION"))) throw new Error(`Không có CSDL nhúng tại ${target.dir}`);
    const db = new PGlite(target.dir);
    try {
      // dumpDataDir() before the database has started never settles: start it first.
      await db.query("SELECT 1");
      const tarball = await db.dumpDataDir("gzip");
      const file = path.join(dir, `ktt-${stamp()}.pglite.tar.gz`);
      fs.writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
      return file;
    } finally {
      await db.close();
    }
  }
  throw new Error("CSDL trong bộ nhớ không có gì để sao lưu");
}

/** Whether the server database has any table in its public schema. */
async function serverHasTables(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    return parseRows("public tables", z.object({ n: col.int() }), rows)[0]!.n > 0;
  } finally {
    await c.end();
  }
}

export class RestoreRefused extends Error {}

/**
 * Restores `file` into `target`. Refuses a non-empty target (a server database with
 * tables, an existing embedded data folder) unless `force`: then the server's public
 * schema is dropped inside the same transaction as the restore, and the embedded
 * folder is kept beside the new one as <dir>.before-restore-<time>.
 */
export async function restoreDatabase(target: DatabaseTarget, file: string, force = false): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`Không có tệp ${file}`);
  if (target.kind === "server") {
    if (!file.endsWith(".sql")) throw new Error("CSDL máy chủ khôi phục từ tệp .sql của npm run backup");
    if ((await serverHasTables(target.url)) && !force)
      throw new RestoreRefused("CSDL đích đã có bảng: không ghi đè (thêm --force để xoá và khôi phục).");
    // "approved" holds the approval gate's views (migration approval_gate): the dump recreates it.
    const wipe = force
      ? [
          "--command",
          "DROP SCHEMA IF EXISTS approved CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;",
        ]
      : [];
    // One transaction for the wipe and the whole dump: all or nothing.
    run("psql", [
      "--quiet",
      "--no-psqlrc",
      "--set",
      "ON_ERROR_STOP=1",
      "--single-transaction",
      ...wipe,
      "--file",
      file,
      "--dbname",
      target.url,
    ]);
    return;
  }
  if (target.kind === "embedded") {
    if (!file.endsWith(".tar.gz")) throw new Error("CSDL nhúng khôi phục từ tệp .pglite.tar.gz của npm run backup");
    const exists = fs.existsSync(target.dir) && fs.readdirSync(target.dir).length > 0;
    if (exists && !force) throw new RestoreRefused(`Đã có CSDL nhúng tại ${target.dir}: không ghi đè (thêm --force).`);
    const fresh = `${target.dir}.restoring-${stamp()}`;
    const db = new PGlite(fresh, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    try {
      await db.query("SELECT 1");
    } finally {
      await db.close();
    }
    if (exists) fs.renameSync(target.dir, `${target.dir}.before-restore-${stamp()}`);
    fs.renameSync(fresh, target.dir);
    return;
  }
  throw new Error("Không khôi phục vào CSDL trong bộ nhớ");
}
