// `npm run bench`: national-scale data in a fresh PostgreSQL database, then the targets
// computation, its floors, the overview page under load and the import, as a table
// with the goals of issue 6. See docs/performance.md.
//
//   npm run bench -- [--orgs 100000] [--members 3000000] [--runs 5] [--seed 1]
//                    [--connections 20] [--duration 20] [--dashboard-scope both|district|national]
//                    [--naive-national] [--skip-dashboard] [--skip-pages] [--keep] [--port 3300]
//
// BENCH_DATABASE_URL: the server to create the database on (default
// postgresql://postgres@127.0.0.1:5432/postgres); the database is dropped at the end
// unless --keep.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { openDatabase } from "@/server/db/connection";
import { col, parseRows, queryOne } from "@/server/db/typed-sql";
import { applyMigrations } from "@/server/db/migrator";
import { seedReferenceData, SCOPE_CODE } from "@/server/seed/reference";
import { hashPassword } from "@/server/auth/password";
import { generateDataset } from "./generate";
import { computeTargets, floorCount, naiveTargets, SNAPSHOT_WANT, time, type Timing } from "./measure";
import { RESOLUTION_20_CODE } from "@/domain/programmes/catalogue";
import { readySnapshots, refreshTargetSnapshots, wantedSnapshots } from "@/server/read-model/snapshots";
import { switchFacts } from "@/server/read-model/mode";
import { getFirstDataYear } from "@/server/targets/year-closure";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { ensureBuilt, loadTest, signInOverHttp, startServer, type LoadResult } from "./dashboard";
import { startProxy } from "./proxy";
import { measurePages, pagesTable } from "./pages";
import { measureImport } from "./import-hook";
import { env, loadDotEnv } from "@/config/env";

loadDotEnv();

const { values: args } = parseArgs({
  options: {
    orgs: { type: "string", default: "100000" },
    members: { type: "string", default: "3000000" },
    runs: { type: "string", default: "5" },
    "national-runs": { type: "string", default: "2" },
    seed: { type: "string", default: "1" },
    connections: { type: "string", default: "20" },
    duration: { type: "string", default: "20" },
    "dashboard-scope": { type: "string", default: "district" },
    "naive-national": { type: "boolean", default: false },
    "skip-dashboard": { type: "boolean", default: false },
    "skip-pages": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    port: { type: "string", default: "3300" },
  },
});
const opt = {
  orgs: Number(args.orgs),
  members: Number(args.members),
  runs: Number(args.runs),
  nationalRuns: Number(args["national-runs"]),
  seed: Number(args.seed),
  connections: Number(args.connections),
  duration: Number(args.duration),
  dashboardScopes: args["dashboard-scope"] === "both" ? ["district", "national"] : [args["dashboard-scope"]!],
  port: Number(args.port),
};

