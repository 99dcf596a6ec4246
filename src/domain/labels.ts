// Vietnamese labels of the domain's enumerations (the four main ones come from their
// single source, ./enums.ts), in official wording (statuses:
// Nghị định 92/2024, Điều 27-28; ratings: TT 01/2020; policy areas: programme IV.2).
import {
  ORG_STATUS,
  ORG_TYPE,
  RATING_LEVEL,
  SECTOR,
  type OrgStatus,
  type OrgType,
  type RatingLevel,
  type Sector,
} from "./enums";

export const ORG_TYPE_LABELS: Record<OrgType, string> = ORG_TYPE.label;

/** Short forms used in tables and formulas. */
export const ORG_TYPE_SHORT: Record<OrgType, string> = { THT: "THT", HTX: "HTX", LHHTX: "LHHTX" };

export const SECTOR_LABELS: Record<Sector, string> = SECTOR.label;

export const ORG_STATUS_LABELS: Record<OrgStatus, string> = ORG_STATUS.label;

/** A THT is not dissolved but "ends its activity": its own wording for TERMINATED. */
export function orgStatusLabel(status: OrgStatus, type: OrgType): string {
  if (type === "THT" && status === "TERMINATED") return "Đã chấm dứt hoạt động";
  return ORG_STATUS_LABELS[status];
}

export const RATING_LEVEL_LABELS: Record<RatingLevel, string> = RATING_LEVEL.label;

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

/** Short forms for tables and filters. */
export const ORG_STATUS_SHORT: Record<OrgStatus, string> = {
  ACTIVE: "Đang hoạt động",
  SUSPENDED: "Tạm ngừng",
  DISSOLVING: "Đang giải thể",
  BANKRUPTCY: "Đang phá sản",
  NOT_AT_ADDRESS: "Không tại địa chỉ",
  REVOKED_TAX: "Bị thu hồi",
  TERMINATING: "Đang chấm dứt",
  TERMINATED: "Đã chấm dứt",
};

export const MEMBER_TYPE_LABEL = {
  OFFICIAL: "Thành viên chính thức",
  ASSOCIATE_CAPITAL: "Thành viên liên kết góp vốn",
  ASSOCIATE_NO_CAPITAL: "Thành viên liên kết không góp vốn",
} as const;

export const APPROVAL_STATUS_LABEL = {
  DRAFT: "Nháp",
  SUBMITTED: "Đã gửi",
  APPROVED: "Đã duyệt",
  RETURNED: "Trả lại",
} as const;

/** Why a cooperative has no rating level for a year (TT 01/2020). */
export const NOT_RATED_REASON_LABELS = {
  UNDER_12_MONTHS: "Hoạt động dưới 12 tháng",
  STOPPED_OVER_3_MONTHS: "Ngừng hoạt động trên 3 tháng",
  PENDING: "Thuộc diện đánh giá nhưng chưa đánh giá",
  OTHER: "Lý do khác",
} as const;

export const RATING_SCHEME_LABELS = {
  GENERAL: "Thông tư 01/2020/TT-BKHĐT",
  AGRICULTURE: "Tiêu chí HTX nông nghiệp",
} as const;

export const LINK_ROLE_LABELS = {
  LEAD: "Chủ trì liên kết",
  MEMBER: "Tham gia liên kết",
} as const;

export const HIGH_TECH_TYPE_LABELS = {
  GREENHOUSE: "Nhà màng, nhà lưới",
  WATER_SAVING_IRRIGATION: "Tưới tiết kiệm nước",
  VIETGAP: "VietGAP",
  GLOBALGAP: "GlobalGAP",
  TRACEABILITY: "Truy xuất nguồn gốc",
  MECHANISATION: "Cơ giới hoá",
  BIOTECH: "Công nghệ sinh học",
  IOT: "Internet vạn vật (IoT)",
  OTHER: "Khác",
} as const;

export const DIGITAL_PRACTICE_LABELS = {
  ACCOUNTING_SOFTWARE: "Phần mềm kế toán",
  E_COMMERCE: "Thương mại điện tử",
  DIGITAL_PAYMENT: "Thanh toán không dùng tiền mặt",
  QR_TRACEABILITY: "Mã QR truy xuất nguồn gốc",
  WEBSITE_SOCIAL: "Trang thông tin điện tử, mạng xã hội",
  MANAGEMENT_SOFTWARE: "Phần mềm quản lý",
  OTHER: "Khác",
} as const;

/** An area unit as people name it: "Xã Bình Phú", "Huyện Gò Công Tây". */
export function areaUnitLabel(u: { kind: string; name: string }): string {
  return `${u.kind} ${u.name}`;
}
