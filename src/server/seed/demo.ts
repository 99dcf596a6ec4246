// Reproducible demo data: the 13 communes of Gò Công Tây with their cooperative groups
// (THT), cooperatives (HTX), unions (LHHTX), members, yearly reports, ratings, links,
// technology, digital practices, support and population — shaped so that the current
// year shows a mix of met and unmet targets. Same seed, scale and years ⇒ same data.
//
// scale = N generates N clusters of 13 communes: cluster 0 is the real district, the
// others are synthetic districts (codes S002, S003, …) with the same profile, so N=100
// gives ~7,000 organisations and ~1M memberships. Rows are inserted with createMany in
// batches of 5,000 with pre-assigned ids; memory holds one cluster at a time.
// Scale 1 (and 2) run in one transaction; larger scales are NOT transactional: a
// failure leaves partial data, to be removed with `tsx scripts/seed.ts --force`.
import type { PrismaClient } from "@/generated/prisma/client";
import { Rng } from "./random";
import { seedReferenceData, utcDate } from "./reference";
import { BatchWriter, MODEL_ORDER, type Db, type ModelKey } from "./demo-writer";
import { ClusterPlanner } from "./demo-plan";
import { endOf, statusAt, type Cluster, type GenContext, type OrgPlan } from "./demo-types";
import { realCluster, syntheticCluster, generatePopulation } from "./demo-areas";
import { assignSizes, generateMembers } from "./demo-members";
import { generateRatings, generateReports } from "./demo-yearly";
import { generateDigital, generateHighTech, generateValueChains } from "./demo-activities";
import { generateSupport } from "./demo-support";
import { applyDemoApprovalState } from "./demo-pending";
import { yearInVietnam } from "@/domain/time/vietnam";

export const DEFAULT_DEMO_SEED = 20261129;
export const DATASET_SETTING_KEY = "dataset";
const TRANSACTION_MAX_SCALE = 2;

export type DemoOptions = {
  seed?: number;
  scale?: number;
  fromYear?: number;
  /** Defaults to the current calendar year. */
  toYear?: number;
  log?: (message: string) => void;
};

export type DemoResult = {
  seed: number;
  scale: number;
  fromYear: number;
  toYear: number;
  inserted: Record<ModelKey, number>;
  milliseconds: number;
};

const STATUS_NOTES: Record<string, string> = {
  ACTIVE: "Đang hoạt động",
  SUSPENDED: "Tạm ngừng kinh doanh theo thông báo của tổ chức",
  DISSOLVING: "Đang làm thủ tục giải thể",
  TERMINATED: "Đã giải thể, chấm dứt tồn tại",
  NOT_AT_ADDRESS: "Không hoạt động tại địa chỉ đã đăng ký",
  TERMINATING: "Đang làm thủ tục chấm dứt hoạt động",
};

async function writeOrganisations(
  ctx: GenContext,
  orgs: OrgPlan[],
  unions: ClusterPlanner["unions"],
  rng: Rng,
): Promise<void> {
  for (const o of orgs) {
    await ctx.out.push("organisation", {
      id: o.id,
      code: o.code,
      type: o.type,
      name: o.name,
      communeId: o.communeId,
      address: o.address,
      sector: o.sector,
      mainProducts: o.products,
      foundedOn: o.foundedOn,
      hasMemberRegister: o.hasMemberRegister,
      currentStatus: statusAt(o, ctx.asOf) ?? "ACTIVE",
    });
  }
  for (const o of orgs) {
    for (const [i, e] of o.history.entries()) {
      await ctx.out.push("orgStatusChange", {
        id: ctx.out.id("orgStatusChange"),
        organisationId: o.id,
        status: e.status,
        effectiveFrom: e.from,
        decisionRef:
          i === 0
            ? `Giấy chứng nhận đăng ký ${o.type === "THT" ? "THT" : "HTX"} số ${rng.int(100, 999)}/${e.from.getUTCFullYear()}`
            : e.status === "TERMINATED"
              ? `Thông báo số ${rng.int(10, 300)}/TB-TCKH`
              : null,
        note: i === 0 ? "Thành lập" : (STATUS_NOTES[e.status] ?? null),
      });
    }
  }
  const byId = new Map(orgs.map((o) => [o.id, o]));
  for (const u of unions) {
    for (const memberOrgId of u.memberIds) {
      const end = endOf(byId.get(memberOrgId)!);
      await ctx.out.push("unionMembership", {
        id: ctx.out.id("unionMembership"),
        unionId: u.unionId,
        memberOrgId,
        joinedOn: u.joinedOn,
        leftOn: end && end > u.joinedOn ? end : null,
      });
    }
  }
}

