// `npm run test:e2e`: Playwright against the built app, in Debian's chromium.
// With TEST_DATABASE_URL: a fresh database on that server (migrated, demo data);
// without: a fresh embedded PGlite folder. The same variable tells the specs where
// to read the expected figures from.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium) && !process.env.CHROMIUM_PATH) installChromium();
if (!fs.existsSync(chromium)) {
  console.error(
    `Không tìm thấy trình duyệt Chromium tại ${chromium}.\n` +
      `Cài bản của Debian: sudo apt-get install -y chromium\n` +
      `hoặc đặt CHROMIUM_PATH trỏ tới một Chromium/Chrome có sẵn. (Không tải trình duyệt riêng của Playwright: máy không có mạng ngoài.)`,
  );
  process.exit(1);
}

/**
 * Debian's chromium, installed the way the README's second command promises: as root
 * directly, else through sudo when it needs no password; otherwise the message above
 * gives the one line to run. Never a browser downloaded by Playwright.
 */
function installChromium() {
  const aptGet = "/usr/bin/apt-get";
  if (!fs.existsSync(aptGet)) return;
  const asRoot = process.getuid?.() === 0;
  const sudoOk = !asRoot && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  if (!asRoot && !sudoOk) return;
  const run = (args) => {
    const [cmd, ...rest] = asRoot ? args : ["sudo", "-n", ...args];
    return spawnSync(cmd, rest, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status;
  };
  console.log("Chưa có Chromium: đang cài bản của Debian (apt-get install -y chromium)…");
  if (run([aptGet, "install", "-y", "chromium"]) !== 0) {
    // A fresh machine may not have the package lists yet.
    run([aptGet, "update"]);
    run([aptGet, "install", "-y", "chromium"]);
  }
}

const env = { ...process.env, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: "1", SEED_DEMO: "1" };
let dropDb;
if (process.env.TEST_DATABASE_URL) {
  const name = `ktt_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = env.E2E_DATABASE_URL = url.toString();
  dropDb = async () => {
    const a = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await a.end();
  };
} else {
  delete env.DATABASE_URL;
  delete env.E2E_DATABASE_URL;
  env.PGLITE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "ktt-e2e-pglite-"));
}

const res = spawnSync(path.join(root, "node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: "inherit",
});
if (dropDb) await dropDb();
if (env.PGLITE_DIR) fs.rmSync(env.PGLITE_DIR, { recursive: true, force: true });
process.exit(res.status ?? 1);
