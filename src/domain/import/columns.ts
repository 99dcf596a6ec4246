// The three spreadsheet formats: column keys (the header row), their Vietnamese
// labels (the note row, also accepted as headers) and the keys of enumerated values
// with their mapping to the data model.
import {
  ORG_STATUS,
  ORG_TYPE,
  RATING_LEVEL,
  SECTOR,
  type OrgStatus,
  type RatingLevel,
  type Sector,
} from "@/domain/enums";

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

export type ColumnDef = {
  key: string;
  /** Vietnamese label: the note row, and an accepted alternative header. */
  label: string;
  /** Allowed values or format, appended to the note in parentheses. */
  hint?: string;
  required: boolean;
};

const col = (key: string, label: string, required: boolean, hint?: string): ColumnDef => ({
  key,
  label,
  required,
  hint,
});

export const ORG_TYPE_KEYS = ORG_TYPE.keys;

export const SECTOR_KEYS = SECTOR.keys;
export type SectorKey = (typeof SECTOR_KEYS)[number];
export const SECTOR_BY_KEY: Record<SectorKey, Sector> = SECTOR.byKey;

export const STATUS_KEYS = ORG_STATUS.keys;
export type StatusKey = (typeof STATUS_KEYS)[number];
export const STATUS_BY_KEY: Record<StatusKey, OrgStatus> = ORG_STATUS.byKey;

export const RATING_KEYS = [...RATING_LEVEL.keys, "chua_xep_loai", "khong_xep_loai"] as const;
export type RatingKey = (typeof RATING_KEYS)[number];
export const LEVEL_BY_KEY: Partial<Record<RatingKey, RatingLevel>> = RATING_LEVEL.byKey;

export const YES_NO_KEYS = ["co", "khong"] as const;

export const MEMBER_KIND_KEYS = ["ca_nhan", "ho_gia_dinh", "phap_nhan", "to_chuc"] as const;
export const MEMBER_KIND_BY_KEY = {
  ca_nhan: "INDIVIDUAL",
  ho_gia_dinh: "HOUSEHOLD",
  phap_nhan: "LEGAL_ENTITY",
  to_chuc: "ORGANISATION",
} as const;

export const MEMBER_TYPE_KEYS = ["chinh_thuc", "lien_ket_gop_von", "lien_ket_khong_gop_von"] as const;
export const MEMBER_TYPE_BY_KEY = {
  chinh_thuc: "OFFICIAL",
  lien_ket_gop_von: "ASSOCIATE_CAPITAL",
  lien_ket_khong_gop_von: "ASSOCIATE_NO_CAPITAL",
} as const;

export const GENDER_KEYS = ["nam", "nu", "khac"] as const;
export const GENDER_BY_KEY = { nam: "MALE", nu: "FEMALE", khac: "OTHER" } as const;

/** The inverse of a key → enum map. */
export function invert<K extends string, V extends string>(map: Record<K, V>): Record<V, K> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as Record<V, K>;
}

export const ORGANISATION_YEAR_COLUMNS: readonly ColumnDef[] = [
  col("ma_to_chuc", "Mã tổ chức", true),
  col("loai_hinh", "Loại hình", true, ORG_TYPE_KEYS.join(" | ")),
  col("ten", "Tên tổ chức", true),
  col("ma_xa", "Mã xã", false, "mã xã hoặc tên xã"),
  col("ten_xa", "Tên xã, thị trấn", false, "có hoặc không dấu"),
  col("linh_vuc", "Lĩnh vực", true, SECTOR_KEYS.join(" | ")),
  col("trang_thai", "Trạng thái", true, STATUS_KEYS.join(" | ")),
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
  col("xep_loai", "Xếp loại", false, RATING_KEYS.join(" | ")),
  col("lien_ket_chuoi", "Liên kết chuỗi giá trị", false, "co | khong"),
  col("ung_dung_cnc", "Ứng dụng công nghệ cao", false, "co | khong"),
  col("chuyen_doi_so", "Chuyển đổi số", false, "co | khong"),
  col("hoat_dong_hieu_qua", "Hoạt động hiệu quả", false, "THT: co | khong"),
];

export const POPULATION_COLUMNS: readonly ColumnDef[] = [
  col("ma_xa", "Mã xã", false, "mã xã hoặc tên xã"),
  col("ten_xa", "Tên xã, thị trấn", false, "có hoặc không dấu"),
  col("nam", "Năm", true),
  col("dan_so", "Dân số", true, "người"),
];

export const MEMBER_COLUMNS: readonly ColumnDef[] = [
  col("ma_to_chuc", "Mã tổ chức", true),
  col("ho_ten", "Họ và tên", true),
  col("nam_sinh", "Năm sinh", false),
  col("gioi_tinh", "Giới tính", false, GENDER_KEYS.join(" | ")),
  col("so_dinh_danh", "Số định danh cá nhân", false, "không bắt buộc; chỉ lưu mã băm"),
  col("doi_tuong", "Đối tượng", true, MEMBER_KIND_KEYS.join(" | ")),
  col("loai_thanh_vien", "Loại thành viên", true, MEMBER_TYPE_KEYS.join(" | ")),
  col("ngay_vao", "Ngày vào", true, "dd/mm/yyyy"),
  col("von_gop", "Vốn góp", false, "đồng"),
];

export const COLUMNS_BY_KIND: Record<ImportKind, readonly ColumnDef[]> = {
  "to-chuc-theo-nam": ORGANISATION_YEAR_COLUMNS,
  "dan-so": POPULATION_COLUMNS,
  "thanh-vien": MEMBER_COLUMNS,
};

/** The note row's text of a column: "Loại hình (THT | HTX | LHHTX)". */
export function noteText(c: ColumnDef): string {
  return c.hint ? `${c.label} (${c.hint})` : c.label;
}
