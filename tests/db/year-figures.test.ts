// The dossier page's one save ("Lưu số liệu năm"): the report and the rating written
// together or not at all, with the rules of their separate saves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveReport } from "@/server/approval/approve-report.action";
import { submitReport } from "@/server/approval/submit-report.action";
import { saveYearFigures } from "@/server/dossier/year/save-year-figures.action";
import { auditRowsOf, createEntryWorld, type EntryWorld } from "./entry-fixtures";

let w: EntryWorld;
beforeAll(async () => {
  w = await createEntryWorld();
});
afterAll(async () => w?.db.dispose());

/** The form's fields as the page names them. */
const figures = (organisationId: number, year: number, over: Record<string, unknown> = {}) => ({
  organisationId,
  year,
  "report.memberCount": "25",
  "report.officialMemberCount": "20",
  "report.employeeCount": "6",
  "report.charterCapital": "1.500.000.000",
  "report.revenue": "3.250.000.000",
  "report.profit": "-15.000.000",
  "report.effective": "yes",
  "rating.mode": "SCORED",
  "rating.scheme": "GENERAL",
  "rating.score": "82,5",
  "rating.note": "Đánh giá của xã",
  ...over,
});
const rows = async (organisationId: number, year: number) => {
  const key = { organisationId_year: { organisationId, year } };
  return {
    report: await w.prisma.annualReport.findUnique({ where: key }),
    rating: await w.prisma.rating.findUnique({ where: key }),
  };
};

