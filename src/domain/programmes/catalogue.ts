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

/** A count of the resolution for 2030 (code = kind, no parameters). */
function count2030(
  code: TargetDefinition["kind"],
  title: string,
  value: number,
  sourceText: string,
  explanation: string,
  comparator: "GTE" | "GT" = "GTE",
): TargetDefinition {
  return {
    code,
    kind: code,
    title,
    horizonYear: 2030,
    comparator,
    value,
    unit: "COUNT",
    params: {},
    sourceText,
    explanation,
  };
}

/** A 2030 target the district programme defines the same way, with the resolution's value
 *  and wording. */
function asDistrict(code: string, value: number, sourceText: string): TargetDefinition {
  const district = DEFAULT_TARGETS.find((t) => t.code === code)!;
  return { ...district, value, sourceText };
}

/** Resolution 20-NQ/TW's national targets, in the resolution's own words. */
export const RESOLUTION_20_TARGETS: readonly TargetDefinition[] = [
  count2030(
    "THT_COUNT",
    "Số tổ hợp tác",
    140_000,
    "Phấn đấu cả nước có khoảng 140.000 tổ hợp tác",
    "Số tổ hợp tác đang hoạt động tại ngày chốt số liệu trên phạm vi cả nước. Đạt khi ≥ 140.000.",
  ),
  asDistrict("THT_MEMBERS", 2_000_000, "với 2 triệu thành viên"),
  count2030(
    "HTX_COUNT",
    "Số hợp tác xã",
    45_000,
    "45.000 hợp tác xã",
    "Số hợp tác xã đang hoạt động tại ngày chốt số liệu. Đạt khi ≥ 45.000.",
  ),
  asDistrict("HTX_MEMBERS", 8_000_000, "với 8 triệu thành viên"),
  count2030(
    "LHHTX_COUNT",
    "Số liên hiệp hợp tác xã",
    340,
    "340 liên hiệp hợp tác xã",
    "Số liên hiệp hợp tác xã đang hoạt động tại ngày chốt số liệu. Đạt khi ≥ 340.",
  ),
  count2030(
    "LHHTX_MEMBER_HTX",
    "HTX thành viên của liên hiệp HTX",
    1_700,
    "với 1.700 hợp tác xã thành viên",
    "Tổng số hợp tác xã thành viên của các liên hiệp HTX đang hoạt động, theo sổ thành viên của từng liên hiệp tại ngày chốt số liệu (một HTX ở hai liên hiệp được tính ở cả hai). Đạt khi ≥ 1.700.",
  ),
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
  count2030(
    "HTX_HIGH_TECH",
    "HTX ứng dụng công nghệ cao",
    5_000,
    "Có trên 5.000 hợp tác xã ứng dụng công nghệ cao vào sản xuất, tiêu thụ sản phẩm nông nghiệp",
    "Số HTX đang hoạt động có ứng dụng công nghệ cao được ghi nhận trong năm (thiếu minh chứng vẫn tính nhưng được đánh dấu). Đạt khi > 5.000.",
    "GT",
  ),
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
