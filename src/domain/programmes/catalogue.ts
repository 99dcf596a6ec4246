// The programmes seeded with the product (issue 12): Resolution 20-NQ/TW with its
// national targets, the district programme 26-CTr/TU that implements it, and an empty
// template a province's admin fills in for its own plan. Each programme keeps its own
// wording and definitions: the resolution counts "tổ chức kinh tế tập thể" rated good or
// fair where the district counts "hợp tác xã". Pure data; the seed writes it to the
// Programme and Target tables (src/server/seed/reference.ts).
import { DEFAULT_TARGETS, type TargetDefinition } from "../targets/definitions";

import type { ProgrammeLevel } from "../enums";

export type ProgrammeSeed = {
  /** Stable key in URLs (?chuong-trinh=…) and settings. */
  code: string;
  title: string;
  /** What people call it: "Nghị quyết 20-NQ/TW", "Chương trình 26-CTr/TU". */
  shortTitle: string;
  level: ProgrammeLevel;
  issuingBody: string;
  documentNumber: string;
  /** ISO date the document was issued; null for a template not adopted yet. */
  issuedOn: string | null;
  /** Code of the Scope (set of units) the programme covers; null = the whole country. */
  scopeCode: string | null;
  /** Year the programme's baselines are taken from. */
  baselineYear: number;
  /** Where the wording of the targets comes from. */
  sourceRef: string;
  targets: readonly TargetDefinition[];
};

export const RESOLUTION_20_CODE = "NQ20";
export const DISTRICT_PROGRAMME_CODE = "CTR26-GCT";
export const PROVINCE_TEMPLATE_CODE = "TINH-MAU";

const NQ20_SOURCE = "Nghị quyết 20-NQ/TW ngày 16/6/2022, mục I.2 (Mục tiêu cụ thể)";

