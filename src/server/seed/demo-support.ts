// Support received by organisations under the policies of programme section IV.2: a
// fixed number of recipients per policy area and year, so every area has data.
import type { PolicyArea } from "@/generated/prisma/enums";
import type { Rng } from "./random";
import { isActiveAt, yearEnd, type GenContext, type OrgPlan } from "./demo-types";

/** Recipients per year and cluster, amount range in million đồng, HTX only?, notes. */
const SUPPORT: Record<PolicyArea, { n: number; min: number; max: number; coopOnly: boolean; notes: string[] }> = {
  HUMAN_RESOURCES: {
    n: 8,
    min: 3,
    max: 30,
    coopOnly: false,
    notes: ["Tập huấn quản trị HTX", "Bồi dưỡng kế toán HTX", "Hỗ trợ đưa cán bộ trẻ về làm việc tại HTX"],
  },
  LAND: { n: 1, min: 50, max: 300, coopOnly: true, notes: ["Hỗ trợ thuê đất xây dựng kho, sân phơi"] },
  FINANCE_TAX: {
    n: 4,
    min: 10,
    max: 120,
    coopOnly: true,
    notes: ["Miễn, giảm thuế thu nhập doanh nghiệp", "Hỗ trợ kinh phí thành lập mới HTX"],
  },
  CREDIT: {
    n: 5,
    min: 100,
    max: 2_000,
    coopOnly: true,
    notes: ["Vay vốn Quỹ hỗ trợ phát triển HTX tỉnh", "Vay ưu đãi Ngân hàng Chính sách xã hội"],
  },
  SCIENCE_TECH: {
    n: 3,
    min: 50,
    max: 500,
    coopOnly: true,
    notes: ["Hỗ trợ ứng dụng khoa học công nghệ, chuyển đổi số", "Hỗ trợ cấp mã số vùng trồng, tem truy xuất"],
  },
  MARKET: {
    n: 5,
    min: 5,
    max: 80,
    coopOnly: false,
    notes: ["Tham gia hội chợ, xúc tiến thương mại", "Hỗ trợ xây dựng nhãn hiệu, bao bì sản phẩm OCOP"],
  },
  INFRASTRUCTURE: {
    n: 2,
    min: 300,
    max: 3_000,
    coopOnly: true,
    notes: ["Hỗ trợ xây dựng nhà kho, sân phơi", "Hỗ trợ xây dựng hệ thống thủy lợi nội đồng, ngăn mặn"],
  },
  SOCIAL_INSURANCE: {
    n: 3,
    min: 5,
    max: 40,
    coopOnly: true,
    notes: ["Hỗ trợ đóng bảo hiểm xã hội cho người lao động"],
  },
};

export async function generateSupport(ctx: GenContext, orgs: OrgPlan[], rng: Rng): Promise<void> {
  for (const y of ctx.years) {
    const active = orgs.filter((o) => isActiveAt(o, yearEnd(ctx, y)));
    for (const [area, s] of Object.entries(SUPPORT) as Array<[PolicyArea, (typeof SUPPORT)[PolicyArea]]>) {
      const pool = s.coopOnly ? active.filter((o) => o.type !== "THT") : active;
      for (const org of rng.sample(pool, s.n)) {
        await ctx.out.push("supportReceived", {
          id: ctx.out.id("supportReceived"),
          organisationId: org.id,
          policyArea: area,
          year: y,
          amount: BigInt(Math.round(rng.between(s.min, s.max) * 10)) * 100_000n,
          note: rng.pick(s.notes),
        });
      }
    }
  }
}
