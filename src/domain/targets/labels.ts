// Vietnamese labels for the UI. Keys are the domain enums; wording follows the legal
// texts where they exist (statuses: Nghị định 92/2024, Điều 27-28; ratings: TT 01/2020;
// policy areas: programme 26-CTr/TU, mục IV.2).
import type { Comparator, TargetUnit } from "./definitions";
import type { OrgStatus, OrgType, RatingLevel, Sector } from "./facts";
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

/** OFF_TRACK covers "deteriorating"; the UI may show this word when progress says so. */
export const DETERIORATING_LABEL = "Đang giảm sút";

export const PROGRESS_STATUS_COLOURS: Record<ProgressStatus, StatusColour> = {
  ACHIEVED: { token: "green", hex: "#15803d" },
  ON_TRACK: { token: "teal", hex: "#0f766e" },
  NEEDS_ACCELERATION: { token: "amber", hex: "#b45309" },
  OFF_TRACK: { token: "red", hex: "#b91c1c" },
  NOT_ENOUGH_DATA: { token: "gray", hex: "#4b5563" },
};

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  THT: "Tổ hợp tác",
  HTX: "Hợp tác xã",
  LHHTX: "Liên hiệp hợp tác xã",
};

/** Short forms used in tables and formulas. */
export const ORG_TYPE_SHORT: Record<OrgType, string> = { THT: "THT", HTX: "HTX", LHHTX: "LHHTX" };

export const SECTOR_LABELS: Record<Sector, string> = {
  AGRICULTURE: "Nông nghiệp",
  NON_AGRICULTURE: "Phi nông nghiệp",
  CREDIT: "Tín dụng",
};

export const ORG_STATUS_LABELS: Record<OrgStatus, string> = {
  ACTIVE: "Đang hoạt động",
  SUSPENDED: "Tạm ngừng kinh doanh",
  DISSOLVING: "Đang làm thủ tục giải thể, bị chia, bị hợp nhất, được sáp nhập",
  BANKRUPTCY: "Đang làm thủ tục phá sản",
  NOT_AT_ADDRESS: "Không hoạt động tại địa chỉ đã đăng ký",
  REVOKED_TAX: "Bị thu hồi do cưỡng chế về quản lý thuế",
  TERMINATING: "Đang làm thủ tục chấm dứt hoạt động",
  TERMINATED: "Đã giải thể, phá sản, chấm dứt tồn tại",
};

/** A THT is not dissolved but "ends its activity": its own wording for TERMINATED. */
export function orgStatusLabel(status: OrgStatus, type: OrgType): string {
  if (type === "THT" && status === "TERMINATED") return "Đã chấm dứt hoạt động";
  return ORG_STATUS_LABELS[status];
}

export const RATING_LEVEL_LABELS: Record<RatingLevel, string> = {
  GOOD: "Tốt",
  FAIR: "Khá",
  AVERAGE: "Trung bình",
  WEAK: "Yếu",
};

export type PolicyArea =
  | "HUMAN_RESOURCES"
  | "LAND"
  | "FINANCE_TAX"
  | "CREDIT"
  | "SCIENCE_TECH"
  | "MARKET"
  | "INFRASTRUCTURE"
  | "SOCIAL_INSURANCE";

/** Programme section IV.2, in its order. */
export const POLICY_AREAS: Record<PolicyArea, { number: string; label: string }> = {
  HUMAN_RESOURCES: { number: "2.1", label: "Phát triển nguồn nhân lực" },
  LAND: { number: "2.2", label: "Đất đai" },
  FINANCE_TAX: { number: "2.3", label: "Tài chính" },
  CREDIT: { number: "2.4", label: "Tín dụng" },
  SCIENCE_TECH: { number: "2.5", label: "Khoa học – công nghệ, chuyển đổi số" },
  MARKET: { number: "2.6", label: "Thông tin, tiếp thị, thị trường" },
  INFRASTRUCTURE: { number: "2.7", label: "Kết cấu hạ tầng" },
  SOCIAL_INSURANCE: { number: "2.8", label: "Bảo hiểm xã hội" },
};

/** Words as the programme writes them: "trên 60%", "ít nhất 50%", "dưới", "tối đa". */
export const COMPARATOR_WORDS: Record<Comparator, string> = {
  GT: "trên",
  GTE: "ít nhất",
  LT: "dưới",
  LTE: "tối đa",
};

export const COMPARATOR_SIGNS: Record<Comparator, string> = { GT: ">", GTE: "≥", LT: "<", LTE: "≤" };

export const TARGET_UNIT_LABELS: Record<TargetUnit, string> = { COUNT: "số lượng", PERCENT: "tỷ lệ (%)" };

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
