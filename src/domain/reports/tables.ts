// The tables every rendering of a report shares (web view, PDF, Word, Excel, CSV), built
// from the frozen snapshot alone, so that all formats show the same columns and the same
// numbers, and none turns "nothing reported" into 0. Pure module.
import { COMPARATOR_SIGNS, DETERIORATING_NOTE, PROGRESS_STATUS_LABELS } from "../targets/labels";
import { formatInteger, formatNumber, formatPercent } from "../format/number";
import type { TargetCode } from "../targets/definitions";
import { DEFAULT_TARGETS } from "../targets/definitions";
import { BREAKDOWN_LEVEL_LABELS } from "../dashboard/breakdown";
import { targetChanges, type ReportSnapshot, type SnapshotBreakdownRow, type SnapshotTarget } from "./snapshot";
import type { ReportDocument } from "./document";

export type CellKind = "text" | "integer" | "year" | "percent" | "points" | "money";
export type Cell = { v: string | number | null; kind: CellKind };
export type Column = { header: string; width: number; kind: CellKind };
export type Table = {
  id: "muc-tieu" | "xa" | "loai-hinh" | "linh-vuc" | "ho-tro" | "chat-luong";
  title: string;
  columns: Column[];
  rows: Cell[][];
  footer?: Cell[];
};

const text = (v: string | null): Cell => ({ v, kind: "text" });
const int = (v: number | null): Cell => ({ v, kind: "integer" });
const pct = (v: number | null): Cell => ({ v, kind: "percent" });

/** A value in its own unit: counts as integers, rates as percentages. */
const valueCell = (t: Pick<SnapshotTarget, "unit">, v: number | null): Cell => (t.unit === "PERCENT" ? pct(v) : int(v));

/** The status column: a judged status, or why there is none. */
export function statusText(t: Pick<SnapshotTarget, "status" | "deteriorating" | "provisional" | "missing">): string {
  if (t.status !== null) {
    const label = PROGRESS_STATUS_LABELS[t.status];
    return t.deteriorating ? `${label} (${DETERIORATING_NOTE})` : label;
  }
  if (t.missing) return "Chưa có số liệu";
  return t.provisional ? "Tạm tính, chưa đánh giá" : "Không đánh giá (đã lọc)";
}

/** A target's value cell: the number, or words when there is none (never a 0). */
function targetValueCell(t: SnapshotTarget): Cell {
  if (t.missing) return text("Chưa có số liệu");
  if (t.value === null) return text("Chưa đủ số liệu");
  return valueCell(t, t.value);
}

/** "> 60 %", "≥ 30". */
export function goalText(t: Pick<SnapshotTarget, "comparator" | "target" | "unit">): string {
  return `${COMPARATOR_SIGNS[t.comparator]} ${t.unit === "PERCENT" ? formatPercent(t.target, 0) : formatInteger(t.target)}`;
}

/** Display of one cell, vi-VN ("1.250", "60,5 %", "+2,5 điểm %", "1.500.000"). */
export function formatCell(c: Cell): string {
  if (c.v === null) return "—";
  if (typeof c.v === "string") return c.v;
  switch (c.kind) {
    case "integer":
    case "money":
      return formatInteger(c.v);
    case "year":
      return String(c.v);
    case "percent":
      return formatPercent(c.v);
    case "points":
      return `${c.v > 0 ? "+" : ""}${formatNumber(c.v, 1)}`;
    default:
      return String(c.v);
  }
}