describe("yearFigures.save", () => {
  it("writes the report and the rating in one save, with an audit row for each", async () => {
    const { result, rows: audit } = await auditRowsOf(w.prisma, () =>
      saveYearFigures.run(w.communeUser, figures(w.orgA, 2026), w.prisma),
    );
    expect(result).toMatchObject({ ok: true, data: { organisationId: w.orgA, year: 2026, rating: { level: "GOOD" } } });
    const { report, rating } = await rows(w.orgA, 2026);
    expect(report).toMatchObject({
      memberCount: 25,
      officialMemberCount: 20,
      charterCapital: 1_500_000_000n,
      profit: -15_000_000n,
      effective: true,
      approvalStatus: "DRAFT",
    });
    expect(rating).toMatchObject({ scheme: "GENERAL", level: "GOOD", eligible: true, note: "Đánh giá của xã" });
    expect(rating!.score!.toString()).toBe("82.5");
    expect(audit.map((r) => [r.action, r.entity])).toEqual([
      ["CREATE", "AnnualReport"],
      ["CREATE", "Rating"],
    ]);

    // The next save names both versions; without them, nothing is overwritten blindly.
    const again = await saveYearFigures.run(
      w.communeUser,
      figures(w.orgA, 2026, {
        "report.version": report!.version,
        "rating.version": rating!.version,
        "report.revenue": "3.300.000.000",
        "rating.mode": "NOT_RATED",
        "rating.notRatedReason": "PENDING",
      }),
      w.prisma,
    );
    expect(again).toMatchObject({ ok: true, data: { rating: { level: null } } });
    const after = await rows(w.orgA, 2026);
    expect(after.report!.revenue).toBe(3_300_000_000n);
    expect(after.rating).toMatchObject({ score: null, level: null, notRatedReason: "PENDING", eligible: true });
  });

  it("refuses a stale version of either record and then writes neither", async () => {
    const before = await rows(w.orgA, 2026);
    const versions = { "report.version": before.report!.version, "rating.version": before.rating!.version };
    const staleRating = await saveYearFigures.run(
      w.communeUser,
      figures(w.orgA, 2026, { ...versions, "rating.version": before.rating!.version - 1, "report.revenue": "1" }),
      w.prisma,
    );
    expect(staleRating).toMatchObject({ ok: false, error: expect.stringMatching(/hãy tải lại/) });
    const noRatingVersion = await saveYearFigures.run(
      w.communeUser,
      figures(w.orgA, 2026, { "report.version": versions["report.version"], "rating.version": "" }),
      w.prisma,
    );
    expect(noRatingVersion).toMatchObject({ ok: false, error: expect.stringMatching(/hãy tải lại/) });
    expect(await rows(w.orgA, 2026)).toEqual(before);
  });

  it("leaves the report unsaved when the rating cannot be written (no threshold in force that year)", async () => {
    // The thresholds start in 2020: a 2015 score has no level, an error on the score field.
    const r = await saveYearFigures.run(w.communeUser, figures(w.orgA, 2015), w.prisma);
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Chưa có ngưỡng xếp loại/),
      fieldErrors: { "rating.score": [expect.stringMatching(/Chưa có ngưỡng xếp loại/)] },
    });
    expect(await rows(w.orgA, 2015)).toEqual({ report: null, rating: null });
  });

  it("gives each field its own Vietnamese error, the report's and the rating's alike", async () => {
    const r = await saveYearFigures.run(
      w.communeUser,
      figures(w.orgA, 2024, {
        "report.charterCapital": "1,5",
        "report.revenue": "-1.000",
        "rating.score": "100,5",
        "rating.scheme": "",
      }),
      w.prisma,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe("Dữ liệu chưa hợp lệ, hãy sửa các ô được đánh dấu");
    expect(r.fieldErrors).toEqual({
      "report.charterCapital": [expect.stringMatching(/không có phần lẻ/)],
      "report.revenue": [expect.stringMatching(/không được âm/)],
      "rating.score": ["Điểm không được lớn hơn 100"],
      "rating.scheme": ["Hãy chọn bộ tiêu chí"],
    });
    // the form refills itself from what was typed
    expect(r.values).toMatchObject({ "report.charterCapital": "1,5", "rating.score": "100,5" });

    // Rules across fields report beside their field too, one part's not hidden by the other's.
    const missing = await saveYearFigures.run(
      w.communeUser,
      figures(w.orgA, 2024, {
        "report.memberCount": "10",
        "report.officialMemberCount": "12",
        "rating.mode": "NOT_RATED",
      }),
      w.prisma,
    );
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: {
        "report.officialMemberCount": ["Số thành viên chính thức không được lớn hơn tổng số thành viên"],
        "rating.notRatedReason": ["Hãy chọn lý do không xếp loại"],
      },
    });
    expect(await rows(w.orgA, 2024)).toEqual({ report: null, rating: null });
  });

  it("saves the report alone while the rating is not entered yet, and for a cooperative group", async () => {
    const none = await saveYearFigures.run(
      w.communeUser,
      figures(w.orgA, 2023, { "rating.mode": "NONE", "rating.score": "" }),
      w.prisma,
    );
    expect(none).toMatchObject({ ok: true, data: { rating: null } });
    expect((await rows(w.orgA, 2023)).rating).toBeNull();
    expect((await rows(w.orgA, 2023)).report).toMatchObject({ memberCount: 25 });

    const thtReport = {
      organisationId: w.thtA,
      year: 2026,
      "report.memberCount": "8",
      "report.effective": "no",
    };
    expect(await saveYearFigures.run(w.communeUser, thtReport, w.prisma)).toMatchObject({ ok: true });
    expect((await rows(w.thtA, 2026)).report).toMatchObject({ memberCount: 8, effective: false });
    // a rating sent for it is refused, and the report is not changed by that save
    const r = (await rows(w.thtA, 2026)).report!;
    const rated = await saveYearFigures.run(
      w.communeUser,
      figures(w.thtA, 2026, { "report.version": r.version, "report.memberCount": "30" }),
      w.prisma,
    );
    expect(rated).toMatchObject({ ok: false, error: expect.stringMatching(/Tổ hợp tác không xếp loại/) });
    expect(await rows(w.thtA, 2026)).toEqual({ report: r, rating: null });
  });

  it("refuses a submitted or approved year, and another commune's organisation", async () => {
    const year = 2022;
    expect(await saveYearFigures.run(w.communeUser, figures(w.orgA, year), w.prisma)).toMatchObject({ ok: true });
    const saved = await rows(w.orgA, year);
    const both = { "report.version": saved.report!.version, "rating.version": saved.rating!.version };
    expect(
      await submitReport.run(w.communeUser, { organisationId: w.orgA, year, version: saved.report!.version }, w.prisma),
    ).toMatchObject({ ok: true });
    const submitted = await rows(w.orgA, year);
    const sent = await saveYearFigures.run(
      w.communeUser,
      figures(w.orgA, year, { ...both, "report.version": submitted.report!.version, "report.revenue": "1" }),
      w.prisma,
    );
    expect(sent).toMatchObject({ ok: false, error: expect.stringMatching(/đã gửi duyệt/) });
    expect(
      await approveReport.run(
        w.districtUser,
        { organisationId: w.orgA, year, version: submitted.report!.version, comment: "" },
        w.prisma,
      ),
    ).toMatchObject({ ok: true });
    const approved = await rows(w.orgA, year);
    const locked = await saveYearFigures.run(
      w.districtUser,
      figures(w.orgA, year, { ...both, "report.version": approved.report!.version, "rating.score": "40" }),
      w.prisma,
    );
    expect(locked).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Số liệu năm 2022 của tổ chức này đã được duyệt; cần Phòng TC-KH mở lại để sửa/),
    });
    expect(await rows(w.orgA, year)).toEqual(approved);

    const foreign = await saveYearFigures.run(w.communeUser, figures(w.orgB, 2026), w.prisma);
    expect(foreign).toMatchObject({ ok: false, error: expect.stringMatching(/không có quyền/) });
    expect(await rows(w.orgB, 2026)).toEqual({ report: null, rating: null });
  });
});
