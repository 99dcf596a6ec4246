// `npm run loadtest [-- --duration 60 --connections 50 --max-requests 200000 --port N]`
//
// The built app (the production server of `npm start`, scripts/server.ts: Next behind the
// overview's page cache; built first if the sources changed) on a loopback port,
// against a FRESH database filled with demo data: a new database on the PostgreSQL
// server at LOADTEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres)
// when it answers, else the embedded PGlite in a temporary folder. 50 accounts (district
// staff and commune officials) are created in that database and each signs in over
// HTTP; then autocannon keeps one connection per session busy for --duration seconds
// (stopping earlier at --max-requests), each cycling through a mix of
//   the overview (/) with various filters, organisation pages (/to-chuc/<id>), the
//   organisation list (/to-chuc with filters and pages), and data entry: a POST of a
//   small CSV of the session's own organisations to the import route in check mode.
// Why the import route: server actions are called with a per-build action id and React's
// wire format, which a load generator cannot produce faithfully; the import route is the
// one POST endpoint that takes a plain multipart form, runs the same checks (session,
// role, scope, parsing, validation against the database) and, in check mode
// ("kiem-tra"), writes nothing, so the data stay the same for every request of the run.
// Prints requests/s, latency percentiles and the error count: any status outside
// 2xx, any redirect (every session is signed in), socket errors, timeouts, and check
// answers other than { ok: true }. Exits 1 when there is any error.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import autocannonUntyped from "autocannon";
import pg from "pg";
import { invert, SECTOR_BY_KEY, STATUS_BY_KEY } from "../src/domain/import/columns";
import { env } from "../src/config/env";
import { openDatabase } from "../src/server/db/connection";
import { hashPassword } from "../src/server/auth/password";
import { ensureBuilt, signInOverHttp, startServer, type Server } from "./bench/dashboard";
import { percentile } from "./bench/measure";

