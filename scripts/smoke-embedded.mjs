// CI check of the quick start's promise: with no DATABASE_URL, `npm start` serves the
// dashboard on the embedded database with demo data, and a restart keeps the same data
// (nothing re-seeded, nothing duplicated). Signs in over HTTP like a browser would.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.SMOKE_PORT ?? "3210";
const base = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ktt-smoke-"));
const env = { ...process.env, PGLITE_DIR: path.join(dataDir, "pglite"), PORT: port, HOST: "127.0.0.1" };
delete env.DATABASE_URL;

function fail(message) {
  console.error(`embedded smoke test: ${message}`);
  process.exit(1);
}

async function startServer() {
  const child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after 300 s:\n${output}`)), 300_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes(`Bảng điều khiển đang chạy tại: ${base}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  await ready;
  return { child, output: () => output };
}

async function stopServer(child) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Cookie jar of one session. */
function jar() {
  const cookies = new Map();
  return {
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    take(res) {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(";");
        const i = pair.indexOf("=");
        cookies.set(pair.slice(0, i), pair.slice(i + 1));
      }
    },
  };
}

async function readFigures() {
  const c = jar();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  c.take(csrfRes);
  const { csrfToken } = await csrfRes.json();
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: c.header() },
    body: new URLSearchParams({ csrfToken, username: "phongtckh", password: "demo-ktt-2026!", callbackUrl: base }),
  });
  c.take(signIn);
  if (!c.header().includes("session-token")) fail(`sign-in with the printed demo login failed (HTTP ${signIn.status})`);

  const page = await fetch(`${base}/`, { headers: { cookie: c.header() }, redirect: "manual" });
  if (page.status !== 200) fail(`the dashboard answered HTTP ${page.status}`);
  const html = await page.text();
  if (!html.includes("Dữ liệu minh họa")) fail("the dashboard does not say its data are demo data");
  const value = (code) => {
    const m = html.match(new RegExp(`data-testid="value-${code}"[^>]*>([^<]*)<`));
    if (!m) fail(`no figure for ${code} on the dashboard`);
    return m[1];
  };
  const orgs = await (await fetch(`${base}/to-chuc`, { headers: { cookie: c.header() } })).text();
  const total = orgs.match(/data-testid="org-total"[^>]*>([^<]*)</)?.[1];
  if (!total) fail("no organisation total on /to-chuc");
  return { HTX_COUNT: value("HTX_COUNT"), THT_COUNT: value("THT_COUNT"), POP_SHARE: value("POP_SHARE"), total };
}

try {
  const first = await startServer();
  if (!/Tài khoản minh họa/.test(first.output())) fail("the demo logins were not printed");
  const before = await readFigures();
  await stopServer(first.child);

  const second = await startServer();
  if (/đang sinh dữ liệu minh họa/.test(second.output())) fail("the restart generated demo data again");
  const after = await readFigures();
  await stopServer(second.child);

  console.log("first start: ", JSON.stringify(before));
  console.log("second start:", JSON.stringify(after));
  if (JSON.stringify(before) !== JSON.stringify(after)) fail("the figures changed across a restart");
  console.log("embedded database: ok");
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
