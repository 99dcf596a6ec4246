// The figures of an organisation's year: its annual report and, for a cooperative, its
// rating. One schema for the dossier page's single form ("Lưu số liệu năm"), run in the
// browser before the round trip and again by its action; the report and the rating on
// their own (the older separate actions) are built from the same parts.
import { z } from "zod";
import { scoreToHundredths } from "@/domain/ratings/derive-level";
import {
  idField,
  optionalCountField,
  optionalMoneyField,
  optionalText,
  optionalVersionField,
  triStateField,
  yearField,
} from "./fields";

// ---- The annual report ----

/** The report's figures, in the order of the paper form. */
const reportFigures = {
  memberCount: optionalCountField("số thành viên"),
  officialMemberCount: optionalCountField("số thành viên chính thức"),
  employeeCount: optionalCountField("số lao động"),
  charterCapital: optionalMoneyField("vốn điều lệ"),
  totalAssets: optionalMoneyField("tổng tài sản"),
  revenue: optionalMoneyField("doanh thu"),
  profit: optionalMoneyField("lợi nhuận", { allowNegative: true }),
  avgMemberIncome: optionalMoneyField("thu nhập bình quân"),
  effective: triStateField,
};

function checkReport(
  v: { memberCount: number | null; officialMemberCount: number | null },
  ctx: z.RefinementCtx,
): void {
  if (v.memberCount !== null && v.officialMemberCount !== null && v.officialMemberCount > v.memberCount) {
    ctx.addIssue({
      code: "custom",
      path: ["officialMemberCount"],
      message: "Số thành viên chính thức không được lớn hơn tổng số thành viên",
    });
  }
}

/** The yearly report of an organisation (one per organisation and year). */
export const annualReportSchema = z
  .object({
    organisationId: idField,
    year: yearField,
    /** Absent when the report does not exist yet. */
    version: optionalVersionField,
    ...reportFigures,
  })
  .superRefine(checkReport);

/** The report as its write takes it (version and figures; the dossier's ids apart). */
export type ReportEntry = Omit<z.output<typeof annualReportSchema>, "organisationId" | "year">;

// ---- The rating ----

const RATING_SCHEME_VALUES = ["GENERAL", "AGRICULTURE"] as const;
const NOT_RATED_REASON_VALUES = ["UNDER_12_MONTHS", "STOPPED_OVER_3_MONTHS", "PENDING", "OTHER"] as const;

/** "80", "79,5", "79.25" → "79.25" (0 to 100, at most 2 decimals). */
const scoreField = z.preprocess(
  (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : String(v).trim()),
  z
    .string()
    .transform((s, ctx) => {
      let h: number;
      try {
        h = scoreToHundredths(s);
      } catch {
        ctx.addIssue({ code: "custom", message: "Điểm là số từ 0 đến 100, tối đa 2 chữ số thập phân" });
        return z.NEVER;
      }
      if (h > 10000) {
        ctx.addIssue({ code: "custom", message: "Điểm không được lớn hơn 100" });
        return z.NEVER;
      }
      return (h / 100).toFixed(2);
    })
    .nullable(),
);

/**
 * A rating: either a score (the level is derived on the server from the thresholds in
 * force; any level sent by the client is ignored: it is not part of this schema), or
 * not rated with a reason.
 */
const ratingFields = {
  /** Absent when the rating does not exist yet. */
  version: optionalVersionField,
  scheme: z.enum(RATING_SCHEME_VALUES, { error: "Hãy chọn bộ tiêu chí" }),
  mode: z.enum(["SCORED", "NOT_RATED"], { error: "Hãy chọn: có điểm hay không xếp loại" }),
  score: scoreField,
  notRatedReason: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.enum(NOT_RATED_REASON_VALUES, { error: "Lý do không hợp lệ" }).nullable(),
  ),
  note: optionalText("ghi chú", 500),
};

function checkRating(
  v: { mode: "SCORED" | "NOT_RATED"; score: string | null; notRatedReason: string | null },
  ctx: z.RefinementCtx,
): void {
  if (v.mode === "SCORED" && v.score === null)
    ctx.addIssue({ code: "custom", path: ["score"], message: "Hãy nhập điểm đánh giá" });
  if (v.mode === "NOT_RATED" && v.notRatedReason === null)
    ctx.addIssue({ code: "custom", path: ["notRatedReason"], message: "Hãy chọn lý do không xếp loại" });
}

const ratingEntry = z.object(ratingFields).superRefine(checkRating);

/** The rating as its write takes it (the dossier's ids apart). */
export type RatingEntry = z.output<typeof ratingEntry>;

/** A cooperative's rating for a year, on its own. */
export const ratingSchema = z
  .object({ organisationId: idField, year: yearField, ...ratingFields })
  .superRefine(checkRating);

// ---- Both, in one form ----

/** The form names its fields "report.memberCount", "rating.score", … (one form, two
 *  records with a version each): those become { report: {…}, rating: {…} }, so each part
 *  is checked on its own (a bad amount does not hide a missing score) and every error
 *  comes back under the name of the field it belongs to. */
function nest(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const top: [string, unknown][] = [];
  const parts: Record<"report" | "rating", [string, unknown][] | undefined> = { report: undefined, rating: undefined };
  for (const [key, value] of Object.entries(raw)) {
    const dot = key.indexOf(".");
    const part = dot > 0 ? key.slice(0, dot) : "";
    if (part === "report" || part === "rating") (parts[part] ??= []).push([key.slice(dot + 1), value]);
    else top.push([key, value]);
  }
  // Object.fromEntries defines own properties: a key such as "report.__proto__" stays data.
  const out = Object.fromEntries(top);
  for (const part of ["report", "rating"] as const) {
    const fields = parts[part];
    if (fields) out[part] = Object.fromEntries(fields);
  }
  return out;
}

/**
 * The year's figures: the report, and for a cooperative the rating, or "NONE" (not
 * entered yet: the rating is left as it is). An organisation that is not rated (a
 * cooperative group, THT) sends no rating at all; the action refuses one from it.
 */
export const yearFiguresSchema = z.preprocess(
  nest,
  z.object({
    organisationId: idField,
    year: yearField,
    report: z
      .object({ version: optionalVersionField, ...reportFigures }, { error: "Thiếu số liệu báo cáo năm" })
      .superRefine(checkReport),
    rating: z
      .discriminatedUnion("mode", [z.object({ mode: z.literal("NONE") }), ratingEntry], {
        error: "Hãy chọn: có điểm, không xếp loại hay chưa nhập xếp loại",
      })
      .optional(),
  }),
);
