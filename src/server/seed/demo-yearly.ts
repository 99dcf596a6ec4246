// Yearly figures: annual reports (with their approval state) and cooperative ratings.
// Ratings follow a quota per year so the share rated Tốt/Khá rises from ~50% to
// ~62–65% today (target: over 60%), whatever the seed; levels are always derived
// from the score with the thresholds of Thông tư 01/2020/TT-BKHĐT.
import type { ApprovalStatus, RatingLevel } from "@/generated/prisma/enums";
import { DAY, type Rng } from "./random";
import { DEFAULT_RATING_THRESHOLDS, utcDate } from "./reference";
import { isActiveAt, statusAt, yearEnd, type GenContext, type OrgPlan } from "./demo-types";
import type { MemberStats } from "./demo-members";

/** Rounded to thousand đồng, as reports are kept. */
const money = (dong: number) => BigInt(Math.round(Math.max(dong, -1e15) / 1000)) * 1000n;
const M = 1_000_000;

export function levelForScore(score: number): RatingLevel {
  const t = DEFAULT_RATING_THRESHOLDS;
  return score >= t.GOOD ? "GOOD" : score >= t.FAIR ? "FAIR" : score >= t.AVERAGE ? "AVERAGE" : "WEAK";
}

function at<T>(list: readonly T[], i: number): T {
  return list[Math.min(Math.max(i, 0), list.length - 1)];
}

/** Timestamp during office hours in Vietnam (UTC+7) on the given day. */
const officeTime = (rng: Rng, day: Date) => new Date(day.getTime() + rng.int(1, 9) * 3_600_000);

export async function generateReports(ctx: GenContext, orgs: OrgPlan[], stats: MemberStats, rng: Rng): Promise<void> {
  for (const org of orgs) {
    const base =
      org.sector === "CREDIT"
        ? rng.between(15_000, 30_000) * M
        : org.type === "LHHTX"
          ? rng.between(5_000, 20_000) * M
          : org.type === "THT"
            ? rng.between(80, 2_500) * M
            : Math.min(
                40_000 * M,
                Math.max(300 * M, 2_500 * M * rng.logNormal(0.8) * Math.pow(Math.max(org.targetSize, 10) / 250, 0.6)),
              );
    const income = rng.between(42, 80) * M;
    for (const [k, y] of ctx.years.entries()) {
      const ye = yearEnd(ctx, y);
      if (!isActiveAt(org, ye)) continue;
      const f = stats.get(org.id)?.[k] ?? null;
      const grow = Math.pow(1.06, k) * rng.logNormal(0.08);
      const revenue = base * grow * (org.foundedOn.getUTCFullYear() === y ? 0.4 : 1);
      const margin =
        org.sector === "CREDIT"
          ? rng.between(0.08, 0.12)
          : Math.min(0.15, Math.max(-0.08, 0.02 + 0.03 * org.quality + rng.normal(0, 0.02)));
      const charter =
        org.type === "LHHTX"
          ? money(rng.between(2_000, 6_000) * M)
          : org.type === "THT"
            ? null
            : (f?.capital ?? money(org.targetSize * 5 * M));
      const assets =
        org.sector === "CREDIT"
          ? rng.between(150_000, 300_000) * M * Math.pow(1.07, k)
          : org.type === "THT"
            ? revenue * rng.between(0.3, 0.8)
            : Number(charter ?? 0n) * rng.between(1.3, 3.5);
      const current = y === ctx.toYear;
      // Past years are closed: every dossier approved. The current year is under way:
      // some dossiers approved, some waiting for the district, some still drafts or
      // returned (their data pending: demo-pending.ts), some not sent at all.
      const state = current
        ? rng.weighted<ApprovalStatus | "UNSENT">(
            ["DRAFT", "SUBMITTED", "APPROVED", "RETURNED", "UNSENT"],
            [12, 25, 40, 5, 18],
          )
        : "APPROVED";
      if (state === "UNSENT") continue;
      const approval: ApprovalStatus = state;
      const submittedDay = current
        ? rng.dateBetween(utcDate(y, 10, 1), new Date(ctx.asOf.getTime() - 6 * DAY))
        : rng.dateBetween(utcDate(y, 12, 1), utcDate(y, 12, 14));
      const submittedAt = approval === "DRAFT" ? null : officeTime(rng, submittedDay);
      const approvedAt =
        approval !== "APPROVED"
          ? null
          : current
            ? officeTime(rng, new Date(submittedDay.getTime() + rng.int(1, 5) * DAY))
            : officeTime(rng, rng.dateBetween(utcDate(y + 1, 1, 5), utcDate(y + 1, 1, 25)));
      await ctx.out.push("annualReport", {
        id: ctx.out.id("annualReport"),
        organisationId: org.id,
        year: y,
        memberCount: org.type === "LHHTX" ? null : (f?.members ?? null),
        officialMemberCount: org.type === "LHHTX" ? null : (f?.official ?? null),
        employeeCount:
          org.type === "THT"
            ? null
            : org.sector === "CREDIT"
              ? rng.int(8, 14)
              : org.type === "LHHTX"
                ? rng.int(5, 12)
                : Math.min(60, Math.max(2, Math.round(3 + (org.targetSize / 40) * rng.between(0.5, 1.5)))),
        charterCapital: charter,
        totalAssets: money(assets),
        revenue: money(revenue),
        profit: money(revenue * margin),
        avgMemberIncome: org.type === "LHHTX" ? null : money(income * Math.pow(1.05, k)),
        effective: org.type === "THT" ? org.quality + rng.normal(0, 0.4) > -0.7 : null,
        approvalStatus: approval,
        reviewComment: approval === "RETURNED" ? "Đề nghị bổ sung số liệu doanh thu và số thành viên cuối kỳ." : null,
        submittedAt,
        approvedAt,
      });
    }
  }
}

