// Vietnamese labels of the domain's enumerations, in official wording.
export const ORG_TYPE_LABEL = {
  THT: "Tổ hợp tác",
  HTX: "Hợp tác xã",
  LHHTX: "Liên hiệp hợp tác xã",
} as const;

export const ORG_TYPE_SHORT = { THT: "THT", HTX: "HTX", LHHTX: "LHHTX" } as const;

export const SECTOR_LABEL = {
  AGRICULTURE: "Nông nghiệp",
  NON_AGRICULTURE: "Phi nông nghiệp",
  CREDIT: "Tín dụng",
} as const;

/** Nghị định 92/2024/NĐ-CP, Điều 27-28. */
export const ORG_STATUS_LABEL = {
  ACTIVE: "Đang hoạt động",
  SUSPENDED: "Tạm ngừng kinh doanh",
  DISSOLVING: "Đang làm thủ tục giải thể, bị chia, bị hợp nhất, được sáp nhập",
  BANKRUPTCY: "Đang làm thủ tục phá sản",
  NOT_AT_ADDRESS: "Không hoạt động tại địa chỉ đã đăng ký",
  REVOKED_TAX: "Bị thu hồi do cưỡng chế về quản lý thuế",
  TERMINATING: "Đang làm thủ tục chấm dứt hoạt động",
  TERMINATED: "Đã giải thể, phá sản, chấm dứt tồn tại",
} as const;

/** Short forms for tables and filters. */
export const ORG_STATUS_SHORT = {
  ACTIVE: "Đang hoạt động",
  SUSPENDED: "Tạm ngừng",
  DISSOLVING: "Đang giải thể",
  BANKRUPTCY: "Đang phá sản",
  NOT_AT_ADDRESS: "Không tại địa chỉ",
  REVOKED_TAX: "Bị thu hồi",
  TERMINATING: "Đang chấm dứt",
  TERMINATED: "Đã chấm dứt",
} as const;

export const RATING_LEVEL_LABEL = {
  GOOD: "Tốt",
  FAIR: "Khá",
  AVERAGE: "Trung bình",
  WEAK: "Yếu",
} as const;

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

/** Programme section IV.2. */
export const POLICY_AREA_LABEL = {
  HUMAN_RESOURCES: "2.1 Phát triển nguồn nhân lực",
  LAND: "2.2 Đất đai",
  FINANCE_TAX: "2.3 Tài chính",
  CREDIT: "2.4 Tín dụng",
  SCIENCE_TECH: "2.5 Khoa học – công nghệ, chuyển đổi số",
  MARKET: "2.6 Thông tin, tiếp thị, thị trường",
  INFRASTRUCTURE: "2.7 Kết cấu hạ tầng",
  SOCIAL_INSURANCE: "2.8 Bảo hiểm xã hội",
} as const;

export type OrgTypeKey = keyof typeof ORG_TYPE_LABEL;
export type OrgStatusKey = keyof typeof ORG_STATUS_LABEL;
export type SectorKey = keyof typeof SECTOR_LABEL;
