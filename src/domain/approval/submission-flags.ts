// Data-quality flags of a submitted dossier (organisation, year), shown to the reviewer
// beside the figures, and the checklist the commune sees before "Gửi duyệt". Flags are
// warnings for a person to check, never blockers; a dossier without any is "clean" and
// may be approved together with other clean ones.
//  - JUMP: a reported figure jumps implausibly from the previous year's approved report
//    (the rule of src/domain/quality/jumps.ts, as on the data-quality page);
//  - MEMBER_MISMATCH: an organisation keeping a member register reports a member count
//    that differs from the register at the count date;
//  - NO_RATING: an eligible cooperative has no rating level for the year (the rule of
//    the data-quality page, src/server/quality/list-unrated-cooperatives.ts);
//  - HIGH_TECH_NO_EVIDENCE: a high-technology record sent in this submission has no
//    evidence.
//
// Pure module: no Prisma, no Next.
import { findJumps, type JumpCheck, type JumpMetric, type YearFigures } from "../quality/jumps";
import { formatInteger, formatMoney, formatNumber } from "../format/number";
import { formatDate } from "../format/date";

export type SubmissionFlag =
  | { kind: "JUMP"; previousYear: number; jump: JumpCheck }
  | { kind: "MEMBER_MISMATCH"; register: number; reported: number; asOf: string }
  | { kind: "NO_RATING" }
  | { kind: "HIGH_TECH_NO_EVIDENCE"; items: string[] };

export type FlagInput = {
  year: number;
  /** The year's report figures (working state); null without a report. */
  report: YearFigures | null;
  /** The previous year's approved report; jumps are judged only between consecutive years. */
  previous: { year: number; figures: YearFigures } | null;
  /** Persons in the register at the count date; null when the organisation keeps none. */
  register: { count: number; asOf: string } | null;
  /** An eligible cooperative without a rating level for the year. */
  unrated: boolean;
  /** High-technology records of this submission without evidence (their labels). */
  highTechWithoutEvidence: string[];
};

export function submissionFlags(i: FlagInput): SubmissionFlag[] {
  const out: SubmissionFlag[] = [];
  if (i.report && i.previous && i.previous.year === i.year - 1) {
    for (const jump of findJumps(i.previous.figures, i.report))
      out.push({ kind: "JUMP", previousYear: i.previous.year, jump });
  }
  const reported = i.report?.memberCount ?? null;
  if (i.register && reported !== null && reported !== i.register.count) {
    out.push({ kind: "MEMBER_MISMATCH", register: i.register.count, reported, asOf: i.register.asOf });
  }
  if (i.unrated) out.push({ kind: "NO_RATING" });
  if (i.highTechWithoutEvidence.length > 0)
    out.push({ kind: "HIGH_TECH_NO_EVIDENCE", items: i.highTechWithoutEvidence });
  return out;
}

const METRIC_LABELS: Record<JumpMetric, string> = {
  memberCount: "Số thành viên",
  employeeCount: "Số lao động",
  charterCapital: "Vốn điều lệ",
  revenue: "Doanh thu",
};

const metricValue = (metric: JumpMetric, v: number) =>
  metric === "charterCapital" || metric === "revenue" ? formatMoney(v) : formatInteger(v);

/** One line of Vietnamese per flag. */
export function flagText(flag: SubmissionFlag, year: number): string {
  switch (flag.kind) {
    case "JUMP": {
      const { metric, previous, current, ratio, direction } = flag.jump;
      const how =
        ratio === null
          ? direction === "UP"
            ? "tăng từ 0"
            : "giảm về 0"
          : `${direction === "UP" ? "tăng" : "giảm"} ${formatNumber(ratio, 1)} lần`;
      return `${METRIC_LABELS[metric]} ${how} so với năm ${flag.previousYear} (${metricValue(metric, previous)} → ${metricValue(metric, current)}): kiểm tra lại số liệu`;
    }
    case "MEMBER_MISMATCH":
      return `Số thành viên báo cáo (${formatInteger(flag.reported)}) khác sổ thành viên ngày ${formatDate(flag.asOf)} (${formatInteger(flag.register)})`;
    case "NO_RATING":
      return `Hợp tác xã thuộc diện đánh giá nhưng chưa có xếp loại năm ${year}`;
    case "HIGH_TECH_NO_EVIDENCE":
      return `Ứng dụng công nghệ cao chưa có minh chứng: ${flag.items.join(", ")}`;
  }
}

export type ChecklistItem = { done: boolean; text: string };

export type ChecklistInput = FlagInput & {
  type: "THT" | "HTX" | "LHHTX";
  /** The report exists and holds at least one figure. */
  hasReportFigures: boolean;
  revenue: number | null;
  /** A rating row exists for the year (scored or with a reason). */
  hasRating: boolean;
  /** Changes not yet approved that this submission would send. */
  pendingChanges: number;
};

/**
 * What the commune sees before "Gửi duyệt": what is filled in (done) and what is missing
 * or looks wrong (not done). Warnings only: sending stays possible, e.g. to send a new
 * organisation's register before its first report.
 */
export function submissionChecklist(i: ChecklistInput): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  items.push(
    i.hasReportFigures
      ? { done: true, text: `Đã có báo cáo năm ${i.year}` }
      : { done: false, text: `Chưa có số liệu báo cáo năm ${i.year}` },
  );
  const members = i.report?.memberCount ?? null;
  items.push(
    members !== null
      ? { done: true, text: `Số thành viên: ${formatInteger(members)}` }
      : { done: false, text: "Chưa nhập số thành viên" },
  );
  items.push(
    i.revenue !== null
      ? { done: true, text: `Doanh thu: ${formatMoney(i.revenue)}` }
      : { done: false, text: "Chưa nhập doanh thu" },
  );
  if (i.type === "HTX")
    items.push(
      i.hasRating
        ? { done: true, text: `Đã có kết quả xếp loại năm ${i.year}` }
        : { done: false, text: `Hợp tác xã chưa có xếp loại năm ${i.year}` },
    );
  for (const flag of submissionFlags(i)) {
    // "no rating" is already the rating line above
    if (flag.kind === "NO_RATING" && i.type === "HTX" && !i.hasRating) continue;
    items.push({ done: false, text: flagText(flag, i.year) });
  }
  if (i.pendingChanges === 0) items.push({ done: true, text: "Không có thay đổi nào chưa được duyệt" });
  return items;
}
