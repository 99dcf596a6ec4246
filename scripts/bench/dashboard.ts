// The overview page's server time under load: the production server (scripts/server.ts:
// Next behind the page cache) on a loopback port against
// the bench database, a bench user signed in over HTTP (next-auth's CSRF token, then
// the credentials callback, as scripts/smoke-embedded.mjs does), then autocannon with
// concurrent connections on `/`. Latencies are collected per response, so p95 is exact.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { percentile } from "./measure";

const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/** Builds the app unless .next/BUILD_ID is newer than every source (as scripts/start.mjs). */
export function ensureBuilt(log: (m: string) => void): void {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const newest = Math.max(
    ...["src", "prisma", "next.config.ts", "package.json"].flatMap((s) => {
      const p = path.join(root, s);
      if (!fs.existsSync(p)) return [0];
      return fs.statSync(p).isDirectory()
        ? fs.readdirSync(p, { recursive: true }).map((f) => fs.statSync(path.join(p, String(f))).mtimeMs)
        : [fs.statSync(p).mtimeMs];
    }),
  );
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newest) return;
  log("Đang build ứng dụng (next build)…");
  const res = spawnSync(bin("next"), ["build"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (res.status !== 0) throw new Error(`next build thất bại (mã ${res.status})`);
}

export type Server = { base: string; child: ChildProcess; stop(): Promise<void>; peakRssMb(): number | null };

/** One secret per bench run: every instance must accept the same session cookie. */
const BENCH_SECRET = crypto.randomBytes(32).toString("base64url");

export async function startServer(databaseUrl: string, port: number): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  // The production server of `npm start` (Next behind the page cache), one process.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    cwd: root,
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: BENCH_SECRET,
      KTT_READ_MODEL: "on",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      // As scripts/start.mjs: larger young generation for server rendering.
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-semi-space-size=64`.trim(),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`máy chủ dừng (mã ${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${base}/dang-nhap`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`máy chủ chưa sẵn sàng sau 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  // The server is this one node process: its peak RSS is VmHWM of that pid.
  const peakRssMb = () => {
    try {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(status.match(/VmHWM:\s+(\d+)/)?.[1]);
      return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
    } catch {
      return null;
    }
  };
  return {
    base,
    child,
    peakRssMb,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Signs in over HTTP and returns the Cookie header of the session. */
export async function signInOverHttp(base: string, username: string, password: string): Promise<string> {
  const cookies = new Map<string, string>();
  const take = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  take(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: base }),
  });
  take(res);
  if (!header().includes("session-token")) throw new Error(`đăng nhập bench thất bại (HTTP ${res.status})`);
  return header();
}

export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
};

export async function loadTest(
  url: string,
  cookie: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    headers: { ...headers, cookie },
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx++;
  });
  const result = await instance;
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx,
  };
}