export function targetsTable(doc: Pick<ReportDocument, "snapshot" | "previous">): Table {
  const changes = targetChanges(doc.snapshot, doc.previous?.snapshot ?? null);
  const withPrevious = doc.previous !== null;
  const columns: Column[] = [
    { header: "STT", width: 5, kind: "integer" },
    { header: "Chỉ tiêu", width: 34, kind: "text" },
    { header: "Mục tiêu", width: 10, kind: "text" },
    { header: "Năm đích", width: 8, kind: "year" },
    { header: "Tử số", width: 10, kind: "integer" },
    { header: "Mẫu số", width: 10, kind: "integer" },
    { header: "Giá trị", width: 10, kind: "text" },
    { header: "% đạt kế hoạch", width: 11, kind: "percent" },
    { header: "Tình trạng", width: 15, kind: "text" },
  ];
  const narrowed = doc.snapshot.narrowed === true;
  if (narrowed) {
    columns.push(
      { header: "Toàn địa bàn", width: 10, kind: "text" },
      { header: "Tỷ trọng trong toàn địa bàn", width: 11, kind: "percent" },
      { header: "Xu hướng mỗi năm (các năm đã khoá sổ)", width: 12, kind: "points" },
    );
  }
  if (withPrevious) {
    columns.push(
      { header: "Kỳ trước", width: 10, kind: "text" },
      { header: "Thay đổi so với kỳ trước", width: 12, kind: "points" },
    );
  }
  const rows = doc.snapshot.targets.map((t, i) => {
    const row: Cell[] = [
      int(i + 1),
      text(t.title),
      text(goalText(t)),
      { v: t.horizonYear, kind: "year" },
      int(t.numerator),
      int(t.denominator),
      targetValueCell(t),
      pct(t.percentOfTarget),
      text(statusText(t)),
    ];
    if (narrowed) {
      row.push(valueCell(t, t.wholeValue ?? null), pct(t.share ?? null), {
        v: t.trend?.annualChange ?? null,
        kind: "points",
      });
    }
    if (withPrevious) {
      const c = changes.get(t.code)!;
      row.push(valueCell(t, c.previous), { v: c.change, kind: "points" });
    }
    return row;
  });
  return { id: "muc-tieu", title: "Kết quả thực hiện các chỉ tiêu", columns, rows };
}

/** Key targets shown per commune, sector and type (as on the overview page). */
export const BREAKDOWN_TARGETS: { code: TargetCode; header: string }[] = [
  { code: "HTX_GOOD_FAIR", header: "HTX tốt, khá (%)" },
  { code: "HTX_VALUE_CHAIN", header: "HTX liên kết chuỗi (%)" },
  { code: "HTX_HIGH_TECH", header: "HTX ứng dụng CNC" },
  { code: "POP_SHARE", header: "Dân số tham gia (%)" },
  { code: "ORG_DIGITAL", header: "Chuyển đổi số (%)" },
];

function breakdownTable(
  id: Table["id"],
  title: string,
  first: string,
  rows: SnapshotBreakdownRow[],
  units: Map<TargetCode, "COUNT" | "PERCENT">,
  /** The selection's value of each target: the total row's rates. */
  totals: Map<TargetCode, number | null>,
): Table {
  // A target hidden by the filter still has its column: its unit from the defaults.
  for (const t of DEFAULT_TARGETS) if (!units.has(t.code)) units.set(t.code, t.unit);
  const columns: Column[] = [
    { header: first, width: 26, kind: "text" },
    { header: "THT", width: 7, kind: "integer" },
    { header: "HTX", width: 7, kind: "integer" },
    { header: "LHHTX", width: 7, kind: "integer" },
    { header: "Thành viên THT", width: 10, kind: "integer" },
    { header: "Thành viên HTX", width: 10, kind: "integer" },
    ...BREAKDOWN_TARGETS.map((b) => ({
      header: b.header,
      width: 11,
      kind: (units.get(b.code) === "PERCENT" ? "percent" : "integer") as CellKind,
    })),
  ];
  const body = rows.map((r) => [
    text(r.missing ? `${r.label} (chưa có số liệu)` : r.label),
    int(r.activeTht),
    int(r.activeHtx),
    int(r.activeLhhtx),
    int(r.thtMembers),
    int(r.htxMembers),
    ...BREAKDOWN_TARGETS.map((b) => {
      const v = r.missing ? null : (r.values[b.code] ?? null);
      return units.get(b.code) === "PERCENT" ? pct(v) : int(v);
    }),
  ]);
  const sum = (k: "activeTht" | "activeHtx" | "activeLhhtx" | "thtMembers" | "htxMembers") =>
    // Rows with nothing reported add nothing; if none reported, the total is missing too.
    int(rows.some((r) => r[k] !== null) ? rows.reduce((t, r) => t + (r[k] ?? 0), 0) : null);
  const footer: Cell[] = [
    text("Tổng cộng"),
    sum("activeTht"),
    sum("activeHtx"),
    sum("activeLhhtx"),
    sum("thtMembers"),
    sum("htxMembers"),
    ...BREAKDOWN_TARGETS.map((b) => {
      const reported = rows.some((r) => !r.missing && typeof r.values[b.code] === "number");
      if (units.get(b.code) !== "PERCENT") {
        return int(reported ? rows.reduce((t, r) => t + (r.missing ? 0 : (r.values[b.code] ?? 0)), 0) : null);
      }
      // A rate is not a sum of rates: the rows partition the selection, so the total's
      // rate is the selection's own (its summed numerator over its summed denominator).
      return pct(reported ? (totals.get(b.code) ?? null) : null);
    }),
  ];
  return { id, title, columns, rows: body, footer };
}

