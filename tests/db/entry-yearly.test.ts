import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveReport } from "@/server/approval/approve-report.action";
import { listPendingByCommune } from "@/server/approval/count-pending-by-commune";
import { reopenReport } from "@/server/approval/reopen-report.action";
import { returnReport } from "@/server/approval/return-report.action";
import { submitReport } from "@/server/approval/submit-report.action";
import { saveDigitalPractice } from "@/server/dossier/digital/save-digital-practice.action";
import { saveRating } from "@/server/dossier/rating/save-rating.action";
import { saveAnnualReport } from "@/server/dossier/report/save-annual-report.action";
import { saveSupport } from "@/server/dossier/support/save-support.action";
import { saveLinkage } from "@/server/dossier/linkage/save-linkage.action";
import { auditRowsOf, createEntryWorld, type EntryWorld } from "./entry-fixtures";

let w: EntryWorld;
beforeAll(async () => {
  w = await createEntryWorld();
});
afterAll(async () => w?.db.dispose());

const YEAR = 2026;
const report = (over: Record<string, unknown> = {}) => ({
  organisationId: w.orgA,
  year: YEAR,
  memberCount: "25",
  officialMemberCount: "20",
  employeeCount: "6",
  charterCapital: "1.500.000.000",
  totalAssets: "2.000.000.000",
  revenue: "3.250.000.000",
  profit: "-15.000.000",
  avgMemberIncome: "48.000.000",
  effective: "",
  ...over,
});
const reportRow = () =>
  w.prisma.annualReport.findUniqueOrThrow({ where: { organisationId_year: { organisationId: w.orgA, year: YEAR } } });

describe("reports.save", () => {
  it("creates the report with đồng amounts read vi-VN style, and one audit row", async () => {
    const { result, rows } = await auditRowsOf(w.prisma, () => saveAnnualReport.run(w.communeUser, report(), w.prisma));
    expect(result).toMatchObject({ ok: true });
    const r = await reportRow();
    expect(r).toMatchObject({
      memberCount: 25,
      charterCapital: 1_500_000_000n,
      profit: -15_000_000n,
      approvalStatus: "DRAFT",
      effective: null,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "CREATE", entity: "AnnualReport" });
  });

  it("refuses a second creation without a version (no silent overwrite) and a stale version", async () => {
    const noVersion = await saveAnnualReport.run(w.communeUser, report({ employeeCount: "1" }), w.prisma);
    expect(noVersion).toMatchObject({ ok: false, error: expect.stringMatching(/hãy tải lại/) });
    const r = await reportRow();
    const edit = (n: string) =>
      saveAnnualReport.run(w.communeUser, report({ memberCount: n, version: r.version }), w.prisma);
    const results = await Promise.all([edit("30"), edit("31")]);
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    expect(results.find((x) => !x.ok)).toMatchObject({ error: expect.stringMatching(/sửa lúc .* hãy tải lại/) });
  });

  it("gives field errors in Vietnamese: a decimal comma in đồng, a negative revenue, official > total", async () => {
    const r = await saveAnnualReport.run(
      w.communeUser,
      report({ charterCapital: "1,5", revenue: "-1.000", officialMemberCount: "99", memberCount: "10" }),
      w.prisma,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors!.charterCapital[0]).toMatch(/không có phần lẻ/);
    expect(r.fieldErrors!.revenue[0]).toMatch(/không được âm/);
    expect(r.values!.charterCapital).toBe("1,5");
  });

  it("refuses another commune's organisation, even when the payload names the viewer's commune", async () => {
    const r = await saveAnnualReport.run(
      w.communeUser,
      { ...report(), organisationId: w.orgB, communeId: w.communeA },
      w.prisma,
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/không có quyền/) });
    expect((await saveAnnualReport.run(w.committee, report(), w.prisma)).ok).toBe(false);
    expect(await w.prisma.annualReport.count({ where: { organisationId: w.orgB } })).toBe(0);
  });
});

