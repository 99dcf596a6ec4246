// The district programme's targets (26-CTr/TU, section III.2) as data. These are the defaults
// seeded into the Target table; an admin may change values and definition parameters
// with a validity period. Pure module: no Prisma, no Next.

export type Comparator = "GT" | "GTE" | "LT" | "LTE";
export type TargetUnit = "COUNT" | "PERCENT";

/**
 * What a target measures: the engine's formula (measures.ts). The district programme's
 * 11 targets each have their own kind; Resolution 20-NQ/TW adds unions of cooperatives
 * and the good/fair share over all collective-economy organisations.
 */
export type TargetKind =
  | "THT_COUNT"
  | "THT_MEMBERS"
  | "HTX_COUNT"
  | "HTX_MEMBERS"
  | "HTX_GOOD_FAIR"
  | "HTX_VALUE_CHAIN"
  | "HTX_HIGH_TECH"
  | "POP_SHARE"
  | "ORG_EFFECTIVE"
  | "ORG_CHAIN"
  | "ORG_DIGITAL"
  | "LHHTX_COUNT"
  | "LHHTX_MEMBER_HTX"
  | "ORG_GOOD_FAIR";

/** A target's code within its programme ("HTX_COUNT", "ORG_CHAIN_2030"): unique in the
 *  programme, stable across versions. The district programme's codes equal their kinds. */
export type TargetCode = string;

/** Definition parameters the engine reads; every field has a documented default. */
export type TargetParams = {
  /** HTX_VALUE_CHAIN and ORG_CHAIN: "all" = linked ÷ active (default); "goodFair" = the
   *  alternative reading of "trong đó": linked among the good/fair (THT: effective) ones. */
  chainBase?: "all" | "goodFair";
  /** Organisation types counted by the ORG_* targets and POP_SHARE. */
  orgTypes?: Array<"THT" | "HTX" | "LHHTX">;
};

export type TargetDefinition = {
  code: TargetCode;
  kind: TargetKind;
  title: string;
  horizonYear: number;
  comparator: Comparator;
  /** A count, or a percentage where 60 means 60 %. */
  value: number;
  unit: TargetUnit;
  params: TargetParams;
  /** The programme's own words. */
  sourceText: string;
  /** How the figure is computed, shown in the UI. */
  explanation: string;
};

export const TARGET_KINDS: readonly TargetKind[] = [
  "THT_COUNT",
  "THT_MEMBERS",
  "HTX_COUNT",
  "HTX_MEMBERS",
  "HTX_GOOD_FAIR",
  "HTX_VALUE_CHAIN",
  "HTX_HIGH_TECH",
  "POP_SHARE",
  "ORG_EFFECTIVE",
  "ORG_CHAIN",
  "ORG_DIGITAL",
  "LHHTX_COUNT",
  "LHHTX_MEMBER_HTX",
  "ORG_GOOD_FAIR",
] as const;

