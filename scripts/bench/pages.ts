// `npm run bench:pages` (and the last step of `npm run bench`): what a person on a phone
// waits for, on the demo data of one district in a fresh PostgreSQL database:
// - the overview's first-load JavaScript: every script the HTML names that a browser with
//   ES modules loads, gzip-compressed (the figure issue 14 sets at ≤ 170 KB); Next's
//   noModule polyfills, for older browsers only, are printed beside it;
// - Lighthouse (its default mobile run: a mid-range phone on a slow 4G link, simulated)
//   on the overview, an organisation page and a yearly dossier page, signed in as the
//   district officer: performance and accessibility scores, LCP, CLS and TBT.
// Numbers are printed, never asserted: docs/performance.md keeps them.
//
//   npm run bench:pages -- [--port 3390] [--runs 1]
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import pg from "pg";
import { env, loadDotEnv } from "@/config/env";
import { ensureBuilt, signInOverHttp, startServer } from "./dashboard";

loadDotEnv();
const root = path.resolve(import.meta.dirname, "..", "..");
const DEMO_USER = "phongtckh";
const DEMO_PASSWORD = "demo-ktt-2026!";

type PageFigures = { label: string; url: string; perf: number; a11y: number; lcp: number; cls: number; tbt: number };

/**
 * The gzip size of every script the page's HTML loads before it can draw and respond, in
 * a browser with ES modules (every phone browser of the last years): Next's `noModule`
 * polyfills (about 39 KB gzip) are fetched only by browsers without them, so they are
 * counted apart (Lighthouse's Chrome does not fetch them either).
 */
export async function firstLoadJs(base: string, pagePath: string, cookie: string) {
  const html = await (await fetch(`${base}${pagePath}`, { headers: { cookie } })).text();
  const tags = [...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)].map((m) => ({
    src: m[2]!,
    noModule: /\bnomodule\b/i.test(`${m[1]} ${m[3]}`),
  }));
  const seen = new Set<string>();
  const sizes = { raw: 0, gzip: 0, scripts: 0, noModuleGzip: 0 };
  for (const { src, noModule } of tags) {
    if (seen.has(src)) continue;
    seen.add(src);
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    const gzip = zlib.gzipSync(body, { level: 9 }).length;
    if (noModule) {
      sizes.noModuleGzip += gzip;
      continue;
    }
    sizes.raw += body.length;
    sizes.gzip += gzip;
    sizes.scripts++;
  }
  return {
    scripts: sizes.scripts,
    rawKb: sizes.raw / 1024,
    gzipKb: sizes.gzip / 1024,
    noModuleGzipKb: sizes.noModuleGzip / 1024,
  };
}

/**
 * Lighthouse's mobile run over the pages, signed in, with Debian's chromium. Its CLI in
 * a plain node process: run through tsx, the functions Lighthouse sends into the page
 * would carry esbuild's helpers (`__name`), which do not exist there.
 */
