// A pending change of one row, as a reviewer reads it: what kind of change (added,
// changed, removed), a title naming the row, and each field before → now in Vietnamese
// wording and vi-VN formats. The images are the rows as PostgreSQL's to_jsonb gives them
// (PendingChange.before, the live row, or an approval's record in the audit log): column
// names as in the schema, dates "YYYY-MM-DD", money and counts as numbers.
//
// Pure module: no Prisma, no Next.
import {
  DIGITAL_PRACTICE_LABELS,
  HIGH_TECH_TYPE_LABELS,
  LINK_ROLE_LABELS,
  MEMBER_TYPE_LABEL,
  NOT_RATED_REASON_LABELS,
  ORG_STATUS_LABELS,
  ORG_TYPE_LABELS,
  POLICY_AREAS,
  RATING_LEVEL_LABELS,
  RATING_SCHEME_LABELS,
  SECTOR_LABELS,
  type PolicyArea,
} from "../labels";
import { formatDate } from "../format/date";
import { formatInteger, formatMoney, formatNumber, formatPercent } from "../format/number";

export type Image = Record<string, unknown>;

/** Names the images refer to by id (persons of memberships, communes, member cooperatives). */
export type NameLookup = {
  person?: (id: number) => string | undefined;
  commune?: (id: number) => string | undefined;
  organisation?: (id: number) => string | undefined;
};

type Field = { key: string; label: string; format: (v: unknown, names: NameLookup) => string };

const text = (v: unknown) => String(v);
const date = (v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v) ? formatDate(v) : String(v));
const count = (v: unknown) => formatInteger(Number(v));
const money = (v: unknown) => formatMoney(Number(v));
const yesNo = (yes: string, no: string) => (v: unknown) => (v === true ? yes : v === false ? no : String(v));
const label =
  (labels: Record<string, string>) =>
  (v: unknown): string =>
    labels[String(v)] ?? String(v);
const policy = (v: unknown) => {
  const p = POLICY_AREAS[String(v) as PolicyArea];
  return p ? `${p.number}. ${p.label}` : String(v);
};

const f = (key: string, fieldLabel: string, format: Field["format"] = text): Field => ({
  key,
  label: fieldLabel,
  format,
});

/** The report's figures, in the form's order (the reviewer's comparison table too). */
export const REPORT_FIGURES: Field[] = [
  f("memberCount", "Số thành viên", count),
  f("officialMemberCount", "Trong đó chính thức", count),
  f("employeeCount", "Số lao động", count),
  f("charterCapital", "Vốn điều lệ", money),
  f("totalAssets", "Tổng tài sản", money),
  f("revenue", "Doanh thu", money),
  f("profit", "Lợi nhuận", money),
  f("avgMemberIncome", "Thu nhập bình quân thành viên/năm", money),
  f("effective", "Hoạt động hiệu quả", yesNo("Có", "Không")),
];

/** The fields of each source table a reviewer sees (bookkeeping columns left out). */
export const FIELDS: Record<string, Field[]> = {
  Organisation: [
    f("code", "Mã tổ chức"),
    f("name", "Tên tổ chức"),
    f("type", "Loại hình", label(ORG_TYPE_LABELS)),
    f("communeId", "Xã, thị trấn", (v, n) => n.commune?.(Number(v)) ?? `#${String(v)}`),
    f("address", "Địa chỉ"),
    f("sector", "Lĩnh vực", label(SECTOR_LABELS)),
    f("mainProducts", "Sản phẩm, dịch vụ chính", (v) => (Array.isArray(v) ? v.join(", ") : String(v))),
    f("foundedOn", "Ngày thành lập", date),
    f("hasMemberRegister", "Sổ đăng ký thành viên", yesNo("Có", "Không")),
  ],
  OrgStatusChange: [
    f("status", "Trạng thái", label(ORG_STATUS_LABELS)),
    f("effectiveFrom", "Ngày hiệu lực", date),
    f("decisionRef", "Căn cứ"),
    f("note", "Ghi chú"),
  ],
  Membership: [
    f("personId", "Thành viên", (v, n) => n.person?.(Number(v)) ?? `#${String(v)}`),
    f("memberType", "Loại thành viên", label(MEMBER_TYPE_LABEL)),
    f("joinedOn", "Ngày vào", date),
    f("leftOn", "Ngày ra", date),
    f("capitalContributed", "Vốn góp", money),
  ],
  UnionMembership: [
    f("memberOrgId", "Hợp tác xã thành viên", (v, n) => n.organisation?.(Number(v)) ?? `#${String(v)}`),
    f("joinedOn", "Ngày vào", date),
    f("leftOn", "Ngày ra", date),
  ],
  AnnualReport: REPORT_FIGURES,
  Rating: [
    f("scheme", "Bộ tiêu chí", label(RATING_SCHEME_LABELS)),
    f("eligible", "Thuộc diện đánh giá", yesNo("Có", "Không")),
    f("score", "Điểm", (v) => formatNumber(Number(v), 2)),
    f("level", "Xếp loại", label(RATING_LEVEL_LABELS)),
    f("notRatedReason", "Lý do không xếp loại", label(NOT_RATED_REASON_LABELS)),
    f("note", "Ghi chú"),
  ],
  ValueChainLink: [
    f("partnerName", "Đối tác"),
    f("role", "Vai trò", label(LINK_ROLE_LABELS)),
    f("product", "Sản phẩm"),
    f("areaHa", "Diện tích (ha)", (v) => formatNumber(Number(v), 2)),
    f("contractRef", "Hợp đồng"),
    f("validFrom", "Từ ngày", date),
    f("validTo", "Đến ngày", date),
  ],
  HighTechApplication: [
    f("technologyType", "Loại công nghệ", label(HIGH_TECH_TYPE_LABELS)),
    f("description", "Mô tả"),
    f("evidence", "Minh chứng"),
    f("validFrom", "Từ ngày", date),
    f("validTo", "Đến ngày", date),
  ],
  DigitalPractice: [f("practice", "Hình thức", label(DIGITAL_PRACTICE_LABELS)), f("note", "Ghi chú")],
  SupportReceived: [f("policyArea", "Chính sách", policy), f("amount", "Số tiền", money), f("note", "Ghi chú")],
  Population: [f("population", "Dân số", count), f("households", "Số hộ", count), f("source", "Nguồn")],
};

