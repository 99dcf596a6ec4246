// Members: sizes of organisations, persons and member registers. Sizes are normalised
// so that members of active HTX total ~8.4–8.9k and of active THT ~3.7–4.3k today
// (targets 10,500 and 5,000), and ~10% of memberships reuse a person of the same
// commune who already belongs to another organisation (the programme says people may
// join several; the population share must count them once).
import type { MemberType } from "@/generated/prisma/enums";
import { DAY, type Rng } from "./random";
import { personName } from "./demo-names";
import { endOf, isActiveAt, yearEnd, type GenContext, type OrgPlan } from "./demo-types";

export type YearFigures = { members: number; official: number; capital: bigint | null };
/** Per organisation id, figures per year offset (index = year - fromYear). */
export type MemberStats = Map<number, Array<YearFigures | null>>;

const REUSE_SHARE = 0.1;

export function assignSizes(ctx: GenContext, orgs: OrgPlan[], rng: Rng): void {
  const recency = (o: OrgPlan) => {
    const age = ctx.toYear - o.foundedOn.getUTCFullYear();
    return age <= 0 ? 0.35 : age === 1 ? 0.6 : 1;
  };
  const shape = (type: "HTX" | "THT", total: number, min: number) => {
    const all = orgs.filter((o) => o.type === type && o.sector !== "CREDIT");
    const weights = new Map(all.map((o) => [o.id, rng.logNormal(0.6) * recency(o)]));
    const active = all.filter((o) => isActiveAt(o, ctx.asOf));
    const sum = active.reduce((s, o) => s + weights.get(o.id)!, 0) || 1;
    const mean = total / Math.max(1, active.length);
    for (const o of all) {
      const w = weights.get(o.id)!;
      o.targetSize = Math.max(min, Math.round(active.includes(o) ? (w / sum) * total : w * mean * 0.7));
    }
  };
  const credit = orgs.filter((o) => o.sector === "CREDIT");
  let creditTotal = 0;
  for (const c of credit) {
    c.targetSize = rng.int(2200, 2600);
    if (isActiveAt(c, ctx.asOf)) creditTotal += c.targetSize;
  }
  shape("HTX", rng.int(8400, 8900) - creditTotal, 8);
  shape("THT", rng.int(3700, 4300), 5);
}

type Row = { joined: Date; left: Date | null; type: MemberType; capital: bigint };

function capitalFor(rng: Rng, org: OrgPlan, type: MemberType): bigint {
  if (type === "ASSOCIATE_NO_CAPITAL") return 0n;
  const [lo, hi] =
    org.sector === "CREDIT" ? [0.3, 5] : org.type === "THT" ? [0.5, 5] : type === "OFFICIAL" ? [1, 30] : [5, 80];
  // In millions of đồng, rounded to 100,000 đồng as in real registers.
  return BigInt(Math.round(rng.between(lo, hi) * 10)) * 100_000n;
}

function statsFromRows(ctx: GenContext, org: OrgPlan, rows: Row[]): Array<YearFigures | null> {
  return ctx.years.map((y) => {
    const ye = yearEnd(ctx, y);
    if (org.foundedOn > ye) return null;
    let members = 0;
    let official = 0;
    let capital = 0n;
    for (const r of rows) {
      if (r.joined > ye || (r.left && r.left <= ye)) continue;
      members++;
      if (r.type === "OFFICIAL") official++;
      capital += r.capital;
    }
    return { members, official, capital };
  });
}

function statsFromSize(ctx: GenContext, org: OrgPlan, rng: Rng): Array<YearFigures | null> {
  const refYear = endOf(org)?.getUTCFullYear() ?? ctx.toYear;
  const min = org.type === "THT" ? 3 : 7;
  return ctx.years.map((y) => {
    if (org.foundedOn > yearEnd(ctx, y)) return null;
    const firstYear = org.foundedOn.getUTCFullYear() === y ? 0.7 : 1;
    const members = Math.max(
      min,
      Math.round(org.targetSize * Math.max(0.5, 1 - org.memberGrowth * (refYear - y)) * firstYear),
    );
    const capital = org.type === "HTX" ? BigInt(members) * BigInt(rng.int(30, 100)) * 100_000n : null;
    return { members, official: org.type === "HTX" ? Math.round(members * 0.9) : members, capital };
  });
}

/** Persons and member registers of one cluster; returns the yearly member figures. */
export async function generateMembers(ctx: GenContext, orgs: OrgPlan[], rng: Rng): Promise<MemberStats> {
  const stats: MemberStats = new Map();
  const pools = new Map<number, number[]>();
  const ordered = orgs.filter((o) => o.type !== "LHHTX").sort((a, b) => a.foundedOn.getTime() - b.foundedOn.getTime());
  for (const org of ordered) {
    if (!org.hasMemberRegister) {
      stats.set(org.id, statsFromSize(ctx, org, rng));
      continue;
    }
    // Persons of earlier organisations of the same commune (of the cluster if none yet):
    // this organisation's own new members join the pool only afterwards.
    const local = pools.get(org.slot) ?? [];
    pools.set(org.slot, local);
    const pool = local.length > 0 ? local : [...pools.values()].flat();
    const created: number[] = [];
    const mine = new Set<number>();
    const end = endOf(org);
    const last = end ?? ctx.asOf;
    const span = Math.max(1, Math.floor((last.getTime() - org.foundedOn.getTime()) / DAY));
    const stayers = org.targetSize;
    const leavers = Math.round(stayers * rng.between(0.04, 0.1));
    const founders = Math.max(org.type === "THT" ? 2 : 7, Math.round(stayers * 0.2));
    const rows: Row[] = [];
    for (let i = 0; i < stayers + leavers; i++) {
      const founder = i < founders;
      const joined = founder ? org.foundedOn : new Date(org.foundedOn.getTime() + rng.int(0, span) * DAY);
      let left: Date | null = end;
      if (i >= stayers) {
        const rest = Math.floor((last.getTime() - joined.getTime()) / DAY);
        left = new Date(joined.getTime() + Math.max(1, rng.int(1, Math.max(1, rest))) * DAY);
      }
      const type: MemberType = founder
        ? "OFFICIAL"
        : rng.weighted<MemberType>(["OFFICIAL", "ASSOCIATE_CAPITAL", "ASSOCIATE_NO_CAPITAL"], [88, 8, 4]);
      const capital = capitalFor(rng, org, type);
      let personId: number | undefined;
      if (pool.length > 0 && rng.chance(REUSE_SHARE)) {
        for (let t = 0; t < 3 && personId === undefined; t++) {
          const p = rng.pick(pool);
          if (!mine.has(p)) personId = p;
        }
      }
      if (personId === undefined) {
        personId = ctx.out.id("person");
        const n = personName(rng);
        await ctx.out.push("person", {
          id: personId,
          kind: rng.chance(0.12) ? "HOUSEHOLD" : "INDIVIDUAL",
          fullName: n.fullName,
          gender: n.gender,
          birthYear: Math.min(2004, Math.max(1940, Math.round(rng.normal(1972, 11)))),
          ethnicity: rng.chance(0.99) ? "Kinh" : "Hoa",
          communeId: org.communeId,
        });
        created.push(personId);
      }
      mine.add(personId);
      rows.push({ joined, left, type, capital });
      await ctx.out.push("membership", {
        id: ctx.out.id("membership"),
        organisationId: org.id,
        personId,
        memberType: type,
        joinedOn: joined,
        leftOn: left,
        capitalContributed: capital,
      });
    }
    for (const id of created) local.push(id);
    stats.set(org.id, statsFromRows(ctx, org, rows));
  }
  return stats;
}
