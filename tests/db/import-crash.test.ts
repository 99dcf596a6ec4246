// A crash in the middle of an import leaves nothing half-written: a child process runs
// a large import (one transaction, through the real action) against a fresh database
// and is killed with SIGKILL while its transaction has already written rows (seen in
// pg_stat_activity as a backend of that database holding a transaction id, busy with a
// statement after the organisations' insert). PostgreSQL then rolls the transaction
// back: every table's row count is as before, and the same import run again succeeds. Needs a PostgreSQL server: on PGlite the database lives
// inside the test process, so there is no other process to kill.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { createActionWorld, tableCounter, type ActionWorld } from "./action-world";
import { CRASH_YEAR, crashSheetCsv } from "./crash/import-sheet";

const SERVER = process.env.TEST_DATABASE_URL;
const ROWS = 5_000;
const root = path.resolve(import.meta.dirname, "../..");

describe.skipIf(!SERVER)(
  "an import killed mid-transaction (needs TEST_DATABASE_URL: a server to survive the crash)",
  () => {
    let w: ActionWorld;
    let url: string;
    let communeCodes: string[];
    let watcher: pg.Client;

    beforeAll(async () => {
      w = await createActionWorld();
      if (w.db.target.kind !== "server") throw new Error("expected a server database");
      url = w.db.target.url;
      communeCodes = (
        await w.prisma.areaUnit.findMany({ where: { level: "COMMUNE", validTo: null }, select: { code: true } })
      ).map((c) => c.code);
      watcher = new pg.Client({ connectionString: url });
      await watcher.connect();
    });
    afterAll(async () => {
      await watcher?.end();
      await w?.db.dispose();
    });

    const database = () => new URL(url).pathname.slice(1);

    /** Backends of the test database (other than the watcher) inside a transaction that has written. */
    async function writingBackends(): Promise<{ state: string; query: string }[]> {
      const { rows } = await watcher.query(
        `SELECT state, left(query, 80) AS query FROM pg_stat_activity
         WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
        [database()],
      );
      return rows;
    }

    function startChild(rows: number): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
      const child = spawn(process.execPath, ["--import", "tsx", "tests/db/crash/import-child.ts"], {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: url,
          CRASH_USER: w.district.username,
          CRASH_ROWS: String(rows),
          CRASH_COMMUNES: communeCodes.join(","),
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stdout!.on("data", (c) => (out += c));
      child.stderr!.on("data", (c) => (out += c));
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      return { child, output: () => out, exited };
    }

    it(`rolls back everything when the process dies while importing ${ROWS} rows, and the import then succeeds`, async () => {
      const counts = await tableCounter(w.prisma);
      const before = await counts();

      const { child, output, exited } = startChild(ROWS);
      let killedWhileWriting: { state: string; query: string }[] = [];
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline && child.exitCode === null) {
        // Past its first statement (the organisations are in): a later table is being written.
        const writing = (await writingBackends()).filter((b) => !b.query.startsWith('INSERT INTO "Organisation"'));
        if (writing.length > 0) {
          child.kill("SIGKILL");
          killedWhileWriting = writing;
          break;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      await exited;
      expect(output(), "the import must not have finished").not.toContain("DONE");
      expect(killedWhileWriting, `the child was not seen writing:\n${output()}`).toHaveLength(1);
      if (process.env.CRASH_VERBOSE) console.log("killed during", killedWhileWriting);

      // The server notices the dead client and aborts its transaction.
      const settle = Date.now() + 30_000;
      while ((await writingBackends()).length > 0 && Date.now() < settle) await new Promise((r) => setTimeout(r, 50));
      expect(await writingBackends()).toEqual([]);
      expect(await counts(), "nothing of the killed import is left").toEqual(before);
      expect(await w.prisma.organisation.count({ where: { code: { startsWith: "CRASH-" } } })).toBe(0);

      // The same file imports cleanly afterwards (no lock, no half-state in the way).
      const file = new File([crashSheetCsv(ROWS, communeCodes)], "lan-hai.csv", { type: "text/csv" });
      const district: Viewer = w.district;
      const result = await importSpreadsheet.run(district, { kind: "to-chuc-theo-nam", file }, w.prisma);
      expect(result, JSON.stringify(result).slice(0, 500)).toMatchObject({ ok: true });
      expect(await w.prisma.organisation.count({ where: { code: { startsWith: "CRASH-" } } })).toBe(ROWS);
      expect(
        await w.prisma.annualReport.count({
          where: { year: CRASH_YEAR, organisation: { code: { startsWith: "CRASH-" } } },
        }),
      ).toBe(ROWS);
    });
  },
);
