// Value-chain links, high-technology applications, digital practices and support
// received. Each follows a yearly quota over a stable per-organisation propensity, so
// the set of organisations with a linkage/technology mostly persists year to year and
// the current-year shape is predictable: ~40–45% of active HTX linked (target 50%),
// exactly 7 HTX with high technology in the current year (target: more than 5),
// digital practices in ~48% of active organisations (target 100% by 2045).
// Support received (programme IV.2) is in demo-support.ts.
import type { DigitalPracticeType, HighTechType } from "@/generated/prisma/enums";
import { DAY, type Rng } from "./random";
import { utcDate } from "./reference";
import { partnerFor } from "./demo-names";
import { isActiveAt, yearEnd, type GenContext, type OrgPlan } from "./demo-types";

const at = <T>(list: readonly T[], i: number): T => list[Math.min(Math.max(i, 0), list.length - 1)];

/** For each year, the `count(n)` active candidates with the highest key. */
function yearlySets(
  ctx: GenContext,
  orgs: OrgPlan[],
  filter: (o: OrgPlan) => boolean,
  count: (y: number, n: number) => number,
  key: (o: OrgPlan) => number,
) {
  const sets = new Map<number, OrgPlan[]>();
  for (const y of ctx.years) {
    const pool = orgs.filter((o) => filter(o) && isActiveAt(o, yearEnd(ctx, y))).sort((a, b) => key(b) - key(a));
    sets.set(y, pool.slice(0, count(y, pool.length)));
  }
  return sets;
}

/** Consecutive years in which an organisation is in the set: one record per run. */
function runs(ctx: GenContext, sets: Map<number, OrgPlan[]>): Array<{ org: OrgPlan; from: number; to: number }> {
  const out: Array<{ org: OrgPlan; from: number; to: number }> = [];
  const open = new Map<OrgPlan, number>();
  for (const y of [...ctx.years, ctx.toYear + 1]) {
    const now = new Set(sets.get(y) ?? []);
    for (const [org, from] of open)
      if (!now.has(org)) {
        out.push({ org, from, to: y - 1 });
        open.delete(org);
      }
    for (const org of now) if (!open.has(org)) open.set(org, y);
  }
  return out.sort((a, b) => a.org.id - b.org.id || a.from - b.from);
}

function runDates(ctx: GenContext, rng: Rng, org: OrgPlan, from: number, to: number) {
  const earliest = new Date(org.foundedOn.getTime() + 20 * DAY);
  let validFrom: Date;
  if (from === ctx.fromYear && org.foundedOn < utcDate(from - 2, 1, 1) && rng.chance(0.5)) {
    validFrom = rng.dateBetween(utcDate(from - 2, 1, 1), utcDate(from - 1, 12, 1)); // signed before the data starts
  } else {
    validFrom = rng.dateBetween(utcDate(from, 1, 10), utcDate(from, 6, 30));
    if (validFrom < earliest) validFrom = earliest;
    const ye = yearEnd(ctx, from);
    if (validFrom > ye) validFrom = ye;
  }
  const validTo =
    to < ctx.toYear ? utcDate(to, 12, 31) : rng.chance(0.3) ? null : utcDate(ctx.toYear + rng.int(0, 3), 12, 31);
  return { validFrom, validTo };
}

// Nearly flat on purpose: the demo shows one target off track (linkage stagnates).
const CHAIN_HTX_FROM_END = [0.39, 0.385, 0.38, 0.375, 0.37];
const CHAIN_THT_FROM_END = [0.22, 0.2, 0.18, 0.16, 0.14];