const unitsOf = (s: ReportSnapshot) => new Map(s.targets.map((t) => [t.code, t.unit] as const));
const totalsOf = (s: ReportSnapshot) =>
  new Map<TargetCode, number | null>([
    ...s.targets.map((t) => [t.code, t.value] as const),
    ...Object.entries(s.keyTotals ?? {}),
  ]);

export function communesTable(s: ReportSnapshot): Table {
  const level = BREAKDOWN_LEVEL_LABELS[s.communesLevel ?? "COMMUNE"];
  return breakdownTable(
    "xa",
    `Kết quả ${level.heading.toLowerCase()}`,
    level.column,
    s.communes,
    unitsOf(s),
    totalsOf(s),
  );
}
export function typesTable(s: ReportSnapshot): Table {
  return breakdownTable("loai-hinh", "Kết quả theo loại hình", "Loại hình", s.types, unitsOf(s), totalsOf(s));
}
export function sectorsTable(s: ReportSnapshot): Table {
  return breakdownTable("linh-vuc", "Kết quả theo lĩnh vực", "Lĩnh vực", s.sectors, unitsOf(s), totalsOf(s));
}

export function supportTable(s: ReportSnapshot): Table {
  const y = s.support.year;
  const from = s.support.firstYear;
  const money = (v: string): Cell => ({ v: Number(v), kind: "money" });
  return {
    id: "ho-tro",
    title: `Hỗ trợ theo chính sách (mục IV.2 Chương trình), năm ${y} và lũy kế ${from}–${y}`,
    columns: [
      { header: "Mục", width: 6, kind: "text" },
      { header: "Chính sách hỗ trợ", width: 34, kind: "text" },
      { header: `Số tổ chức được hỗ trợ năm ${y}`, width: 14, kind: "integer" },
      { header: `Kinh phí năm ${y} (đồng)`, width: 18, kind: "money" },
      { header: `Số tổ chức lũy kế ${from}–${y}`, width: 14, kind: "integer" },
      { header: `Kinh phí lũy kế ${from}–${y} (đồng)`, width: 18, kind: "money" },
    ],
    rows: s.support.rows.map((r) => [
      text(r.number),
      text(r.label),
      int(r.organisations),
      money(r.amount),
      int(r.cumulativeOrganisations),
      money(r.cumulativeAmount),
    ]),
    footer: [
      text(""),
      text("Tổng cộng (mỗi tổ chức tính một lần)"),
      int(s.support.total.organisations),
      money(s.support.total.amount),
      int(s.support.total.cumulativeOrganisations),
      money(s.support.total.cumulativeAmount),
    ],
  };
}

export function qualityTable(s: ReportSnapshot): Table {
  const q = s.quality;
  const rate = (part: number) => pct(q.expectedReports === 0 ? null : (part / q.expectedReports) * 100);
  return {
    id: "chat-luong",
    title: `Chất lượng số liệu năm ${s.filters.year}`,
    columns: [
      { header: "Nội dung", width: 50, kind: "text" },
      { header: "Số lượng", width: 12, kind: "integer" },
      { header: "Tỷ lệ", width: 12, kind: "percent" },
    ],
    rows: [
      [text("Tổ chức đang hoạt động phải báo cáo năm"), int(q.expectedReports), pct(null)],
      [text("Đã có báo cáo năm (mọi trạng thái)"), int(q.reported), rate(q.reported)],
      [text("Báo cáo đã được duyệt"), int(q.approved), rate(q.approved)],
      [text("Báo cáo chờ duyệt"), int(q.submitted), rate(q.submitted)],
      [text("Báo cáo đang soạn hoặc bị trả lại"), int(q.draft + q.returned), rate(q.draft + q.returned)],
      [text("HTX thuộc diện đánh giá chưa xếp loại"), int(q.unratedEligible), pct(null)],
      [text("Tổ chức có số liệu biến động bất thường"), int(q.implausibleJumps), pct(null)],
    ],
  };
}

/** Every table of a report, in document order. */
export function allTables(doc: Pick<ReportDocument, "snapshot" | "previous">): Table[] {
  const s = doc.snapshot;
  return [targetsTable(doc), communesTable(s), typesTable(s), sectorsTable(s), supportTable(s), qualityTable(s)];
}
