// Text comparison for spreadsheets typed by people: case, diacritics, "đ", the
// "Xã"/"Thị trấn" prefix of a commune and stray spaces must not decide a match.

/** "Đồng Thạnh" → "dong thanh"; "  Bình   Phú " → "binh phu". */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** A header or an enum value as a key: "Vốn điều lệ (đồng)" → "von_dieu_le"; "Đang hoạt động" → "dang_hoat_dong". */
export function toKey(text: string): string {
  return foldVietnamese(text.replace(/\([^)]*\)/g, " "))
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const COMMUNE_PREFIX = /^(xa|thi tran|phuong|tt\.?|x\.)\s+/;

/** A commune name without its kind: "Xã Bình Phú" and "binh phu" → "binh phu". */
export function foldCommuneName(name: string): string {
  return foldVietnamese(name).replace(COMMUNE_PREFIX, "").trim();
}