export async function generateValueChains(ctx: GenContext, orgs: OrgPlan[], rng: Rng): Promise<void> {
  const share = (list: number[]) => (y: number, n: number) => Math.round(at(list, ctx.toYear - y) * n);
  const ofType = (type: OrgPlan["type"], count: (y: number, n: number) => number, prop: (o: OrgPlan) => number) =>
    runs(
      ctx,
      yearlySets(ctx, orgs, (o) => o.type === type, count, prop),
    );
  const all = [
    ...ofType("HTX", share(CHAIN_HTX_FROM_END), (o) => o.chainProp),
    ...ofType("THT", share(CHAIN_THT_FROM_END), (o) => o.chainProp),
    ...ofType(
      "LHHTX",
      (_y, n) => n,
      () => 0,
    ),
  ];
  for (const { org, from, to } of all) {
    const links = org.type === "HTX" && rng.chance(0.25) ? 2 : 1;
    for (let i = 0; i < links; i++) {
      const product = org.products[i % org.products.length];
      const { validFrom, validTo } = runDates(ctx, rng, org, from, to);
      await ctx.out.push("valueChainLink", {
        id: ctx.out.id("valueChainLink"),
        organisationId: org.id,
        partnerName: partnerFor(rng, product),
        role: org.type === "LHHTX" || (org.type === "HTX" && rng.chance(0.4)) ? "LEAD" : "MEMBER",
        product,
        areaHa: org.sector === "AGRICULTURE" && product !== "chăn nuôi bò" ? rng.between(5, 150).toFixed(2) : null,
        contractRef: `${rng.int(1, 99)}/${validFrom.getUTCFullYear()}/HĐLK`,
        validFrom,
        validTo,
      });
    }
  }
}

const HIGH_TECH_FROM_END = [7, 6, 5, 4, 3];

function highTech(
  rng: Rng,
  type: HighTechType,
  product: string,
  from: Date,
): { description: string; evidence: string } {
  const date = `${String(from.getUTCDate()).padStart(2, "0")}/${String(from.getUTCMonth() + 1).padStart(2, "0")}/${from.getUTCFullYear()}`;
  switch (type) {
    case "GREENHOUSE":
      return {
        description: `Nhà màng ${rng.int(1, 6) * 1000} m² trồng ${product}`,
        evidence: `Biên bản nghiệm thu nhà màng ngày ${date}`,
      };
    case "WATER_SAVING_IRRIGATION":
      return {
        description: `Tưới nhỏ giọt, phun sương cho ${rng.int(5, 40)} ha ${product}`,
        evidence: `Biên bản nghiệm thu hệ thống tưới tiết kiệm ngày ${date}`,
      };
    case "VIETGAP":
      return {
        description: `${rng.int(10, 80)} ha ${product} đạt chứng nhận VietGAP`,
        evidence: `Giấy chứng nhận VietGAP số VietGAP-TT-${rng.int(10, 99)}-${rng.int(10, 99)}-82-${rng.int(1000, 9999)}`,
      };
    case "GLOBALGAP":
      return {
        description: `Vùng ${product} đạt GlobalG.A.P.`,
        evidence: `Chứng nhận GlobalG.A.P. GGN 40${rng.int(10_000_000, 99_999_999)}`,
      };
    case "TRACEABILITY":
      return {
        description: `Mã số vùng trồng và tem truy xuất nguồn gốc cho ${product}`,
        evidence: `Mã số vùng trồng VN-TGOR-${rng.int(100, 999)}`,
      };
    case "IOT":
      return {
        description: `Cảm biến độ mặn, độ ẩm đất cho vườn ${product}`,
        evidence: `Hợp đồng lắp đặt hệ thống cảm biến ngày ${date}`,
      };
    case "MECHANISATION":
      return {
        description: `Cơ giới hóa khâu gieo sạ, thu hoạch ${product}`,
        evidence: `Hóa đơn mua máy gặt đập liên hợp ngày ${date}`,
      };
    default:
      return {
        description: `Ứng dụng chế phẩm sinh học trong sản xuất ${product}`,
        evidence: `Quy trình kỹ thuật được Trạm Khuyến nông xác nhận ngày ${date}`,
      };
  }
}