export function lighthouseRuns(pages: { label: string; url: string }[], cookie: string, runs: number): PageFigures[] {
  const cli = path.join(root, "node_modules", "lighthouse", "cli", "index.js");
  return pages.map((p) => {
    const results: PageFigures[] = [];
    for (let i = 0; i < runs; i++) {
      const run = spawnSync(
        process.execPath,
        [
          cli,
          p.url,
          "--output=json",
          "--output-path=stdout",
          "--quiet",
          "--only-categories=performance,accessibility",
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
          `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
        ],
        {
          cwd: root,
          env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
          maxBuffer: 256 * 1024 * 1024,
          encoding: "utf8",
        },
      );
      if (run.status !== 0) throw new Error(`lighthouse ${p.url}: ${run.stderr}`);
      const lhr = JSON.parse(run.stdout) as {
        categories: Record<string, { score: number | null }>;
        audits: Record<string, { numericValue?: number }>;
      };
      results.push({
        ...p,
        perf: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        a11y: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
        cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
        tbt: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
      });
    }
    // the median run by performance score
    results.sort((a, b) => a.perf - b.perf);
    return results[Math.floor(results.length / 2)]!;
  });
}

/** The demo district in a fresh database, served by the production server. */
export async function measurePages(
  opt: { port: number; runs: number },
  log: (m: string) => void = console.log,
): Promise<string[][]> {
  const serverUrl = env().BENCH_DATABASE_URL;
  const name = `ktt_pages_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  try {
    log("Nạp dữ liệu minh họa của một huyện…");
    const prepared = spawnSync(process.execPath, ["--import", "tsx", "scripts/db.ts", "prepare"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (prepared.status !== 0) throw new Error("không nạp được dữ liệu minh họa");
    ensureBuilt(log);
    const server = await startServer(databaseUrl, opt.port);
    try {
      const cookie = await signInOverHttp(server.base, DEMO_USER, DEMO_PASSWORD);
      const list = await (await fetch(`${server.base}/to-chuc`, { headers: { cookie } })).text();
      const orgId = /href="\/to-chuc\/(\d+)"/.exec(list)?.[1];
      if (!orgId) throw new Error("không tìm thấy tổ chức nào trên /to-chuc");
      const orgHtml = await (await fetch(`${server.base}/to-chuc/${orgId}`, { headers: { cookie } })).text();
      const dossier = new RegExp(`href="(/to-chuc/${orgId}/nam/\\d{4})"`).exec(orgHtml)?.[1];
      if (!dossier) throw new Error(`không tìm thấy hồ sơ năm nào của tổ chức ${orgId}`);
      const pages = [
        { label: "tổng quan /", url: `${server.base}/` },
        { label: `tổ chức /to-chuc/${orgId}`, url: `${server.base}/to-chuc/${orgId}` },
        { label: `hồ sơ năm ${dossier}`, url: `${server.base}${dossier}` },
      ];
      const rows: string[][] = [];
      for (const p of pages) {
        const js = await firstLoadJs(server.base, new URL(p.url).pathname, cookie);
        rows.push([
          `JS tải lần đầu, ${p.label}`,
          `${js.gzipKb.toFixed(0)} KB gzip`,
          `${js.rawKb.toFixed(0)} KB chưa nén, ${js.scripts} tệp; trình duyệt không có ES module tải thêm ${js.noModuleGzipKb.toFixed(0)} KB gzip polyfill (noModule)`,
          p.label.startsWith("tổng quan") ? `≤ 170 KB: ${js.gzipKb <= 170 ? "PASS" : "FAIL"}` : "",
        ]);
      }
      log(`Lighthouse (di động, ${opt.runs} lần mỗi trang)…`);
      for (const f of lighthouseRuns(pages, cookie, opt.runs)) {
        const pass = f.perf >= 90 && f.a11y === 100 && f.lcp <= 2500 && f.cls <= 0.05;
        rows.push([
          `Lighthouse di động, ${f.label}`,
          `hiệu năng ${f.perf} · trợ năng ${f.a11y}`,
          `LCP ${(f.lcp / 1000).toFixed(2)} s · CLS ${f.cls.toFixed(3)} · TBT ${f.tbt.toFixed(0)} ms`,
          `≥ 90 / 100, LCP ≤ 2,5 s, CLS ≤ 0,05: ${pass ? "PASS" : "FAIL"}`,
        ]);
      }
      return rows;
    } finally {
      await server.stop();
    }
  } finally {
    const a = new pg.Client({ connectionString: serverUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await a.end();
  }
}

export function pagesTable(rows: string[][]): string {
  const header = ["phép đo", "kết quả", "chi tiết", "mục tiêu"];
  return [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "3390" }, runs: { type: "string", default: "1" } },
  });
  measurePages({ port: Number(values.port), runs: Number(values.runs) })
    .then((rows) => console.log(`\nTrang trên điện thoại ${new Date().toISOString()}\n\n${pagesTable(rows)}`))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
