// Seeds the database chosen by DATABASE_URL (see src/server/db/connection.ts):
//   tsx scripts/seed.ts [--scale N] [--seed S] [--from YYYY] [--to YYYY] [--force]
// Reference data is always topped up (idempotent). Demo data is generated only into a
// database without organisations, or with --force into a database marked as demo
// (its generated data are deleted first). Real data are never touched.
import { loadDotEnv } from "../src/config/env";
import { z } from "zod";
import { Prisma } from "../src/generated/prisma/client";
import { openDatabase } from "../src/server/db/connection";
import { col, queryOne } from "../src/server/db/typed-sql";
import {
  clearDemoData,
  generateDemoDataset,
  isDemoDatabase,
  seedReferenceData,
  DEFAULT_DEMO_SEED,
} from "../src/server/seed";

// Like every script, read .env (Next does that for the app).
loadDotEnv();
const TABLES = [
  "AreaUnit",
  "Scope",
  "ScopeUnit",
  "Population",
  "Organisation",
  "OrgStatusChange",
  "Person",
  "Membership",
  "UnionMembership",
  "AnnualReport",
  "Rating",
  "RatingThreshold",
  "ValueChainLink",
  "HighTechApplication",
  "DigitalPractice",
  "SupportReceived",
  "Target",
  "SystemSetting",
];

function parseArgs(argv: string[]) {
  const opts = {
    scale: 1,
    seed: DEFAULT_DEMO_SEED,
    force: false,
    fromYear: undefined as number | undefined,
    toYear: undefined as number | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v)) throw new Error(`${arg} cần một số nguyên`);
      return v;
    };
    if (arg === "--scale") opts.scale = value();
    else if (arg === "--seed") opts.seed = value();
    else if (arg === "--from") opts.fromYear = value();
    else if (arg === "--to") opts.toYear = value();
    else if (arg === "--force") opts.force = true;
    else
      throw new Error(
        `Tham số không hợp lệ: ${arg}. Dùng: tsx scripts/seed.ts [--scale N] [--seed S] [--from YYYY] [--to YYYY] [--force]`,
      );
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const db = openDatabase();
  const prisma = db.prisma;
  try {
    await seedReferenceData(prisma);
    console.log("Dữ liệu tham chiếu: đã cập nhật (đơn vị hành chính, địa bàn, ngưỡng xếp loại, chỉ tiêu).");
    const organisations = await prisma.organisation.count();
    const demo = await isDemoDatabase(prisma);
    let generate = organisations === 0 && !demo;
    if (!generate && opts.force) {
      if (!demo) throw new Error("CSDL có dữ liệu nhưng không được đánh dấu là dữ liệu minh họa: từ chối --force.");
      console.log("--force: xoá dữ liệu minh họa cũ…");
      await clearDemoData(prisma);
      generate = true;
    }
    if (generate) {
      const r = await generateDemoDataset(prisma, {
        seed: opts.seed,
        scale: opts.scale,
        fromYear: opts.fromYear,
        toYear: opts.toYear,
        log: console.log,
      });
      if (r.accountsCreated.length > 0) console.log(`Tài khoản minh họa: ${r.accountsCreated.join(", ")}`);
      console.log(
        `Đã sinh dữ liệu minh họa: seed ${r.seed}, quy mô ${r.scale}, năm ${r.fromYear}–${r.toYear}, ${(r.milliseconds / 1000).toFixed(1)} giây.`,
      );
    } else {
      console.log(
        demo
          ? "CSDL đã có dữ liệu minh họa: không sinh lại (dùng --force để sinh lại)."
          : "CSDL đã có dữ liệu thật: không sinh dữ liệu minh họa.",
      );
    }
    console.log("\nSố dòng theo bảng:");
    for (const table of TABLES) {
      const { n } = await queryOne(
        prisma,
        `rows of ${table}`,
        z.object({ n: col.int() }),
        Prisma.sql`SELECT count(*)::int AS n FROM ${Prisma.raw(`"${table}"`)}`,
      );
      console.log(`  ${table.padEnd(20)} ${String(n).padStart(9)}`);
    }
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