describe("ratings.save", () => {
  it("derives the level from the thresholds in force and ignores a level sent by the client", async () => {
    const { result, rows } = await auditRowsOf(w.prisma, () =>
      saveRating.run(
        w.communeUser,
        { organisationId: w.orgA, year: YEAR, scheme: "GENERAL", mode: "SCORED", score: "79,99", level: "GOOD" },
        w.prisma,
      ),
    );
    expect(result).toMatchObject({ ok: true, data: { level: "FAIR" } });
    const rating = await w.prisma.rating.findUniqueOrThrow({
      where: { organisationId_year: { organisationId: w.orgA, year: YEAR } },
    });
    expect(rating.level).toBe("FAIR");
    expect(rating.score?.toString()).toBe("79.99");
    expect(rows).toHaveLength(1);

    const good = await saveRating.run(
      w.communeUser,
      { organisationId: w.orgA, year: YEAR, version: rating.version, scheme: "GENERAL", mode: "SCORED", score: "80" },
      w.prisma,
    );
    expect(good).toMatchObject({ ok: true, data: { level: "GOOD" } });
  });

  it("uses the thresholds valid at the end of the year", async () => {
    await w.prisma.ratingThreshold.updateMany({
      where: { scheme: "AGRICULTURE" },
      data: { validTo: new Date("2025-12-31") },
    });
    for (const [level, minScore] of [
      ["GOOD", "85"],
      ["FAIR", "70"],
      ["AVERAGE", "50"],
      ["WEAK", "0"],
    ] as const) {
      await w.prisma.ratingThreshold.create({
        data: { scheme: "AGRICULTURE", level, minScore, validFrom: new Date("2026-01-01") },
      });
    }
    const r2025 = await saveRating.run(
      w.districtUser,
      { organisationId: w.orgB, year: 2025, scheme: "AGRICULTURE", mode: "SCORED", score: "82" },
      w.prisma,
    );
    const r2026 = await saveRating.run(
      w.districtUser,
      { organisationId: w.orgB, year: 2026, scheme: "AGRICULTURE", mode: "SCORED", score: "82" },
      w.prisma,
    );
    expect(r2025).toMatchObject({ ok: true, data: { level: "GOOD" } });
    expect(r2026).toMatchObject({ ok: true, data: { level: "FAIR" } });
  });

  it("records not-eligible with a reason, refuses a score above 100, a missing reason and a THT", async () => {
    const notRated = await saveRating.run(
      w.districtUser,
      { organisationId: w.orgB, year: 2024, scheme: "GENERAL", mode: "NOT_RATED", notRatedReason: "UNDER_12_MONTHS" },
      w.prisma,
    );
    expect(notRated).toMatchObject({ ok: true, data: { level: null } });
    const row = await w.prisma.rating.findUniqueOrThrow({
      where: { organisationId_year: { organisationId: w.orgB, year: 2024 } },
    });
    expect(row).toMatchObject({ eligible: false, score: null, notRatedReason: "UNDER_12_MONTHS" });

    const bad = await saveRating.run(
      w.districtUser,
      { organisationId: w.orgB, year: 2023, scheme: "GENERAL", mode: "SCORED", score: "100.5" },
      w.prisma,
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { score: [expect.stringMatching(/100/)] } });
    const noReason = await saveRating.run(
      w.districtUser,
      { organisationId: w.orgB, year: 2023, scheme: "GENERAL", mode: "NOT_RATED" },
      w.prisma,
    );
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { notRatedReason: [expect.any(String)] } });
    const tht = await saveRating.run(
      w.districtUser,
      { organisationId: w.thtA, year: 2023, scheme: "GENERAL", mode: "SCORED", score: "90" },
      w.prisma,
    );
    expect(tht).toMatchObject({ ok: false, error: expect.stringMatching(/Tổ hợp tác không xếp loại/) });
  });
});