/** Share of eligible HTX rated Tốt/Khá, by distance from the current year. */
const GOOD_FAIR_SHARE_FROM_END = [0.65, 0.61, 0.57, 0.54, 0.5];
/** Eligible HTX left unrated in the current year on purpose (flagged by the engine). */
const UNRATED_NOW = 2;

export async function generateRatings(ctx: GenContext, orgs: OrgPlan[], rng: Rng): Promise<void> {
  const coops = orgs.filter((o) => o.type === "HTX" || o.type === "LHHTX");
  for (const y of ctx.years) {
    const ye = yearEnd(ctx, y);
    const dec31 = utcDate(y, 12, 31);
    const eligible: OrgPlan[] = [];
    const push = (
      org: OrgPlan,
      score: number | null,
      extra: { eligible?: boolean; notRatedReason?: "UNDER_12_MONTHS" | "STOPPED_OVER_3_MONTHS" } = {},
    ) =>
      ctx.out.push("rating", {
        id: ctx.out.id("rating"),
        organisationId: org.id,
        year: y,
        scheme: org.sector === "AGRICULTURE" ? "AGRICULTURE" : "GENERAL",
        eligible: extra.eligible ?? true,
        score: score === null ? null : score.toFixed(2),
        level: score === null ? null : levelForScore(Number(score.toFixed(2))),
        notRatedReason: extra.notRatedReason ?? null,
      });
    for (const o of coops) {
      const s = statusAt(o, ye);
      if (s === "ACTIVE") {
        const anniversary = utcDate(
          o.foundedOn.getUTCFullYear() + 1,
          o.foundedOn.getUTCMonth() + 1,
          o.foundedOn.getUTCDate(),
        );
        if (anniversary > dec31) await push(o, null, { eligible: false, notRatedReason: "UNDER_12_MONTHS" });
        else if (o.type === "LHHTX") await push(o, rng.between(66, 88));
        else eligible.push(o);
      } else if (s === "SUSPENDED") {
        const since = [...o.history].reverse().find((e) => e.status === "SUSPENDED" && e.from <= ye)!.from;
        if (ye.getTime() - since.getTime() > 90 * DAY)
          await push(o, null, { eligible: false, notRatedReason: "STOPPED_OVER_3_MONTHS" });
      }
    }
    const ranked = eligible
      .map((o) => ({ o, key: o.quality + rng.normal(0, 0.35) }))
      .sort((a, b) => b.key - a.key)
      .map((r) => r.o);
    const n = ranked.length;
    const current = y === ctx.toYear;
    let k = current ? Math.floor(0.65 * n) : Math.round(at(GOOD_FAIR_SHARE_FROM_END, ctx.toYear - y) * n);
    if (current && n > 0 && k * 100 <= 60 * n) k++; // "trên 60%": exactly 60% would not be met
    const good = Math.ceil(0.4 * k);
    const weakFrom = n - Math.round(0.15 * n);
    const unrated = new Set(current ? rng.sample(ranked.slice(k), UNRATED_NOW) : []);
    for (const [i, o] of ranked.entries()) {
      if (unrated.has(o)) continue;
      const score =
        i < good
          ? rng.between(80, 96)
          : i < k
            ? rng.between(65, 79.99)
            : i >= weakFrom
              ? rng.between(35, 49.99)
              : rng.between(50, 64.99);
      await push(o, score);
    }
  }
}
