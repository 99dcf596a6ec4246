// Before/after of an audit row as a list of changed fields (pure, for the history view).
export type FieldChange = { field: string; before: unknown; after: unknown };

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

export function diffAudit(before: unknown, after: unknown): FieldChange[] {
  const b = isPlainObject(before) ? before : {};
  const a = isPlainObject(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((f) => ({ field: f, before: b[f] ?? null, after: a[f] ?? null }));
}

/** A value as short readable text: "—" for empty, lists joined, objects as JSON. */
export function formatAuditValue(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? "có" : "không";
  if (Array.isArray(v)) return v.length ? v.map(formatAuditValue).join(", ") : "—";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** Vietnamese names of common audited fields; others are shown as their code name. */
export const FIELD_LABEL: Record<string, string> = {
  username: "Tên đăng nhập",
  fullName: "Họ và tên",
  role: "Vai trò",
  communeIds: "Xã, thị trấn (mã)",
  disabled: "Đã khoá",
  reason: "Lý do",
  name: "Tên",
  code: "Mã",
  type: "Loại hình",
  communeId: "Xã, thị trấn (mã)",
  address: "Địa chỉ",
  sector: "Lĩnh vực",
  status: "Trạng thái",
  currentStatus: "Trạng thái",
  year: "Năm",
  approvalStatus: "Tình trạng duyệt",
  reviewComment: "Ý kiến trả lại",
  score: "Điểm",
  level: "Xếp loại",
  note: "Ghi chú",
  amount: "Số tiền (đồng)",
  population: "Dân số",
};