export async function generateHighTech(ctx: GenContext, orgs: OrgPlan[], rng: Rng): Promise<void> {
  const sets = yearlySets(
    ctx,
    orgs,
    (o) => o.type === "HTX" && o.sector === "AGRICULTURE",
    (y, n) => Math.min(n, at(HIGH_TECH_FROM_END, ctx.toYear - y)),
    (o) => o.techProp,
  );
  for (const { org, from, to } of runs(ctx, sets)) {
    const types: HighTechType[] = org.techFriendly
      ? ["VIETGAP", "WATER_SAVING_IRRIGATION", "GREENHOUSE", "TRACEABILITY", "IOT", "GLOBALGAP"]
      : ["VIETGAP", "MECHANISATION", "TRACEABILITY", "BIOTECH", "WATER_SAVING_IRRIGATION"];
    for (const type of rng.sample(types, rng.chance(0.35) ? 2 : 1)) {
      const { validFrom, validTo } = runDates(ctx, rng, org, from, to);
      const t = highTech(rng, type, org.products[0], validFrom);
      await ctx.out.push("highTechApplication", {
        id: ctx.out.id("highTechApplication"),
        organisationId: org.id,
        technologyType: type,
        description: t.description,
        evidence: rng.chance(0.75) ? t.evidence : null, // missing evidence is flagged, not excluded
        validFrom,
        validTo,
      });
    }
  }
}

const DIGITAL_FROM_END = [0.48, 0.42, 0.36, 0.29, 0.22];
const DIGITAL_NOTES: Record<DigitalPracticeType, string> = {
  DIGITAL_PAYMENT: "Thanh toán không dùng tiền mặt qua mã QR",
  WEBSITE_SOCIAL: "Trang Facebook, Zalo OA giới thiệu sản phẩm",
  ACCOUNTING_SOFTWARE: "Phần mềm kế toán",
  QR_TRACEABILITY: "Tem QR truy xuất nguồn gốc",
  E_COMMERCE: "Gian hàng trên sàn thương mại điện tử (Postmart, Voso)",
  MANAGEMENT_SOFTWARE: "Phần mềm quản lý thành viên, sản xuất",
  OTHER: "Ứng dụng khác",
};

export async function generateDigital(ctx: GenContext, orgs: OrgPlan[], rng: Rng): Promise<void> {
  const sets = yearlySets(
    ctx,
    orgs,
    () => true,
    (y, n) => Math.round(at(DIGITAL_FROM_END, ctx.toYear - y) * n),
    (o) => o.digitalProp,
  );
  const preference = new Map<number, DigitalPracticeType[]>();
  const adoptedYears = new Map<number, number>();
  for (const y of ctx.years) {
    for (const org of sets.get(y) ?? []) {
      let prefs = preference.get(org.id);
      if (!prefs) {
        const first: DigitalPracticeType[] =
          org.sector === "CREDIT"
            ? ["ACCOUNTING_SOFTWARE", "MANAGEMENT_SOFTWARE"]
            : ["DIGITAL_PAYMENT", "WEBSITE_SOCIAL"];
        const rest = rng.shuffle<DigitalPracticeType>([
          "ACCOUNTING_SOFTWARE",
          "QR_TRACEABILITY",
          "E_COMMERCE",
          "MANAGEMENT_SOFTWARE",
          "DIGITAL_PAYMENT",
          "WEBSITE_SOCIAL",
        ]);
        prefs = [...new Set([rng.pick(first), ...rest])];
        preference.set(org.id, prefs);
      }
      const years = adoptedYears.get(org.id) ?? 0;
      adoptedYears.set(org.id, years + 1);
      for (const practice of prefs.slice(0, Math.min(3, 1 + Math.floor(years / 2)))) {
        await ctx.out.push("digitalPractice", {
          id: ctx.out.id("digitalPractice"),
          organisationId: org.id,
          year: y,
          practice,
          note: DIGITAL_NOTES[practice],
        });
      }
    }
  }
}