const root = path.resolve(import.meta.dirname, "..");
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} phải là số dương`);
  return v;
};
const DURATION = arg("duration", 60);
const CONNECTIONS = arg("connections", 50);
const MAX_REQUESTS = arg("max-requests", 200_000);
const PASSWORD = "tai-thu-nghiem-2026!";
const YEAR = new Date().getFullYear();
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

// The part of autocannon 9's API used here (scripts/bench/autocannon.d.ts declares less).
type CannonRequest = {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  onResponse?: (status: number, body: string) => void;
};
type CannonClient = { setRequests(requests: CannonRequest[]): void };
type CannonResult = { errors: number; timeouts: number; duration: number };
type Cannon = PromiseLike<CannonResult> & {
  on(event: "response", listener: (client: object, status: number, bytes: number, ms: number) => void): Cannon;
};
const autocannon = autocannonUntyped as unknown as (options: {
  url: string;
  connections: number;
  duration: number;
  maxOverallRequests: number;
  timeout: number;
  requests: CannonRequest[];
  setupClient: (client: CannonClient) => void;
}) => Cannon;

type Session = { username: string; cookie: string; csv: string; organisationIds: number[]; communeId: number | null };

function log(m: string) {
  console.log(m);
}

/** A fresh database on the loopback PostgreSQL server, or null when none answers. */
async function createServerDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const serverUrl = env().LOADTEST_DATABASE_URL;
  if (!LOOPBACK.has(new URL(serverUrl).hostname)) throw new Error("LOADTEST_DATABASE_URL phải là địa chỉ loopback");
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `ktt_loadtest_${crypto.randomBytes(5).toString("hex")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Migrations and demo data (as `npm start` does), in a child process like the app's start. */
function prepare(env: NodeJS.ProcessEnv) {
  const res = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/db.ts", "prepare"], {
    cwd: root,
    env: { ...env, SEED_DEMO: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (res.status !== 0) throw new Error(`chuẩn bị CSDL thất bại (mã ${res.status})`);
}

const STATUS_KEY = invert(STATUS_BY_KEY);
const SECTOR_KEY = invert(SECTOR_BY_KEY);

/** 25 district officers and 25 commune officials (communes with organisations, in turn). */
async function createUsers(count: number) {
  const db = openDatabase();
  try {
    const prisma = db.prisma;
    const communes = await prisma.organisation.groupBy({
      by: ["communeId"],
      where: { commune: { validTo: null }, reports: { none: { year: YEAR, approvalStatus: "APPROVED" } } },
      _count: true,
      orderBy: { communeId: "asc" },
    });
    if (!communes.length) throw new Error("dữ liệu minh họa không có tổ chức ở xã còn hiệu lực");
    const passwordHash = await hashPassword(PASSWORD);
    const sessions: Omit<Session, "cookie">[] = [];
    for (let i = 0; i < count; i++) {
      const commune = i % 2 ? communes[(i >> 1) % communes.length].communeId : null;
      const username = `tai.${commune ? "xa" : "huyen"}.${String(i).padStart(2, "0")}`;
      await prisma.user.create({
        data: {
          username,
          fullName: `Người dùng tải ${i}`,
          role: commune ? "COMMUNE" : "DISTRICT",
          passwordHash,
          scopes: commune ? { create: [{ areaUnitId: commune }] } : undefined,
        },
      });
      // A commune official may not touch a year the district approved: rows of open years only.
      const where = {
        ...(commune ? { communeId: commune } : { commune: { validTo: null } }),
        reports: { none: { year: YEAR, approvalStatus: "APPROVED" as const } },
      };
      const available = await prisma.organisation.count({ where });
      const orgs = await prisma.organisation.findMany({
        where,
        orderBy: { id: "asc" },
        skip: commune ? 0 : (i * 3) % Math.max(1, available - 5),
        take: 5,
        select: { id: true, code: true, type: true, name: true, sector: true, currentStatus: true, commune: true },
      });
      if (!orgs.length) throw new Error(`không có tổ chức nào để ${username} nhập thử`);
      const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
      const csv = [
        "ma_to_chuc,loai_hinh,ten,ma_xa,linh_vuc,trang_thai,nam,so_thanh_vien",
        ...orgs.map((o, k) =>
          [
            quote(o.code),
            o.type,
            quote(o.name),
            o.commune.code,
            SECTOR_KEY[o.sector],
            STATUS_KEY[o.currentStatus],
            YEAR,
            20 + k,
          ].join(","),
        ),
      ].join("\r\n");
      sessions.push({ username, csv, organisationIds: orgs.map((o) => o.id), communeId: commune });
    }
    return { sessions, communeIds: communes.map((c) => c.communeId) };
  } finally {
    await db.close();
  }
}

function multipart(csv: string) {
  const boundary = `----ktt${crypto.randomBytes(8).toString("hex")}`;
  const part = (name: string, value: string, file?: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"\r\nContent-Type: text/csv` : ""}\r\n\r\n${value}\r\n`;
  const body =
    part("kind", "to-chuc-theo-nam") +
    part("mode", "kiem-tra") +
    part("file", csv, "du-lieu.csv") +
    `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

type Req = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string; kind: string };

/** One session's cycle of requests: 3 overviews, 3 organisation pages, 2 lists, 2 checked imports. */
function requestCycle(s: Session, i: number, communeIds: number[]): Req[] {
  const get = (p: string, kind: string): Req => ({ method: "GET", path: p, headers: { cookie: s.cookie }, kind });
  const { body, contentType } = multipart(s.csv);
  const post: Req = {
    method: "POST",
    path: "/nhap-xuat/nhap",
    headers: { cookie: s.cookie, "content-type": contentType },
    body,
    kind: "post",
  };
  const xa = communeIds[i % communeIds.length];
  const org = (k: number) => s.organisationIds[(i + k) % s.organisationIds.length];
  return [
    get("/", "overview"),
    get(`/to-chuc/${org(0)}`, "organisation"),
    get(`/to-chuc?page=${1 + (i % 3)}`, "list"),
    get(`/?nam=${YEAR - 1 - (i % 3)}&xa=${xa}`, "overview"),
    post,
    get(`/to-chuc/${org(1)}`, "organisation"),
    get(`/?nam=${YEAR}&loai=HTX&linh_vuc=AGRICULTURE${i % 2 ? "&chua_duyet=1" : ""}`, "overview"),
    get(`/to-chuc/${org(2)}`, "organisation"),
    get(`/to-chuc?type=HTX&commune=${s.communeId ?? xa}`, "list"),
    post,
  ];
}

async function main() {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ktt-loadtest-"));
  let server: Server | null = null;
  let serverDb: Awaited<ReturnType<typeof createServerDatabase>> = null;
  try {
    ensureBuilt(log);
    serverDb = await createServerDatabase();
    // This process (users), the prepare step and the server all read the database from the environment.
    if (serverDb) {
      process.env.DATABASE_URL = serverDb.url;
      log(`CSDL: PostgreSQL trên máy (loopback), CSDL mới ${new URL(serverDb.url).pathname.slice(1)}`);
    } else {
      delete process.env.DATABASE_URL;
      process.env.PGLITE_DIR = path.join(tmp, "pglite");
      log(`CSDL: không có PostgreSQL trên 127.0.0.1 — dùng PGlite nhúng tại ${env().PGLITE_DIR}`);
    }
    log("Đang tạo CSDL và dữ liệu minh họa…");
    prepare(process.env);
    const { sessions: users, communeIds } = await createUsers(CONNECTIONS);

    const port = arg("port", 3300 + Math.floor(Math.random() * 500));
    server = await startServer(serverDb?.url ?? "", port);
    log(`Ứng dụng: ${server.base} (scripts/server.ts, bản build)`);
    const sessions: Session[] = [];
    for (const u of users) sessions.push({ ...u, cookie: await signInOverHttp(server.base, u.username, PASSWORD) });
    log(`Đã đăng nhập ${sessions.length} phiên qua HTTP (${users.filter((u) => u.communeId).length} cán bộ xã).`);

    // Preflight: every session's check import is accepted (otherwise the run would only measure refusals).
    for (const s of sessions) {
      const { body, contentType } = multipart(s.csv);
      const res = await fetch(`${server.base}/nhap-xuat/nhap`, {
        method: "POST",
        headers: { cookie: s.cookie, "content-type": contentType },
        body,
      });
      const json = (await res.json()) as { ok: boolean; error?: string; fieldErrors?: unknown };
      if (!json.ok) throw new Error(`kiểm tra tệp của ${s.username} bị từ chối: ${JSON.stringify(json).slice(0, 500)}`);
    }

    const cycles = sessions.map((s, i) => requestCycle(s, i, communeIds));
    const latencies: number[] = [];
    const byKind = new Map<string, number>();
    // Latencies per kind of request: each client's onResponse (called by autocannon
    // just before its "response" event) notes which kind of request just completed.
    const latenciesByKind = new Map<string, number[]>();
    const lastKind = new WeakMap<object, { kind: string }>();
    let bad = 0;
    let badBodies = 0;
    const samples: string[] = [];
    let next = 0;
    log(`Tải: ${CONNECTIONS} kết nối, ${DURATION} giây (tối đa ${MAX_REQUESTS} yêu cầu)…`);
    const instance = autocannon({
      url: server.base,
      connections: CONNECTIONS,
      duration: DURATION,
      maxOverallRequests: MAX_REQUESTS,
      timeout: 30,
      requests: [{ method: "GET", path: "/" }],
      setupClient(client) {
        const cycle = cycles[next++ % cycles.length];
        const current = { kind: "" };
        lastKind.set(client, current);
        client.setRequests(
          cycle.map((r) => ({
            method: r.method,
            path: r.path,
            headers: r.headers,
            body: r.body,
            onResponse(status: number, body: string) {
              current.kind = r.kind;
              byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
              const refused = r.kind === "post" && status === 200 && !body.startsWith('{"ok":true');
              if (refused) badBodies++;
              if ((refused || status < 200 || status >= 300) && samples.length < 5)
                samples.push(`${status} ${r.method} ${r.path}: ${body.slice(0, 200)}`);
            },
          })),
        );
      },
    });
    instance.on("response", (client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      const kind = lastKind.get(client)?.kind || "?";
      let list = latenciesByKind.get(kind);
      if (!list) latenciesByKind.set(kind, (list = []));
      list.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) bad++;
    });
    const result = await instance;
    const seconds = Math.min(DURATION, result.duration);
    const errors = bad + badBodies + result.errors + result.timeouts;
    const row = (k: string, v: string) => log(`| ${k.padEnd(38)} | ${v.padStart(14)} |`);
    log("");
    log(`| ${"loadtest".padEnd(38)} | ${"".padStart(14)} |`);
    log(`|${"-".repeat(40)}|${"-".repeat(16)}|`);
    row("database", serverDb ? "PostgreSQL" : "PGlite");
    row("signed-in sessions (connections)", String(CONNECTIONS));
    row("duration (s)", seconds.toFixed(1));
    row("requests", String(latencies.length));
    for (const [k, n] of [...byKind].sort()) row(`  of which ${k}`, String(n));
    row("requests/s", (latencies.length / seconds).toFixed(1));
    row("p50 latency (ms)", percentile(latencies, 50).toFixed(0));
    row("p95 latency (ms)", percentile(latencies, 95).toFixed(0));
    row("p99 latency (ms)", percentile(latencies, 99).toFixed(0));
    row("max latency (ms)", Math.max(0, ...latencies).toFixed(0));
    for (const [k, list] of [...latenciesByKind].sort()) {
      row(`  ${k}: p50 / p95 (ms)`, `${percentile(list, 50).toFixed(0)} / ${percentile(list, 95).toFixed(0)}`);
    }
    row("status not 2xx", String(bad));
    row("check import not ok", String(badBodies));
    row("socket errors / timeouts", `${result.errors} / ${result.timeouts}`);
    row("errors (must be 0)", String(errors));
    for (const m of samples) log(`lỗi: ${m}`);
    log("");
    log(`Tổng thời gian (kể cả chuẩn bị): ${((Date.now() - started) / 1000).toFixed(0)} giây.`);
    if (errors > 0) process.exitCode = 1;
  } finally {
    await server?.stop();
    await serverDb?.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