const BENCH_USER = "bench";
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (m: string) => console.log(`[${elapsed()}] ${m}`);
const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`);

async function main() {
  const serverUrl = env().BENCH_DATABASE_URL;
  const name = `ktt_bench_${new Date().toISOString().slice(0, 10).replace(/-/g, "")}_${crypto.randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const [{ server_version: serverVersion }] = parseRows(
    "server version",
    z.object({ server_version: col.text() }),
    (await admin.query("SHOW server_version")).rows,
  );
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  log(`CSDL bench: ${name} (PostgreSQL ${serverVersion})`);

  const db = openDatabase({ kind: "server", url: databaseUrl });
  const rows: string[][] = [];
  const notes: string[] = [];
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await applyMigrations(db.factory);
    await seedReferenceData(db.prisma);
    log(`Sinh dữ liệu: ${opt.orgs} tổ chức, ${opt.members} thành viên…`);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const data = await generateDataset(client, { orgs: opt.orgs, members: opt.members, seed: opt.seed, log }).finally(
      () => client.end(),
    );

    // Scopes: the whole country, one district (≈14 communes) and one commune. The
    // overview page always shows the programme scope (GCT-26-CTR); the bench points it
    // at the district, then at the whole country.
    const setProgrammeScope = async (unitIds: number[]) => {
      const scope = await db.prisma.scope.findUniqueOrThrow({ where: { code: SCOPE_CODE } });
      await db.prisma.$transaction([
        db.prisma.scopeUnit.deleteMany({ where: { scopeId: scope.id } }),
        db.prisma.scopeUnit.createMany({ data: unitIds.map((areaUnitId) => ({ scopeId: scope.id, areaUnitId })) }),
      ]);
    };
    await db.prisma.user.create({
      data: {
        username: BENCH_USER,
        fullName: "Bench",
        role: "DISTRICT",
        passwordHash: await hashPassword("bench-password-2026"),
      },
    });
    // VACUUM too: a live database's autovacuum keeps the visibility map set, which lets
    // PostgreSQL answer from indexes alone; a freshly loaded one has none yet.
    log("VACUUM ANALYZE…");
    await db.prisma.$executeRawUnsafe("VACUUM ANALYZE");
    log(`Dữ liệu: ${JSON.stringify(data.counts)}`);

    // The pre-aggregated facts the overview reads (src/server/read-model/snapshots.ts): built
    // once for the five years, then kept up to date on write (measured after the import).
    log("Dựng số liệu tổng hợp sẵn (5 năm, cả nước)…");
    await switchFacts(db.prisma, true);
    const built = await time(1, () => refreshTargetSnapshots(db.prisma, SNAPSHOT_WANT), false);
    await db.prisma.$executeRawUnsafe(`ANALYZE "TargetOrgFact", "TargetMemberOverlap"`);
    const facts = await queryOne(
      db.prisma,
      "snapshot rows",
      z.object({ orgs: col.int(), overlap: col.int() }),
      Prisma.sql`SELECT (SELECT count(*) FROM "TargetOrgFact") AS orgs, (SELECT count(*) FROM "TargetMemberOverlap") AS overlap`,
    );
    rows.push([
      "dựng số liệu tổng hợp sẵn, cả nước, 5 năm (một lần)",
      ms(built.median),
      "",
      "",
      `${Number(facts.orgs).toLocaleString("en")} dòng tổ chức-năm, ${Number(facts.overlap).toLocaleString("en")} dòng thành viên nhiều nơi`,
      "",
    ]);
    const snapshots = await readySnapshots(db.prisma);

    const scopes = [
      // National live: fewer runs and no warm-up run (each takes 15-20 s here), so the
      // whole bench stays under 15 minutes; --national-runs to change.
      {
        label: "cả nước",
        ids: data.communeIds,
        naive: args["naive-national"],
        liveRuns: opt.nationalRuns,
        warm: false,
      },
      {
        label: `1 huyện (${data.districtCommuneIds.length} xã)`,
        ids: data.districtCommuneIds,
        naive: true,
        liveRuns: opt.runs,
        warm: true,
      },
      { label: "1 xã", ids: [data.communeId], naive: true, liveRuns: opt.runs, warm: true },
    ];
    for (const s of scopes) {
      log(`Đo chỉ tiêu: ${s.label}…`);
      let counted = 0;
      const floor = await time(opt.runs, async () => (counted = await floorCount(db.prisma, s.ids)));
      let naive: Timing | null = null;
      if (s.naive) naive = await time(Math.min(opt.runs, 3), () => naiveTargets(db.prisma, s.ids));
      const pre = await time(opt.runs, () => computeTargets(db.prisma, s.ids, snapshots));
      const live = await time(s.liveRuns, () => computeTargets(db.prisma, s.ids), s.warm);
      const national = s.label === "cả nước";
      for (const [how, t, n] of [
        ["tổng hợp sẵn", pre, opt.runs],
        ["tính trực tiếp", live, s.liveRuns],
      ] as const) {
        const ratio = t.median / floor.median;
        const goal = national && how === "tổng hợp sẵn" ? (ratio <= 3 ? "PASS" : "FAIL") : "";
        rows.push([
          `11 chỉ tiêu × 5 năm, ${s.label}, ${how} (N=${n})`,
          `${ms(t.median)} / ${ms(t.p95)}`,
          `${ms(floor.median)} (${counted.toLocaleString("en")} dòng)`,
          naive ? `${ms(naive.median)} / ${ms(naive.p95)}` : "bỏ qua (giới hạn bộ nhớ)",
          `${ratio.toFixed(1)}× sàn`,
          goal ? `≤ 3× sàn: ${goal}` : "",
        ]);
      }
    }
    // Resolution 20-NQ/TW's 13 targets over the whole country (issue 12): the same data
    // and statements, two more kinds (unions and their member cooperatives).
    {
      log("Đo chỉ tiêu Nghị quyết 20-NQ/TW: cả nước…");
      const pre = await time(opt.runs, () => computeTargets(db.prisma, data.communeIds, snapshots, RESOLUTION_20_CODE));
      const floor = await time(opt.runs, () => floorCount(db.prisma, data.communeIds));
      const ratio = pre.median / floor.median;
      rows.push([
        `13 chỉ tiêu NQ 20-NQ/TW × 5 năm, cả nước, tổng hợp sẵn (N=${opt.runs})`,
        `${ms(pre.median)} / ${ms(pre.p95)}`,
        `${ms(floor.median)}`,
        "",
        `${ratio.toFixed(1)}× sàn`,
        `≤ 3× sàn: ${ratio <= 3 ? "PASS" : "FAIL"}`,
      ]);
    }
    if (!args["naive-national"])
      notes.push(
        "Cách ngây thơ cho cả nước bị bỏ qua: nạp ~3 triệu dòng thành viên vào JavaScript cần vài GB bộ nhớ (--naive-national để chạy).",
      );

    if (!args["skip-dashboard"]) {
      // The server keeps the years of its default view as of today (src/server/page-data/maintain.ts);
      // built here first, so the page is measured in its steady state rather than
      // while the server rebuilds the current year in the background.
      log("Dựng lại năm hiện tại theo ngày hôm nay (như máy chủ làm khi khởi động)…");
      await refreshTargetSnapshots(db.prisma, wantedSnapshots(await getFirstDataYear(db.prisma), todayIsoInVietnam()));
      ensureBuilt(log);
      server = await startServer(databaseUrl, opt.port);
      const cookie = await signInOverHttp(server.base, BENCH_USER, "bench-password-2026");
      for (const mode of opt.dashboardScopes) {
        await setProgrammeScope(mode === "national" ? data.communeIds : data.districtCommuneIds);
        // One request to check we measure the real page (not a redirect to sign-in).
        const t = performance.now();
        const first = await fetch(`${server.base}/`, { headers: { cookie }, redirect: "manual" });
        const html = await first.text();
        const firstMs = performance.now() - t;
        if (first.status !== 200 || !html.includes('data-testid="dashboard-scope"'))
          throw new Error(`trang tổng quan trả HTTP ${first.status}, không phải bảng điều khiển`);
        // As people use it (pages rendered once per person, filters and data version,
        // then answered from the page cache), and rendered every time (Cache-Control:
        // no-cache, what a hard reload sends): the cost of a miss.
        for (const [how, headers] of [
          ["có bộ nhớ đệm trang", {}],
          ["kết xuất mỗi lần", { "cache-control": "no-cache" }],
        ] as const) {
          log(`Tải trang tổng quan (${mode}, ${how}): ${opt.connections} kết nối × ${opt.duration} s…`);
          const r: LoadResult = await loadTest(`${server.base}/`, cookie, opt.connections, opt.duration, headers);
          const pass = r.p95 < 300 && r.errors === 0 && r.non2xx === 0;
          rows.push([
            `trang tổng quan, ${mode === "national" ? "cả nước" : "1 huyện"}, ${how}, ${opt.connections} kết nối`,
            `p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · p99 ${ms(r.p99)}`,
            `lần đầu ${ms(firstMs)}, ${(html.length / 1024).toFixed(0)} KB`,
            `${r.rps.toFixed(1)} req/s, ${r.requests} yêu cầu`,
            `lỗi ${r.errors}, non-2xx ${r.non2xx}`,
            `p95 < 300 ms: ${pass ? "PASS" : "FAIL"}`,
          ]);
        }
      }
      // The national programme's overview: its territory is the whole country whatever
      // the district scope above.
      {
        const url = `${server.base}/?chuong_trinh=${RESOLUTION_20_CODE}`;
        const t = performance.now();
        const first = await fetch(url, { headers: { cookie }, redirect: "manual" });
        const html = await first.text();
        const firstMs = performance.now() - t;
        if (first.status !== 200 || !html.includes('data-testid="dashboard-programme"'))
          throw new Error(`trang tổng quan NQ 20-NQ/TW trả HTTP ${first.status}`);
        for (const [how, headers] of [
          ["có bộ nhớ đệm trang", {}],
          ["kết xuất mỗi lần", { "cache-control": "no-cache" }],
        ] as const) {
          log(`Tải trang tổng quan NQ 20-NQ/TW (${how})…`);
          const r: LoadResult = await loadTest(url, cookie, opt.connections, opt.duration, headers);
          const pass = r.p95 < 300 && r.errors === 0 && r.non2xx === 0;
          rows.push([
            `trang tổng quan NQ 20-NQ/TW, cả nước, ${how}, ${opt.connections} kết nối`,
            `p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · p99 ${ms(r.p99)}`,
            `lần đầu ${ms(firstMs)}, ${(html.length / 1024).toFixed(0)} KB`,
            `${r.rps.toFixed(1)} req/s, ${r.requests} yêu cầu`,
            `lỗi ${r.errors}, non-2xx ${r.non2xx}`,
            `p95 < 300 ms: ${pass ? "PASS" : "FAIL"}`,
          ]);
        }
      }
      notes.push(`RSS đỉnh của máy chủ Next: ${server.peakRssMb() ?? "?"} MB`);

      // Several instances on one database (docs/deploy.md): the same load through a
      // loopback proxy to one instance, then to two. On this machine both instances and
      // PostgreSQL share its cores, so the second shows the cost of coordination more
      // than the gain of a second machine.
      await setProgrammeScope(data.districtCommuneIds);
      const second = await startServer(databaseUrl, opt.port + 1);
      try {
        for (const upstreams of [[opt.port], [opt.port, opt.port + 1]]) {
          const proxy = await startProxy(opt.port + 2, upstreams);
          try {
            for (const [how, headers] of [
              ["có bộ nhớ đệm trang", {}],
              ["kết xuất mỗi lần", { "cache-control": "no-cache" }],
            ] as const) {
              log(`Tải trang tổng quan qua proxy, ${upstreams.length} phiên bản (${how})…`);
              const r = await loadTest(`${proxy.base}/`, cookie, opt.connections, opt.duration, headers);
              rows.push([
                `trang tổng quan, 1 huyện, ${how}, qua proxy tới ${upstreams.length} phiên bản`,
                `p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · p99 ${ms(r.p99)}`,
                "",
                `${r.rps.toFixed(1)} req/s, ${r.requests} yêu cầu`,
                `lỗi ${r.errors}, non-2xx ${r.non2xx}`,
                "",
              ]);
            }
          } finally {
            await proxy.close();
          }
        }
      } finally {
        await second.stop();
      }
      // Stopped before the import, so its background refresh does not apply the
      // import's writes before the bench measures that below.
      await server.stop();
      server = undefined;
    }

    log("Nhập 10.000 dòng bảng tính (scripts/bench-import.ts)…");
    const imp = measureImport(databaseUrl, 10_000);
    if (imp.measured)
      for (const r of imp.runs)
        rows.push([
          `nhập ${r.rows.toLocaleString("en")} dòng bảng tính (${r.label})`,
          `${r.seconds.toFixed(2)} s`,
          "",
          "",
          `${r.rowsPerSecond} dòng/s`,
          `≥ 2.000 dòng/s: ${r.rowsPerSecond >= 2000 ? "PASS" : "FAIL"}`,
        ]);
    else rows.push(["nhập 10.000 dòng bảng tính", imp.reason, "", "", "", "≥ 2.000 dòng/s: chưa đo"]);
    if (imp.measured) {
      // What the next overview request (or the warmer) does after those writes.
      let applied = 0;
      const refresh = await time(
        1,
        async () => ({ organisations: applied } = await refreshTargetSnapshots(db.prisma)),
        false,
      );
      rows.push([
        "cập nhật số liệu tổng hợp sẵn sau lần nhập (5 năm)",
        ms(refresh.median),
        "",
        "",
        `${applied.toLocaleString("en")} tổ chức tính lại`,
        "",
      ]);
    }
  } finally {
    await server?.stop();
    await db.close();
    if (!args.keep) {
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    } else log(`Giữ lại CSDL: ${databaseUrl}`);
  }

  const header = ["phép đo", "trung vị / p95 (N lần)", "sàn: count(*)", "cách ngây thơ (JS)", "so sánh", "mục tiêu"];
  const table = [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  const summary = [
    `Bench ${new Date().toISOString()} · ${opt.orgs.toLocaleString("en")} tổ chức, ${opt.members.toLocaleString("en")} thành viên · N=${opt.runs} (cả nước ${opt.nationalRuns}) · tải máy lúc kết thúc ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}`,
    "",
    table,
    "",
    ...notes.map((n) => `- ${n}`),
    `- RSS đỉnh của tiến trình bench: ${peak} MB; tổng thời gian ${elapsed()}`,
  ].join("\n");
  // The phone's view: first-load JavaScript and Lighthouse on the demo district
  // (scripts/bench/pages.ts), after the load tests so they do not share the cores.
  const pages = args["skip-pages"]
    ? ""
    : `\n\nTrang trên điện thoại (dữ liệu minh họa một huyện)\n\n${pagesTable(await measurePages({ port: opt.port + 10, runs: 1 }, log))}`;
  const report = summary + pages;
  console.log(`\n${report}\n`);
  const dir = path.join(process.cwd(), "bench-results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.md`);
  fs.writeFileSync(file, report + "\n");
  console.log(`Đã lưu ${path.relative(process.cwd(), file)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