describe("approval workflow", () => {
  const target = async () => ({ organisationId: w.orgA, year: YEAR, version: (await reportRow()).version });

  it("DRAFT → SUBMITTED by the commune official; the committee and the commune cannot approve", async () => {
    expect((await submitReport.run(w.committee, await target(), w.prisma)).ok).toBe(false);
    const { result, rows } = await auditRowsOf(w.prisma, async () =>
      submitReport.run(w.communeUser, await target(), w.prisma),
    );
    expect(result).toMatchObject({ ok: true, data: { approvalStatus: "SUBMITTED" } });
    expect(rows.map((r) => r.action)).toEqual(["SUBMIT"]);
    expect(await listPendingByCommune(w.prisma, YEAR)).toEqual([
      { communeId: w.communeA, label: "Xã Bình Phú", submitted: 1, notSubmitted: 0, approved: 0 },
    ]);
    const again = await submitReport.run(w.communeUser, await target(), w.prisma);
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/Đã gửi/) });
    expect((await approveReport.run(w.communeUser, await target(), w.prisma)).ok).toBe(false);
    expect((await approveReport.run(w.committee, await target(), w.prisma)).ok).toBe(false);
  });

  it("RETURN needs a comment, then the commune resubmits and the district approves", async () => {
    const noComment = await returnReport.run(w.districtUser, { ...(await target()), comment: "" }, w.prisma);
    expect(noComment).toMatchObject({ ok: false, fieldErrors: { comment: [expect.stringMatching(/ý kiến/)] } });
    const returned = await returnReport.run(
      w.districtUser,
      { ...(await target()), comment: "Thiếu số lao động" },
      w.prisma,
    );
    expect(returned).toMatchObject({ ok: true, data: { approvalStatus: "RETURNED" } });
    expect((await reportRow()).reviewComment).toBe("Thiếu số lao động");
    expect((await submitReport.run(w.communeUser, await target(), w.prisma)).ok).toBe(true);
    const { result, rows } = await auditRowsOf(w.prisma, async () =>
      approveReport.run(w.districtUser, await target(), w.prisma),
    );
    expect(result).toMatchObject({ ok: true, data: { approvalStatus: "APPROVED" } });
    expect(rows.map((r) => r.action)).toEqual(["APPROVE"]);
    const r = await reportRow();
    expect(r.approvedById).toBe(w.districtUser.id);
  });

  it("locks the approved year's report, rating, digital practices, support and covering linkages", async () => {
    const locked = /Số liệu năm 2026 của tổ chức này đã được duyệt; cần Phòng TC-KH mở lại để sửa/;
    const r = await reportRow();
    const rating = await w.prisma.rating.findUniqueOrThrow({
      where: { organisationId_year: { organisationId: w.orgA, year: YEAR } },
    });
    const attempts = await Promise.all([
      saveAnnualReport.run(w.districtUser, report({ version: r.version }), w.prisma),
      saveRating.run(
        w.districtUser,
        { organisationId: w.orgA, year: YEAR, version: rating.version, scheme: "GENERAL", mode: "SCORED", score: "50" },
        w.prisma,
      ),
      saveDigitalPractice.run(w.districtUser, { organisationId: w.orgA, year: YEAR, practice: "E_COMMERCE" }, w.prisma),
      saveSupport.run(
        w.districtUser,
        { organisationId: w.orgA, year: YEAR, policyArea: "CREDIT", amount: "100.000.000" },
        w.prisma,
      ),
      saveLinkage.run(
        w.districtUser,
        { organisationId: w.orgA, partnerName: "Cty A", role: "LEAD", product: "Dừa", validFrom: "2025-01-01" },
        w.prisma,
      ),
    ]);
    for (const a of attempts) expect(a).toMatchObject({ ok: false, error: expect.stringMatching(locked) });
    // Another year is not locked; a linkage ending before 2026 is not either.
    expect(
      (
        await saveSupport.run(
          w.communeUser,
          { organisationId: w.orgA, year: 2025, policyArea: "CREDIT", amount: "1.000.000" },
          w.prisma,
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await saveLinkage.run(
          w.communeUser,
          {
            organisationId: w.orgA,
            partnerName: "Cty B",
            role: "MEMBER",
            product: "Lúa",
            validFrom: "2024-01-01",
            validTo: "2025-12-31",
          },
          w.prisma,
        )
      ).ok,
    ).toBe(true);
  });

  it("REOPEN is for the district, needs a comment, and unlocks the year", async () => {
    expect((await reopenReport.run(w.communeUser, { ...(await target()), comment: "Sửa lại" }, w.prisma)).ok).toBe(
      false,
    );
    expect((await reopenReport.run(w.districtUser, { ...(await target()), comment: "" }, w.prisma)).ok).toBe(false);
    const { result, rows } = await auditRowsOf(w.prisma, async () =>
      reopenReport.run(
        w.districtUser,
        { ...(await target()), comment: "Xã xin sửa doanh thu", to: "RETURNED" },
        w.prisma,
      ),
    );
    expect(result).toMatchObject({ ok: true, data: { approvalStatus: "RETURNED" } });
    expect(rows.map((r) => r.action)).toEqual(["REOPEN"]);
    const r = await reportRow();
    expect(r.approvedAt).toBeNull();
    const edit = await saveAnnualReport.run(
      w.communeUser,
      report({ version: r.version, revenue: "3.300.000.000" }),
      w.prisma,
    );
    expect(edit.ok).toBe(true);
    expect((await reportRow()).revenue).toBe(3_300_000_000n);
  });
});