export const DEFAULT_TARGETS: readonly TargetDefinition[] = [
  {
    code: "THT_COUNT",
    kind: "THT_COUNT",
    title: "Số tổ hợp tác",
    horizonYear: 2030,
    comparator: "GTE",
    value: 35,
    unit: "COUNT",
    params: {},
    sourceText: "Toàn huyện có khoảng 35 tổ hợp tác",
    explanation: "Số tổ hợp tác có trạng thái Đang hoạt động tại ngày chốt số liệu. Đạt khi ≥ 35.",
  },
  {
    code: "THT_MEMBERS",
    kind: "THT_MEMBERS",
    title: "Thành viên tổ hợp tác",
    horizonYear: 2030,
    comparator: "GTE",
    value: 5000,
    unit: "COUNT",
    params: {},
    sourceText: "với 5.000 thành viên",
    explanation:
      "Tổng số thành viên của các tổ hợp tác đang hoạt động: theo sổ thành viên nếu có, nếu không theo số thành viên trong báo cáo năm.",
  },
  {
    code: "HTX_COUNT",
    kind: "HTX_COUNT",
    title: "Số hợp tác xã",
    horizonYear: 2030,
    comparator: "GTE",
    value: 30,
    unit: "COUNT",
    params: {},
    sourceText: "30 hợp tác xã",
    explanation: "Số hợp tác xã có trạng thái Đang hoạt động tại ngày chốt số liệu. Đạt khi ≥ 30.",
  },
  {
    code: "HTX_MEMBERS",
    kind: "HTX_MEMBERS",
    title: "Thành viên hợp tác xã",
    horizonYear: 2030,
    comparator: "GTE",
    value: 10500,
    unit: "COUNT",
    params: {},
    sourceText: "với 10.500 thành viên",
    explanation:
      "Tổng số thành viên của các hợp tác xã đang hoạt động: theo sổ thành viên nếu có, nếu không theo số thành viên trong báo cáo năm.",
  },
  {
    code: "HTX_GOOD_FAIR",
    kind: "HTX_GOOD_FAIR",
    title: "HTX xếp loại tốt, khá",
    horizonYear: 2030,
    comparator: "GT",
    value: 60,
    unit: "PERCENT",
    params: {},
    sourceText: "Bảo đảm trên 60% hợp tác xã đạt loại tốt, khá",
    explanation:
      "Số HTX xếp loại Tốt hoặc Khá ÷ số HTX đang hoạt động thuộc diện đánh giá trong năm. HTX thuộc diện nhưng chưa được đánh giá tính là chưa đạt và được đánh dấu; HTX không thuộc diện đánh giá bị loại khỏi mẫu số. Đạt khi > 60 % (đúng 60 % là chưa đạt).",
  },
  {
    code: "HTX_VALUE_CHAIN",
    kind: "HTX_VALUE_CHAIN",
    title: "HTX liên kết chuỗi giá trị",
    horizonYear: 2030,
    comparator: "GTE",
    value: 50,
    unit: "PERCENT",
    params: { chainBase: "all" },
    sourceText: "trong đó có ít nhất 50% tham gia liên kết theo chuỗi giá trị",
    explanation:
      "Số HTX đang hoạt động có hợp đồng liên kết chuỗi còn hiệu lực trong năm ÷ số HTX đang hoạt động. Cách hiểu khác của “trong đó”: tính trong số HTX xếp loại Tốt, Khá. Đạt khi ≥ 50 %.",
  },
  {
    code: "HTX_HIGH_TECH",
    kind: "HTX_HIGH_TECH",
    title: "HTX ứng dụng công nghệ cao",
    horizonYear: 2030,
    comparator: "GT",
    value: 5,
    unit: "COUNT",
    params: {},
    sourceText: "Có trên 05 hợp tác xã ứng dụng công nghệ cao vào sản xuất, tiêu thụ sản phẩm nông nghiệp",
    explanation:
      "Số HTX đang hoạt động có ứng dụng công nghệ cao được ghi nhận trong năm (thiếu minh chứng vẫn tính nhưng được đánh dấu). Đạt khi > 5, tức từ 6 HTX.",
  },
  {
    code: "POP_SHARE",
    kind: "POP_SHARE",
    title: "Dân số tham gia KTTT",
    horizonYear: 2045,
    comparator: "GTE",
    value: 20,
    unit: "PERCENT",
    params: { orgTypes: ["THT", "HTX"] },
    sourceText: "Phấn đấu thu hút tối thiểu 20% dân số tham gia các tổ chức kinh tế tập thể",
    explanation:
      "Số người/hộ khác nhau là thành viên của THT và HTX đang hoạt động (một người ở nhiều tổ chức chỉ tính một lần) ÷ dân số của địa bàn trong năm. Tổ chức không có sổ thành viên được tính theo số báo cáo và con số được đánh dấu là có thể trùng. Đạt khi ≥ 20 %.",
  },
  {
    code: "ORG_EFFECTIVE",
    kind: "ORG_EFFECTIVE",
    title: "Tổ chức KTTT hoạt động hiệu quả",
    horizonYear: 2045,
    comparator: "GT",
    value: 90,
    unit: "PERCENT",
    params: { orgTypes: ["THT", "HTX", "LHHTX"] },
    sourceText: "Bảo đảm trên 90% tổ chức kinh tế tập thể hoạt động hiệu quả",
    explanation:
      "(HTX, LHHTX xếp loại Tốt/Khá + THT được đánh giá hoạt động hiệu quả) ÷ tổ chức đang hoạt động, không tính HTX, LHHTX không thuộc diện đánh giá trong năm. Đạt khi > 90 %.",
  },
  {
    code: "ORG_CHAIN",
    kind: "ORG_CHAIN",
    title: "Tổ chức KTTT tham gia chuỗi liên kết",
    horizonYear: 2045,
    comparator: "GTE",
    value: 75,
    unit: "PERCENT",
    params: { orgTypes: ["THT", "HTX", "LHHTX"] },
    sourceText: "trong đó có ít nhất 75% tham gia các chuỗi liên kết",
    explanation:
      "Số tổ chức đang hoạt động có liên kết chuỗi còn hiệu lực trong năm ÷ số tổ chức đang hoạt động. Đạt khi ≥ 75 %.",
  },
  {
    code: "ORG_DIGITAL",
    kind: "ORG_DIGITAL",
    title: "Tổ chức KTTT chuyển đổi số",
    horizonYear: 2045,
    comparator: "GTE",
    value: 100,
    unit: "PERCENT",
    params: { orgTypes: ["THT", "HTX", "LHHTX"] },
    sourceText: "Các tổ chức kinh tế tập thể đều áp dụng công nghệ, nhất là chuyển đổi số",
    explanation:
      "Số tổ chức đang hoạt động có ít nhất một hoạt động chuyển đổi số được ghi nhận trong năm ÷ số tổ chức đang hoạt động. Đạt khi 100 %.",
  },
];

/** The district programme's target codes, in its order. */
export const TARGET_CODES: readonly TargetCode[] = DEFAULT_TARGETS.map((d) => d.code);
