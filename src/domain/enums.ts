// One source per enumeration of the domain: each value with its Vietnamese label and,
// where spreadsheets name it, its import key, in display order. Forms, import parsing,
// exports, charts and zod enums derive from these lists. The same values live in the
// database as PostgreSQL enums (prisma/schema.prisma); tests/db/enums.test.ts checks
// that both sets stay equal. Wording follows the legal texts (statuses: Nghị định
// 92/2024, Điều 27-28; ratings: TT 01/2020).

type Entry = { readonly value: string; readonly label: string; readonly key: string };

function enumeration<const E extends readonly [Entry, ...Entry[]]>(entries: E) {
  type V = E[number]["value"];
  type K = E[number]["key"];
  return {
    /** The values in display order; a non-empty tuple, as z.enum wants it. */
    values: entries.map((e) => e.value) as unknown as readonly [V, ...V[]],
    label: Object.fromEntries(entries.map((e) => [e.value, e.label])) as Record<V, string>,
    /** Import keys (spreadsheet column values) in the same order. */
    keys: entries.map((e) => e.key) as unknown as readonly [K, ...K[]],
    byKey: Object.fromEntries(entries.map((e) => [e.key, e.value])) as Record<K, V>,
    /** Value and label pairs for a select or a filter. */
    options: entries.map((e) => ({ value: e.value as V, label: e.label })),
  };
}

export const ORG_TYPE = enumeration([
  { value: "THT", label: "Tổ hợp tác", key: "THT" },
  { value: "HTX", label: "Hợp tác xã", key: "HTX" },
  { value: "LHHTX", label: "Liên hiệp hợp tác xã", key: "LHHTX" },
]);
export type OrgType = (typeof ORG_TYPE.values)[number];

export const SECTOR = enumeration([
  { value: "AGRICULTURE", label: "Nông nghiệp", key: "nong_nghiep" },
  { value: "NON_AGRICULTURE", label: "Phi nông nghiệp", key: "phi_nong_nghiep" },
  { value: "CREDIT", label: "Tín dụng", key: "tin_dung" },
]);
export type Sector = (typeof SECTOR.values)[number];

export const ORG_STATUS = enumeration([
  { value: "ACTIVE", label: "Đang hoạt động", key: "dang_hoat_dong" },
  { value: "SUSPENDED", label: "Tạm ngừng kinh doanh", key: "tam_ngung" },
  {
    value: "DISSOLVING",
    label: "Đang làm thủ tục giải thể, bị chia, bị hợp nhất, được sáp nhập",
    key: "dang_giai_the",
  },
  { value: "BANKRUPTCY", label: "Đang làm thủ tục phá sản", key: "dang_pha_san" },
  { value: "NOT_AT_ADDRESS", label: "Không hoạt động tại địa chỉ đã đăng ký", key: "khong_tai_dia_chi" },
  { value: "REVOKED_TAX", label: "Bị thu hồi do cưỡng chế về quản lý thuế", key: "bi_thu_hoi" },
  { value: "TERMINATING", label: "Đang làm thủ tục chấm dứt hoạt động", key: "dang_cham_dut" },
  { value: "TERMINATED", label: "Đã giải thể, phá sản, chấm dứt tồn tại", key: "da_cham_dut" },
]);
export type OrgStatus = (typeof ORG_STATUS.values)[number];

export const RATING_LEVEL = enumeration([
  { value: "GOOD", label: "Tốt", key: "tot" },
  { value: "FAIR", label: "Khá", key: "kha" },
  { value: "AVERAGE", label: "Trung bình", key: "trung_binh" },
  { value: "WEAK", label: "Yếu", key: "yeu" },
]);
export type RatingLevel = (typeof RATING_LEVEL.values)[number];

/** The level of the body that adopted a programme. */
export const PROGRAMME_LEVEL = enumeration([
  { value: "NATIONAL", label: "Trung ương", key: "trung_uong" },
  { value: "PROVINCE", label: "Tỉnh", key: "tinh" },
  { value: "DISTRICT", label: "Huyện", key: "huyen" },
  { value: "COMMUNE", label: "Xã", key: "xa" },
]);
export type ProgrammeLevel = (typeof PROGRAMME_LEVEL.values)[number];