async function generateCluster(db: Db, ctx: GenContext, root: Rng, index: number): Promise<void> {
  const rng = root.fork("cluster", index);
  const cluster: Cluster =
    index === 0 ? await realCluster(db) : await syntheticCluster(db, ctx, index, rng.fork("area"));
  await generatePopulation(ctx, cluster, rng.fork("population"));
  const planner = new ClusterPlanner(ctx, cluster, rng.fork("plan"));
  const orgs = planner.plan();
  assignSizes(ctx, orgs, rng.fork("sizes"));
  await writeOrganisations(ctx, orgs, planner.unions, rng.fork("organisations"));
  const stats = await generateMembers(ctx, orgs, rng.fork("members"));
  await generateReports(ctx, orgs, stats, rng.fork("reports"));
  await generateRatings(ctx, orgs, rng.fork("ratings"));
  await generateValueChains(ctx, orgs, rng.fork("chains"));
  await generateHighTech(ctx, orgs, rng.fork("hightech"));
  await generateDigital(ctx, orgs, rng.fork("digital"));
  await generateSupport(ctx, orgs, rng.fork("support"));
}

async function run(db: Db, o: Required<Omit<DemoOptions, "log">> & Pick<DemoOptions, "log">): Promise<DemoResult> {
  const started = performance.now();
  await seedReferenceData(db);
  const out = new BatchWriter(db, 5_000);
  await out.init();
  const years = Array.from({ length: o.toYear - o.fromYear + 1 }, (_, i) => o.fromYear + i);
  // The generator's "today" (15/11 of the last year): fixed, so that the data do not
  // depend on the day it runs; current-year events are dated before it.
  const ctx: GenContext = {
    seed: o.seed,
    fromYear: o.fromYear,
    toYear: o.toYear,
    years,
    asOf: utcDate(o.toYear, 11, 15),
    out,
  };
  const root = new Rng(o.seed);
  for (let i = 0; i < o.scale; i++) {
    await generateCluster(db, ctx, root, i);
    if (o.log && o.scale > 1 && ((i + 1) % 10 === 0 || i + 1 === o.scale))
      o.log(`Đã sinh ${i + 1}/${o.scale} cụm 13 xã`);
  }
  await out.flushAll();
  await out.syncSequences();
  await applyDemoApprovalState(db, ctx);
  // generatedAt is the only wall-clock value: metadata, not data.
  const dataset = {
    demo: true,
    seed: o.seed,
    scale: o.scale,
    fromYear: o.fromYear,
    toYear: o.toYear,
    generatedAt: new Date().toISOString(),
  };
  await db.systemSetting.upsert({
    where: { key: DATASET_SETTING_KEY },
    create: { key: DATASET_SETTING_KEY, value: dataset },
    update: { value: dataset },
  });
  const inserted = Object.fromEntries(MODEL_ORDER.map((m) => [m, out.inserted.get(m) ?? 0])) as Record<
    ModelKey,
    number
  >;
  return {
    seed: o.seed,
    scale: o.scale,
    fromYear: o.fromYear,
    toYear: o.toYear,
    inserted,
    milliseconds: Math.round(performance.now() - started),
  };
}

/**
 * Generates the demo data set into an empty database (reference data is seeded first).
 * Not idempotent: run it once, on a database without organisations.
 */
export async function generateDemoData(prisma: PrismaClient, options: DemoOptions = {}): Promise<DemoResult> {
  const o = {
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    scale: options.scale ?? 1,
    fromYear: options.fromYear ?? 2022,
    toYear: options.toYear ?? yearInVietnam(),
    log: options.log,
  };
  if (!Number.isInteger(o.scale) || o.scale < 1) throw new Error(`scale phải là số nguyên ≥ 1 (nhận ${o.scale})`);
  if (!Number.isInteger(o.seed)) throw new Error(`seed phải là số nguyên (nhận ${o.seed})`);
  if (o.fromYear > o.toYear) throw new Error(`fromYear (${o.fromYear}) phải ≤ toYear (${o.toYear})`);
  if (o.scale <= TRANSACTION_MAX_SCALE) {
    return prisma.$transaction((tx) => run(tx, o), { timeout: 10 * 60_000, maxWait: 60_000 });
  }
  return run(prisma, o);
}
