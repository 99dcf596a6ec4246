import { describe, expect, it } from "vitest";
import { flagText, submissionChecklist, submissionFlags, type FlagInput } from "./submission-flags";

const base: FlagInput = {
  year: 2026,
  report: { memberCount: 20, employeeCount: 3, charterCapital: 1_000_000_000, revenue: 2_000_000_000 },
  previous: {
    year: 2025,
    figures: { memberCount: 20, employeeCount: 3, charterCapital: 1_000_000_000, revenue: 1_800_000_000 },
  },
  register: { count: 20, asOf: "2026-11-30" },
  unrated: false,
  highTechWithoutEvidence: [],
};

describe("submissionFlags", () => {
  it("is empty for a plausible, complete dossier", () => {
    expect(submissionFlags(base)).toEqual([]);
  });

  it("flags an implausible jump against the previous year only", () => {
    const jumped = { ...base, report: { ...base.report, revenue: 9_000_000_000 } };
    const flags = submissionFlags(jumped);
    expect(flags.map((f) => f.kind)).toEqual(["JUMP"]);
    expect(flagText(flags[0], 2026)).toBe(
      "Doanh thu tăng 5 lần so với năm 2025 (1,8\u00A0tỷ đồng → 9\u00A0tỷ đồng): kiểm tra lại số liệu",
    );
    // a comparison two years back is not year on year
    expect(submissionFlags({ ...jumped, previous: { ...base.previous!, year: 2024 } })).toEqual([]);
  });

  it("flags a reported member count that differs from the register", () => {
    const flags = submissionFlags({ ...base, register: { count: 18, asOf: "2026-11-30" } });
    expect(flags).toEqual([{ kind: "MEMBER_MISMATCH", register: 18, reported: 20, asOf: "2026-11-30" }]);
    expect(flagText(flags[0], 2026)).toBe("Số thành viên báo cáo (20) khác sổ thành viên ngày 30/11/2026 (18)");
    // no register kept, or no count reported: nothing to compare
    expect(submissionFlags({ ...base, register: null })).toEqual([]);
    expect(submissionFlags({ ...base, report: { ...base.report, memberCount: null } })).toEqual([]);
  });

  it("flags an unrated cooperative and high technology without evidence", () => {
    const flags = submissionFlags({ ...base, unrated: true, highTechWithoutEvidence: ["VietGAP"] });
    expect(flags.map((f) => flagText(f, 2026))).toEqual([
      "Hợp tác xã thuộc diện đánh giá nhưng chưa có xếp loại năm 2026",
      "Ứng dụng công nghệ cao chưa có minh chứng: VietGAP",
    ]);
  });
});

describe("submissionChecklist", () => {
  it("lists what is missing as warnings", () => {
    const items = submissionChecklist({
      ...base,
      type: "HTX",
      report: null,
      register: { count: 2, asOf: "2026-11-30" },
      hasReportFigures: false,
      revenue: null,
      hasRating: false,
      unrated: true,
      pendingChanges: 3,
    });
    expect(items).toEqual([
      { done: false, text: "Chưa có số liệu báo cáo năm 2026" },
      { done: false, text: "Chưa nhập số thành viên" },
      { done: false, text: "Chưa nhập doanh thu" },
      { done: false, text: "Hợp tác xã chưa có xếp loại năm 2026" },
    ]);
  });

  it("ticks what is there", () => {
    const items = submissionChecklist({
      ...base,
      type: "THT",
      hasReportFigures: true,
      revenue: 2_000_000_000,
      hasRating: false,
      pendingChanges: 0,
    });
    expect(items.every((i) => i.done)).toBe(true);
    expect(items.map((i) => i.text)).toContain("Số thành viên: 20");
  });
});
