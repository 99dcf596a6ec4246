// The three spreadsheet formats: column keys (pinned: scripts and old files use them),
// their Vietnamese labels (the header row of templates and exports; either names a
// column, see table.ts), the choices of enumerated columns (the dropdowns of the XLSX
// files) and the keys of enumerated values with their mapping to the data model.
import {
  ORG_STATUS,
  ORG_TYPE,
  RATING_LEVEL,
  SECTOR,
  type OrgStatus,
  type RatingLevel,
  type Sector,
} from "@/domain/enums";
import { MEMBER_TYPE_LABEL } from "@/domain/labels";

export type ImportKind = "to-chuc-theo-nam" | "dan-so" | "thanh-vien";

export const IMPORT_KINDS: readonly ImportKind[] = ["to-chuc-theo-nam", "dan-so", "thanh-vien"];

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  "to-chuc-theo-nam": "Tổ chức theo năm (THT, HTX, LHHTX)",
  "dan-so": "Dân số theo xã",
  "thanh-vien": "Sổ thành viên hợp tác xã",
};

/** File names (without extension) of templates and exports. */
export const IMPORT_KIND_FILE: Record<ImportKind, string> = {
  "to-chuc-theo-nam": "to-chuc-theo-nam",
  "dan-so": "dan-so",
  "thanh-vien": "so-thanh-vien",
};

/** One allowed value of an enumerated column: the import key and the Vietnamese label
 *  (both accepted on import; files show the label, messages name it). */
export type Choice<K extends string = string> = { readonly key: K; readonly label: string };

export type ColumnDef = {
  key: string;
  /** Vietnamese label: the header of templates and exports. */
  label: string;
  /** Format or unit, for the instructions ("đồng", "dd/mm/yyyy"). */
  hint?: string;
  required: boolean;
  /** The allowed values of an enumerated column. */
  choices?: readonly Choice[];
  /** A commune column: its dropdown lists the communes' codes or names. */
  commune?: "code" | "name";
};

const col = (
  key: string,
  label: string,
  required: boolean,
  more: string | Pick<ColumnDef, "hint" | "choices" | "commune"> = {},
): ColumnDef => ({ key, label, required, ...(typeof more === "string" ? { hint: more } : more) });

/** The choices of an enumeration of enums.ts, in its display order. */
function choicesOf<K extends string, V extends string>(e: {
  keys: readonly K[];
  byKey: Record<K, V>;
  label: Record<V, string>;
}): Choice<K>[] {
  return e.keys.map((key) => ({ key, label: e.label[e.byKey[key]] }));
}

export const ORG_TYPE_CHOICES = choicesOf(ORG_TYPE);

export type SectorKey = (typeof SECTOR.keys)[number];
export const SECTOR_BY_KEY: Record<SectorKey, Sector> = SECTOR.byKey;
export const SECTOR_CHOICES = choicesOf(SECTOR);

export type StatusKey = (typeof ORG_STATUS.keys)[number];
export const STATUS_BY_KEY: Record<StatusKey, OrgStatus> = ORG_STATUS.byKey;
export const STATUS_CHOICES = choicesOf(ORG_STATUS);

export type RatingKey = (typeof RATING_LEVEL.keys)[number] | "chua_xep_loai" | "khong_xep_loai";
export const LEVEL_BY_KEY: Partial<Record<RatingKey, RatingLevel>> = RATING_LEVEL.byKey;
export const RATING_CHOICES: readonly Choice<RatingKey>[] = [
  ...choicesOf(RATING_LEVEL),
  { key: "chua_xep_loai", label: "Chưa xếp loại" },
  { key: "khong_xep_loai", label: "Không xếp loại" },
];

export const YES_NO_CHOICES: readonly Choice<"co" | "khong">[] = [
  { key: "co", label: "Có" },
  { key: "khong", label: "Không" },
];

export const MEMBER_KIND_BY_KEY = {
  ca_nhan: "INDIVIDUAL",
  ho_gia_dinh: "HOUSEHOLD",
  phap_nhan: "LEGAL_ENTITY",
  to_chuc: "ORGANISATION",
} as const;

const MEMBER_TYPE_KEYS = ["chinh_thuc", "lien_ket_gop_von", "lien_ket_khong_gop_von"] as const;
export const MEMBER_TYPE_BY_KEY = {
  chinh_thuc: "OFFICIAL",
  lien_ket_gop_von: "ASSOCIATE_CAPITAL",
  lien_ket_khong_gop_von: "ASSOCIATE_NO_CAPITAL",
} as const;

export const GENDER_BY_KEY = { nam: "MALE", nu: "FEMALE", khac: "OTHER" } as const;

export const MEMBER_KIND_CHOICES: readonly Choice<keyof typeof MEMBER_KIND_BY_KEY>[] = [
  { key: "ca_nhan", label: "Cá nhân" },
  { key: "ho_gia_dinh", label: "Hộ gia đình" },
  { key: "phap_nhan", label: "Pháp nhân" },
  { key: "to_chuc", label: "Tổ chức" },
];
export const MEMBER_TYPE_CHOICES: readonly Choice<(typeof MEMBER_TYPE_KEYS)[number]>[] = MEMBER_TYPE_KEYS.map(
  (key) => ({
    key,
    label: MEMBER_TYPE_LABEL[MEMBER_TYPE_BY_KEY[key]],
  }),
);
export const GENDER_CHOICES: readonly Choice<keyof typeof GENDER_BY_KEY>[] = [
  { key: "nam", label: "Nam" },
  { key: "nu", label: "Nữ" },
  { key: "khac", label: "Khác" },
];

/** The inverse of a key → enum map. */
export function invert<K extends string, V extends string>(map: Record<K, V>): Record<V, K> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as Record<V, K>;
}

