// `npm start`: build once if needed, prepare the database (migrations; demo data on
// the embedded database's first start), then serve the dashboard and print its URL.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
if (fs.existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "127.0.0.1";
// next-auth v4 builds its URLs and picks Secure cookies from NEXTAUTH_URL. Served
// directly, the address we listen on is the right one; behind an HTTPS proxy set
// NEXTAUTH_URL=https://… (then cookies get the Secure flag and __Secure- prefix).
if (!env.NEXTAUTH_URL) {
  const wildcard = host === "0.0.0.0" || host === "::";
  env.NEXTAUTH_URL = `http://${wildcard ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host}:${port}`;
  if (wildcard)
    console.warn(
      `NEXTAUTH_URL chưa đặt: tạm dùng ${env.NEXTAUTH_URL}; khi phục vụ công khai hãy đặt NEXTAUTH_URL=https://<tên miền>.`,
    );
}
// Server rendering allocates many short-lived objects; V8's default young generation
// (16 MB semi-spaces) makes the collector run so often that it took 11 % of the
// overview's CPU under load. 64 MB semi-spaces gave 20 % more pages per second
// (docs/performance.md). An operator's own NODE_OPTIONS setting wins.
if (!/--max-semi-space-size/.test(env.NODE_OPTIONS ?? "")) {
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --max-semi-space-size=64`.trim();
}
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["src", "prisma", "next.config.ts", "package.json"];
const newestSource = Math.max(
  ...sources.flatMap((s) => {
    const p = path.join(root, s);
    if (!fs.existsSync(p)) return [0];
    return fs.statSync(p).isDirectory()
      ? fs.readdirSync(p, { recursive: true }).map((f) => fs.statSync(path.join(p, f)).mtimeMs)
      : [fs.statSync(p).mtimeMs];
  }),
);
if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSource || process.env.FORCE_BUILD === "1") {
  console.log("Đang build ứng dụng (next build)…");
  run(bin("next"), ["build"]);
}

console.log("Đang chuẩn bị cơ sở dữ liệu…");
run(bin("tsx"), ["scripts/db.ts", "prepare"]);

// scripts/server.ts: Next's request handler behind the overview's page cache.
const server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
  cwd: root,
  env: { ...env, HOST: host, PORT: port, NODE_ENV: "production" },
  stdio: ["inherit", "pipe", "inherit"],
});
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (/Ready|started server/i.test(String(chunk))) {
    console.log(`\nBảng điều khiển đang chạy tại: http://${host}:${port}\n`);
  }
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