/** Resolution 20-NQ/TW's national targets, in the resolution's own words. */
export const RESOLUTION_20_TARGETS: readonly TargetDefinition[] = [
  {
    code: "THT_COUNT",
    kind: "THT_COUNT",
    title: "Số tổ hợp tác",
    horizonYear: 2030,
    comparator: "GTE",
    value: 140_000,
    unit: "COUNT",
    params: {},
    sourceText: "Phấn đấu cả nước có khoảng 140.000 tổ hợp tác",
    explanation: "Số tổ hợp tác đang hoạt động tại ngày chốt số liệu trên phạm vi cả nước. Đạt khi ≥ 140.000.",
  },
  {
    code: "THT_MEMBERS",
    kind: "THT_MEMBERS",
    title: "Thành viên tổ hợp tác",
    horizonYear: 2030,
    comparator: "GTE",
    value: 2_000_000,
    unit: "COUNT",
    params: {},
    sourceText: "với 2 triệu thành viên",
    explanation:
      "Tổng số thành viên của các tổ hợp tác đang hoạt động: theo sổ thành viên nếu có, nếu không theo số thành viên trong báo cáo năm.",
  },
  {
    code: "HTX_COUNT",
    kind: "HTX_COUNT",
    title: "Số hợp tác xã",
    horizonYear: 2030,
    comparator: "GTE",
    value: 45_000,
    unit: "COUNT",
    params: {},
    sourceText: "45.000 hợp tác xã",
    explanation: "Số hợp tác xã đang hoạt động tại ngày chốt số liệu. Đạt khi ≥ 45.000.",
  },
  {
    code: "HTX_MEMBERS",
    kind: "HTX_MEMBERS",
    title: "Thành viên hợp tác xã",
    horizonYear: 2030,
    comparator: "GTE",
    value: 8_000_000,
    unit: "COUNT",
    params: {},
    sourceText: "với 8 triệu thành viên",
    explanation:
      "Tổng số thành viên của các hợp tác xã đang hoạt động: theo sổ thành viên nếu có, nếu không theo số thành viên trong báo cáo năm.",
  },
  {
    code: "LHHTX_COUNT",
    kind: "LHHTX_COUNT",
    title: "Số liên hiệp hợp tác xã",
    horizonYear: 2030,
    comparator: "GTE",
    value: 340,
    unit: "COUNT",
    params: {},
    sourceText: "340 liên hiệp hợp tác xã",
    explanation: "Số liên hiệp hợp tác xã đang hoạt động tại ngày chốt số liệu. Đạt khi ≥ 340.",
  },
  {
    code: "LHHTX_MEMBER_HTX",
    kind: "LHHTX_MEMBER_HTX",
    title: "HTX thành viên của liên hiệp HTX",
    horizonYear: 2030,
    comparator: "GTE",
    value: 1_700,
    unit: "COUNT",
    params: {},
    sourceText: "với 1.700 hợp tác xã thành viên",
    explanation:
      "Tổng số hợp tác xã thành viên của các liên hiệp HTX đang hoạt động, theo sổ thành viên của từng liên hiệp tại ngày chốt số liệu (một HTX ở hai liên hiệp được tính ở cả hai). Đạt khi ≥ 1.700.",
  },
  {
    code: "ORG_GOOD_FAIR",
    kind: "ORG_GOOD_FAIR",
    title: "Tổ chức KTTT xếp loại tốt, khá",
    horizonYear: 2030,
    comparator: "GT",
    value: 60,
    unit: "PERCENT",
    params: { orgTypes: ["HTX", "LHHTX"] },
    sourceText: "Phấn đấu trên 60% tổ chức kinh tế tập thể đạt loại tốt, khá",
    explanation:
      "(HTX và LHHTX xếp loại Tốt, Khá) ÷ HTX và LHHTX đang hoạt động thuộc diện đánh giá trong năm. Tổ hợp tác không được xếp loại theo mức nên mặc định không tính; quản trị viên có thể thêm THT, khi đó THT được đánh giá hoạt động hiệu quả tính như Tốt, Khá. Đạt khi > 60 % (đúng 60 % là chưa đạt).",
  },
  {
    code: "ORG_VALUE_CHAIN",
    kind: "ORG_CHAIN",
    title: "Tổ chức KTTT liên kết chuỗi giá trị",
    horizonYear: 2030,
    comparator: "GTE",
    value: 50,
    unit: "PERCENT",
    params: { orgTypes: ["THT", "HTX", "LHHTX"], chainBase: "all" },
    sourceText: "trong đó ít nhất 50% tham gia liên kết theo chuỗi giá trị",
    explanation:
      "Số tổ chức đang hoạt động có liên kết chuỗi còn hiệu lực trong năm ÷ số tổ chức đang hoạt động. Cách hiểu khác của “trong đó”: tính trong số tổ chức xếp loại Tốt, Khá. Đạt khi ≥ 50 %.",
  },
  {
    code: "HTX_HIGH_TECH",
    kind: "HTX_HIGH_TECH",
    title: "HTX ứng dụng công nghệ cao",
    horizonYear: 2030,
    comparator: "GT",
    value: 5_000,
    unit: "COUNT",
    params: {},
    sourceText: "Có trên 5.000 hợp tác xã ứng dụng công nghệ cao vào sản xuất, tiêu thụ sản phẩm nông nghiệp",
    explanation:
      "Số HTX đang hoạt động có ứng dụng công nghệ cao được ghi nhận trong năm (thiếu minh chứng vẫn tính nhưng được đánh dấu). Đạt khi > 5.000.",
  },
  // 2045: the wording the district programme repeats, so the definitions are the same.
  ...DEFAULT_TARGETS.filter((t) => t.horizonYear === 2045),
];

export const PROGRAMME_CATALOGUE: readonly ProgrammeSeed[] = [
  {
    code: RESOLUTION_20_CODE,
    title:
      "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới",
    shortTitle: "Nghị quyết 20-NQ/TW",
    level: "NATIONAL",
    issuingBody: "Ban Chấp hành Trung ương Đảng",
    documentNumber: "20-NQ/TW",
    issuedOn: "2022-06-16",
    scopeCode: null,
    baselineYear: 2022,
    sourceRef: NQ20_SOURCE,
    targets: RESOLUTION_20_TARGETS,
  },
  {
    code: DISTRICT_PROGRAMME_CODE,
    title: "Chương trình hành động thực hiện Nghị quyết 20-NQ/TW của Huyện ủy Gò Công Tây",
    shortTitle: "Chương trình 26-CTr/TU",
    level: "DISTRICT",
    issuingBody: "Ban Chấp hành Đảng bộ huyện Gò Công Tây",
    documentNumber: "26-CTr/TU",
    issuedOn: null,
    scopeCode: "GCT-26-CTR",
    baselineYear: 2022,
    sourceRef: "Chương trình 26-CTr/TU, mục III.2 (Mục tiêu cụ thể)",
    targets: DEFAULT_TARGETS,
  },
  {
    code: PROVINCE_TEMPLATE_CODE,
    title: "Chương trình, kế hoạch của tỉnh thực hiện Nghị quyết 20-NQ/TW (mẫu để điền)",
    shortTitle: "Kế hoạch của tỉnh (mẫu)",
    level: "PROVINCE",
    issuingBody: "",
    documentNumber: "",
    issuedOn: null,
    scopeCode: null,
    baselineYear: 2022,
    sourceRef: "",
    targets: [],
  },
];