export type ChangeKind = "ADDED" | "CHANGED" | "REMOVED";

export type FieldDiff = {
  key: string;
  label: string;
  /** Formatted; null when empty. */
  before: string | null;
  after: string | null;
};

export type DescribedChange = {
  entity: string;
  rowId: number;
  kind: ChangeKind;
  /** Names the row: "Nguyễn Văn A", "Công ty Lương thực – Lúa", "VietGAP", … */
  title: string;
  /** ADDED: every filled field (before null); REMOVED: every filled field (after null);
   *  CHANGED: the fields that differ. */
  fields: FieldDiff[];
};

const isEmpty = (v: unknown) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);

/** Formatted value of a field, null when empty. */
export function formatField(field: Field, value: unknown, names: NameLookup = {}): string | null {
  return isEmpty(value) ? null : field.format(value, names);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function titleOf(entity: string, row: Image, names: NameLookup): string {
  const fields = FIELDS[entity] ?? [];
  const fmt = (key: string) => {
    const field = fields.find((x) => x.key === key);
    return field ? (formatField(field, row[key], names) ?? "") : String(row[key] ?? "");
  };
  switch (entity) {
    case "Organisation":
      return String(row.name ?? "");
    case "OrgStatusChange":
      return `${fmt("status")} từ ngày ${fmt("effectiveFrom")}`;
    case "Membership":
      return fmt("personId");
    case "UnionMembership":
      return fmt("memberOrgId");
    case "AnnualReport":
      return `Báo cáo năm ${String(row.year ?? "")}`;
    case "Rating":
      return `Xếp loại năm ${String(row.year ?? "")}`;
    case "ValueChainLink":
      return `${fmt("partnerName")} – ${fmt("product")}`;
    case "HighTechApplication":
      return fmt("technologyType");
    case "DigitalPractice":
      return fmt("practice");
    case "SupportReceived":
      return fmt("policyArea");
    case "Population":
      return `Dân số năm ${String(row.year ?? "")}`;
    default:
      return `${entity} #${String(row.id ?? "")}`;
  }
}

/** One pending row, before (null: created) → current (null: deleted). */
export function describeChange(
  entity: string,
  rowId: number,
  before: Image | null,
  current: Image | null,
  names: NameLookup = {},
): DescribedChange {
  const fields = FIELDS[entity] ?? [];
  const kind: ChangeKind = before === null ? "ADDED" : current === null ? "REMOVED" : "CHANGED";
  const row = (current ?? before ?? {}) as Image;
  const diffs: FieldDiff[] = [];
  for (const field of fields) {
    const b = before?.[field.key];
    const a = current?.[field.key];
    if (kind === "CHANGED" && same(b, a)) continue;
    const d = {
      key: field.key,
      label: field.label,
      before: before ? formatField(field, b, names) : null,
      after: current ? formatField(field, a, names) : null,
    };
    if (kind !== "CHANGED" && d.before === null && d.after === null) continue;
    diffs.push(d);
  }
  return { entity, rowId, kind, title: titleOf(entity, row, names), fields: diffs };
}

/** What a member-register change means: joined, left, capital changed, other edit, removed. */
export type MemberEvent = "JOIN" | "LEAVE" | "CAPITAL" | "EDIT" | "REMOVED";

export function memberEvent(before: Image | null, current: Image | null): MemberEvent {
  if (current === null) return "REMOVED";
  if (before === null) return "JOIN";
  if (isEmpty(before.leftOn) && !isEmpty(current.leftOn)) return "LEAVE";
  if (!same(before.capitalContributed, current.capitalContributed)) return "CAPITAL";
  return "EDIT";
}

export const MEMBER_EVENT_LABELS: Record<MemberEvent, string> = {
  JOIN: "Vào tổ chức",
  LEAVE: "Ra khỏi tổ chức",
  CAPITAL: "Thay đổi vốn góp",
  EDIT: "Sửa thông tin",
  REMOVED: "Xoá khỏi sổ",
};

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  ADDED: "Mới",
  CHANGED: "Đã sửa",
  REMOVED: "Đã xoá",
};

/** A number as the images hold it (money arrives as a number or, from the audit log, a string). */
export function numeric(v: unknown): number | null {
  if (v === null || v === undefined || v === "") return null;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

/** "+25,0 %", "−12,5 %", "0,0 %"; null when it cannot be computed (no base, base 0). */
export function formatChange(previous: number | null, current: number | null): string | null {
  if (previous === null || current === null || previous === 0) return null;
  const pct = ((current - previous) / Math.abs(previous)) * 100;
  const rounded = Math.round(pct * 10) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "";
  return `${sign}${formatPercent(Math.abs(rounded))}`;
}