export const ORGANISATION_YEAR_COLUMNS: readonly ColumnDef[] = [
  col("ma_to_chuc", "Mã tổ chức", true),
  col("loai_hinh", "Loại hình", true, { choices: ORG_TYPE_CHOICES }),
  col("ten", "Tên tổ chức", true),
  col("ma_xa", "Mã xã", false, { hint: "mã xã hoặc tên xã", commune: "code" }),
  col("ten_xa", "Tên xã, thị trấn", false, { hint: "có hoặc không dấu", commune: "name" }),
  col("linh_vuc", "Lĩnh vực", true, { choices: SECTOR_CHOICES }),
  col("trang_thai", "Trạng thái", true, { choices: STATUS_CHOICES }),
  col("nam", "Năm", true),
  col("so_thanh_vien", "Số thành viên", false),
  col("so_thanh_vien_chinh_thuc", "Số thành viên chính thức", false),
  col("so_lao_dong", "Số lao động", false),
  col("von_dieu_le", "Vốn điều lệ", false, "đồng"),
  col("tong_tai_san", "Tổng tài sản", false, "đồng"),
  col("doanh_thu", "Doanh thu", false, "đồng"),
  col("loi_nhuan", "Lợi nhuận", false, "đồng, có thể âm"),
  col("thu_nhap_binh_quan", "Thu nhập bình quân thành viên", false, "đồng/thành viên/năm"),
  col("diem_danh_gia", "Điểm đánh giá", false, "0–100"),
  col("xep_loai", "Xếp loại", false, { choices: RATING_CHOICES }),
  col("lien_ket_chuoi", "Liên kết chuỗi giá trị", false, { choices: YES_NO_CHOICES }),
  col("ung_dung_cnc", "Ứng dụng công nghệ cao", false, { choices: YES_NO_CHOICES }),
  col("chuyen_doi_so", "Chuyển đổi số", false, { choices: YES_NO_CHOICES }),
  col("hoat_dong_hieu_qua", "Hoạt động hiệu quả", false, { hint: "chỉ THT", choices: YES_NO_CHOICES }),
];

export const POPULATION_COLUMNS: readonly ColumnDef[] = [
  col("ma_xa", "Mã xã", false, { hint: "mã xã hoặc tên xã", commune: "code" }),
  col("ten_xa", "Tên xã, thị trấn", false, { hint: "có hoặc không dấu", commune: "name" }),
  col("nam", "Năm", true),
  col("dan_so", "Dân số", true, "người"),
];

export const MEMBER_COLUMNS: readonly ColumnDef[] = [
  col("ma_to_chuc", "Mã tổ chức", true),
  col("ho_ten", "Họ và tên", true),
  col("nam_sinh", "Năm sinh", false),
  col("gioi_tinh", "Giới tính", false, { choices: GENDER_CHOICES }),
  col("so_dinh_danh", "Số định danh cá nhân", false, "không bắt buộc; chỉ lưu mã băm"),
  col("doi_tuong", "Đối tượng", true, { choices: MEMBER_KIND_CHOICES }),
  col("loai_thanh_vien", "Loại thành viên", true, { choices: MEMBER_TYPE_CHOICES }),
  col("ngay_vao", "Ngày vào", true, "dd/mm/yyyy"),
  col("von_gop", "Vốn góp", false, "đồng"),
];

export const COLUMNS_BY_KIND: Record<ImportKind, readonly ColumnDef[]> = {
  "to-chuc-theo-nam": ORGANISATION_YEAR_COLUMNS,
  "dan-so": POPULATION_COLUMNS,
  "thanh-vien": MEMBER_COLUMNS,
};

/** What a column accepts, for the instructions: "Tổ hợp tác (THT); Hợp tác xã (HTX); …" or its format. */
export function columnRule(c: ColumnDef): string {
  const choices = c.choices?.map((ch) => `${ch.label} (${ch.key})`).join("; ");
  return [choices, c.hint].filter(Boolean).join(" — ");
}

/** A value as files show it: the label of an enumerated column's key, anything else as it is. */
export function displayValue<T>(c: ColumnDef, value: T): T | string {
  return (typeof value === "string" && c.choices?.find((ch) => ch.key === value)?.label) || value;
}

/** How to fill a file: the instructions sheet of the XLSX files and the import page. */
export const IMPORT_INSTRUCTIONS: readonly string[] = [
  "Điền dữ liệu vào trang tính đầu tiên, từ dòng 3. Dòng 1 là tên cột, dòng 2 là mã cột: giữ nguyên dòng 1; dòng 2 giữ hoặc xoá đều được.",
  "Khi nhập, dòng đầu tiên có nội dung là dòng tên cột: mỗi ô ghi tên cột tiếng Việt hoặc mã cột, không phân biệt chữ hoa, chữ thường, có dấu hay không dấu; phần ghi trong ngoặc được bỏ qua. Dòng ngay dưới nếu chỉ ghi lại tên hoặc mã của đúng các cột ấy (như dòng 2 của tệp mẫu) cũng được bỏ qua.",
  "Thứ tự cột tùy ý; cột không bắt buộc có thể bỏ đi.",
  "Cột có danh sách chọn (Excel): bấm vào ô để chọn. Ghi mã giá trị (ví dụ HTX, nong_nghiep, co) cũng được chấp nhận.",
  "Số tiền ghi bằng đồng, số nguyên, có thể có dấu chấm phân cách hàng nghìn (1.500.000). Xã ghi bằng mã hoặc tên (có hoặc không dấu).",
  'Lỗi được báo theo dòng và cột, ví dụ: Dòng 5, cột “Mã xã” (ma_xa): không có xã, thị trấn mã "99999".',
];
