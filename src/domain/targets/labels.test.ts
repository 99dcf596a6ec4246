import { describe, expect, it } from "vitest";
import {
  COMPARATOR_SIGNS,
  COMPARATOR_WORDS,
  FLAG_LABELS,
  flagMessage,
  PROGRESS_STATUS_COLOURS,
  PROGRESS_STATUS_LABELS,
} from "./labels";
import {
  ORG_STATUS_LABELS,
  ORG_TYPE_LABELS,
  orgStatusLabel,
  POLICY_AREAS,
  RATING_LEVEL_LABELS,
  SECTOR_LABELS,
} from "../labels";

describe("Vietnamese labels", () => {
  it("progress statuses have words and the agreed colours", () => {
    expect(PROGRESS_STATUS_LABELS.ACHIEVED).toBe("Đã đạt");
    expect(PROGRESS_STATUS_LABELS.NOT_ENOUGH_DATA).toBe("Chưa đủ số liệu");
    expect(Object.fromEntries(Object.entries(PROGRESS_STATUS_COLOURS).map(([k, v]) => [k, v.token]))).toEqual({
      ACHIEVED: "green",
      ON_TRACK: "teal",
      NEEDS_ACCELERATION: "amber",
      OFF_TRACK: "red",
      NOT_ENOUGH_DATA: "gray",
    });
  });

  it("domain vocabulary with diacritics", () => {
    expect(ORG_TYPE_LABELS).toEqual({ THT: "Tổ hợp tác", HTX: "Hợp tác xã", LHHTX: "Liên hiệp hợp tác xã" });
    expect(SECTOR_LABELS.NON_AGRICULTURE).toBe("Phi nông nghiệp");
    expect(Object.values(RATING_LEVEL_LABELS)).toEqual(["Tốt", "Khá", "Trung bình", "Yếu"]);
    expect(ORG_STATUS_LABELS.ACTIVE).toBe("Đang hoạt động");
    expect(orgStatusLabel("TERMINATED", "THT")).toBe("Đã chấm dứt hoạt động");
    expect(orgStatusLabel("TERMINATED", "HTX")).toBe("Đã giải thể, phá sản, chấm dứt tồn tại");
    expect(Object.values(POLICY_AREAS).map((p) => p.number)).toEqual([
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "2.5",
      "2.6",
      "2.7",
      "2.8",
    ]);
    expect(POLICY_AREAS.SCIENCE_TECH.label).toBe("Khoa học – công nghệ, chuyển đổi số");
    expect([COMPARATOR_WORDS.GT, COMPARATOR_WORDS.GTE, COMPARATOR_SIGNS.GT, COMPARATOR_SIGNS.GTE]).toEqual([
      "trên",
      "ít nhất",
      ">",
      "≥",
    ]);
  });

  it("every flag with a count has a {n} placeholder", () => {
    for (const [code, text] of Object.entries(FLAG_LABELS)) {
      const counted = !["NO_DATA", "ZERO_DENOMINATOR", "NO_POPULATION"].includes(code);
      expect(text.includes("{n}"), code).toBe(counted);
    }
  });

  it("flagMessage fills in the count", () => {
    expect(flagMessage({ code: "HIGH_TECH_NO_EVIDENCE", count: 1200 })).toBe(
      "1.200 HTX có ứng dụng công nghệ cao nhưng chưa có minh chứng.",
    );
    expect(flagMessage({ code: "ZERO_DENOMINATOR" })).toBe("Mẫu số bằng 0: không tính được tỷ lệ.");
  });
});
