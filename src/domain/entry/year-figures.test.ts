import { describe, expect, it } from "vitest";
import { formDataToObject, invalidInput } from "@/domain/actions/form-data";
import { yearFiguresSchema } from "./year-figures";

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};
const base = { organisationId: "7", year: "2026", "report.version": "", "report.memberCount": "1.234" };

describe("yearFiguresSchema", () => {
  it("reads the form's dotted names as the report and the rating", () => {
    const parsed = yearFiguresSchema.parse(
      formDataToObject(
        form({
          ...base,
          "rating.version": "3",
          "rating.mode": "SCORED",
          "rating.scheme": "GENERAL",
          "rating.score": "79,5",
        }),
      ),
    );
    expect(parsed).toMatchObject({
      organisationId: 7,
      year: 2026,
      report: { memberCount: 1234, version: undefined, revenue: null, effective: null },
      rating: { version: 3, mode: "SCORED", scheme: "GENERAL", score: "79.50", notRatedReason: null, note: null },
    });
  });

  it("takes no rating (a cooperative group) and a rating not entered yet", () => {
    const tht = yearFiguresSchema.parse(base);
    expect(tht.report.memberCount).toBe(1234);
    expect(tht.rating).toBeUndefined();
    expect(yearFiguresSchema.parse({ ...base, "rating.mode": "NONE", "rating.score": "abc" })).toMatchObject({
      rating: { mode: "NONE" },
    });
  });

  it("reports the report's and the rating's errors each under its field name, in Vietnamese", () => {
    const failed = invalidInput(
      yearFiguresSchema,
      form({ ...base, "report.revenue": "1,5", "rating.mode": "SCORED", "rating.scheme": "GENERAL" }),
    );
    expect(failed).toMatchObject({
      ok: false,
      error: "Dữ liệu chưa hợp lệ, hãy sửa các ô được đánh dấu",
      fieldErrors: {
        "report.revenue": [expect.stringMatching(/không có phần lẻ/)],
        "rating.score": ["Hãy nhập điểm đánh giá"],
      },
      values: { "report.revenue": "1,5" },
    });
    expect(invalidInput(yearFiguresSchema, form({ ...base, "rating.mode": "MAYBE" }))?.fieldErrors).toEqual({
      "rating.mode": ["Hãy chọn: có điểm, không xếp loại hay chưa nhập xếp loại"],
    });
    expect(invalidInput(yearFiguresSchema, form(base))).toBeNull();
  });

  it("keeps odd keys as data, never as an object's prototype", () => {
    const parsed = yearFiguresSchema.safeParse({ ...base, "report.__proto__": { memberCount: 5 } });
    expect(parsed.success).toBe(true);
    expect(({} as Record<string, unknown>).memberCount).toBeUndefined();
  });
});
