// Vietnamese labels for the UI. Keys are the domain enums; wording follows the legal
// texts where they exist (statuses: Nghị định 92/2024, Điều 27-28; ratings: TT 01/2020;
// policy areas: programme 26-CTr/TU, mục IV.2).
import type { Comparator, TargetKind } from "./definitions";
import type { ProgressStatus } from "./progress";
import { formatInteger } from "../format/number";

/** Colour token per progress status, plus a hex value (WCAG AA on white for text). */
export type StatusColour = { token: "green" | "teal" | "amber" | "red" | "gray"; hex: string };

export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  ACHIEVED: "Đã đạt",
  ON_TRACK: "Đúng tiến độ",
  NEEDS_ACCELERATION: "Cần đẩy nhanh",
  OFF_TRACK: "Chậm tiến độ",
  NOT_ENOUGH_DATA: "Chưa đủ số liệu",
};

/** OFF_TRACK covers "deteriorating": a note after the status (the overview's chip, the report's table). */
export const DETERIORATING_NOTE = "đang giảm sút";

export const PROGRESS_STATUS_COLOURS: Record<ProgressStatus, StatusColour> = {
  ACHIEVED: { token: "green", hex: "#15803d" },
  ON_TRACK: { token: "teal", hex: "#0f766e" },
  NEEDS_ACCELERATION: { token: "amber", hex: "#b45309" },
  OFF_TRACK: { token: "red", hex: "#b91c1c" },
  NOT_ENOUGH_DATA: { token: "gray", hex: "#4b5563" },
};

/** Words as the programme writes them: "trên 60%", "ít nhất 50%", "dưới", "tối đa". */
export const COMPARATOR_WORDS: Record<Comparator, string> = {
  GT: "trên",
  GTE: "ít nhất",
  LT: "dưới",
  LTE: "tối đa",
};

export const COMPARATOR_SIGNS: Record<Comparator, string> = { GT: ">", GTE: "≥", LT: "<", LTE: "≤" };

export type FlagCode =
  | "NO_DATA"
  | "ZERO_DENOMINATOR"
  | "NO_POPULATION"
  | "POPULATION_INCOMPLETE"
  | "UNRATED_ELIGIBLE"
  | "HIGH_TECH_NO_EVIDENCE"
  | "POSSIBLE_DOUBLE_COUNT"
  | "MEMBERS_FROM_REPORTS"
  | "MEMBER_COUNT_MISSING"
  | "THT_NOT_ASSESSED";

/** Flag explanations; `{n}` is replaced by the flag's count (formatted vi-VN). */
export const FLAG_LABELS: Record<FlagCode, string> = {
  NO_DATA: "Chưa có số liệu của năm này.",
  ZERO_DENOMINATOR: "Mẫu số bằng 0: không tính được tỷ lệ.",
  NO_POPULATION: "Chưa có số liệu dân số của địa bàn trong năm.",
  POPULATION_INCOMPLETE: "{n} đơn vị hành chính chưa có số liệu dân số: tỷ lệ có thể bị cao hơn thực tế.",
  UNRATED_ELIGIBLE: "{n} tổ chức thuộc diện đánh giá nhưng chưa được xếp loại (tính là chưa đạt Tốt, Khá).",
  HIGH_TECH_NO_EVIDENCE: "{n} HTX có ứng dụng công nghệ cao nhưng chưa có minh chứng.",
  POSSIBLE_DOUBLE_COUNT: "{n} thành viên lấy theo số báo cáo của tổ chức không có sổ thành viên: có thể trùng người.",
  MEMBERS_FROM_REPORTS: "{n} thành viên lấy theo số báo cáo (tổ chức không có sổ thành viên).",
  MEMBER_COUNT_MISSING: "{n} tổ chức không có sổ thành viên và chưa báo cáo số thành viên (tính là 0).",
  THT_NOT_ASSESSED: "{n} tổ hợp tác chưa được đánh giá hiệu quả (tính là chưa hiệu quả).",
};

/** The Vietnamese sentence of a flag, with its count: "3 HTX có ứng dụng công nghệ cao…". */
export function flagMessage(flag: { code: FlagCode; count?: number }): string {
  return FLAG_LABELS[flag.code].replace("{n}", formatInteger(flag.count ?? 0));
}

/** What each kind of target counts, for an admin choosing how a new target is computed. */
export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  THT_COUNT: "Số tổ hợp tác đang hoạt động",
  THT_MEMBERS: "Số thành viên tổ hợp tác",
  HTX_COUNT: "Số hợp tác xã đang hoạt động",
  HTX_MEMBERS: "Số thành viên hợp tác xã",
  HTX_GOOD_FAIR: "Tỷ lệ HTX xếp loại Tốt, Khá (%)",
  HTX_VALUE_CHAIN: "Tỷ lệ HTX liên kết chuỗi giá trị (%)",
  HTX_HIGH_TECH: "Số HTX ứng dụng công nghệ cao",
  POP_SHARE: "Tỷ lệ dân số tham gia tổ chức KTTT (%)",
  ORG_EFFECTIVE: "Tỷ lệ tổ chức KTTT hoạt động hiệu quả (%)",
  ORG_CHAIN: "Tỷ lệ tổ chức KTTT tham gia chuỗi liên kết (%)",
  ORG_DIGITAL: "Tỷ lệ tổ chức KTTT chuyển đổi số (%)",
  LHHTX_COUNT: "Số liên hiệp HTX đang hoạt động",
  LHHTX_MEMBER_HTX: "Số HTX thành viên của các liên hiệp HTX",
  ORG_GOOD_FAIR: "Tỷ lệ tổ chức KTTT xếp loại Tốt, Khá (%)",
};
