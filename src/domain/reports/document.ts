// What every rendering of a report needs (web view, PDF, Word, Excel, CSV) around its
// tables, built from the frozen snapshot alone: the document's parts, its date line and
// the context printed under the title. The tables are in ./tables. Pure module.
import { formatDate, formatFormalDate } from "../format/date";
import type { ReportSnapshot } from "./snapshot";
import { approvedDossiersText } from "../targets/closing";
import type { Signature } from "./letterhead";

export type ReportDocument = {
  /** "BÁO CÁO", "BÁO CÁO SƠ KẾT", … */
  heading: string;
  title: string;
  /** "Cơ quan chủ quản" above the issuing body; "" when there is none. */
  parentBody: string;
  /** Lines of the issuing body. */
  issuingBody: string[];
  /**
   * "Số" line, "Nơi nhận" and signature block of a report (null for a live table, which
   * is not an administrative document).
   */
  formal: { documentNumber: string; recipients: string[]; signature: Signature } | null;
  place: string;
  /** ISO date of the date line, null for a draft ("ngày … tháng … năm …"). */
  issuedOn: string | null;
  /** Year shown in a draft's blank date line. */
  draftYear: number;
  periodLabel: string;
  status: "DRAFT" | "PUBLISHED" | "LIVE";
  snapshot: ReportSnapshot;
  previous: { id: number; title: string; periodLabel: string; snapshot: ReportSnapshot } | null;
  narrative: { results: string; limitations: string; tasksAhead: string } | null;
};

export const NATIONAL_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"] as const;

/** "Gò Công Tây, ngày 05 tháng 01 năm 2026" (a draft: "ngày     tháng     năm 2026"). */
export function dateLine(doc: Pick<ReportDocument, "place" | "issuedOn" | "draftYear">): string {
  const when = doc.issuedOn
    ? formatFormalDate(doc.issuedOn)
    : `ngày\u00A0\u00A0\u00A0\u00A0 tháng\u00A0\u00A0\u00A0\u00A0 năm ${doc.draftYear}`;
  return `${doc.place}, ${when}`;
}

/** Parent body and issuing body on one line ("UBND TỈNH ĐỒNG THÁP – SỞ TÀI CHÍNH"). */
export function issuerText(doc: Pick<ReportDocument, "parentBody" | "issuingBody">): string {
  return [doc.parentBody, ...doc.issuingBody].filter(Boolean).join(" – ");
}

/** "(Số liệu tính đến ngày 30 tháng 09 năm 2026)". */
export function asOfLine(snapshot: ReportSnapshot): string {
  return `(Số liệu tính đến ${formatFormalDate(snapshot.filters.asOf)})`;
}

const TYPE_WORDS: Record<string, string> = {
  THT: "tổ hợp tác (THT)",
  HTX: "hợp tác xã (HTX)",
  LHHTX: "liên hiệp hợp tác xã (LHHTX)",
};

const SECTOR_WORDS: Record<string, string> = {
  AGRICULTURE: "nông nghiệp",
  NON_AGRICULTURE: "phi nông nghiệp",
  CREDIT: "tín dụng",
};

/**
 * Every filter by name, the active ones and the defaults alike, so a page or a file
 * forwarded on its own says what it counts: năm, ngày số liệu, địa bàn (the communes by
 * name), loại hình, lĩnh vực, and whether unapproved data are in.
 */
export function filtersText(s: Pick<ReportSnapshot, "filters" | "scopeLabel">): string {
  const f = s.filters;
  return [
    `năm số liệu ${f.year}`,
    `ngày số liệu ${formatDate(f.asOf)}`,
    `địa bàn: ${s.scopeLabel}`,
    `loại hình: ${f.orgTypes.length ? f.orgTypes.map((x) => TYPE_WORDS[x] ?? x).join(", ") : "tất cả"}`,
    `lĩnh vực: ${f.sectors.length ? f.sectors.map((x) => SECTOR_WORDS[x] ?? x).join(", ") : "tất cả"}`,
    f.includeUnapproved ? "kể cả số liệu chưa duyệt" : "chỉ số liệu đã duyệt",
  ].join("; ");
}

/**
 * What a reader must know before the figures, printed under the title of every format
 * (web, PDF, Word, Excel, CSV): the filters, whether the year is provisional, whether
 * the view is narrowed, what is missing, which targets were left out.
 */
export function contextLines(s: ReportSnapshot): string[] {
  const lines = [`Bộ lọc: ${filtersText(s)}.`];
  // snapshots frozen before programmes (issue 12) are the district programme's and say nothing
  if (s.programme) lines.unshift(`Chỉ tiêu đánh giá theo ${s.programme.shortTitle}: ${s.programme.title}.`);
  const year = s.filters.year;
  if (s.closure?.provisional) {
    lines.push(
      `Năm ${year} chưa khoá sổ: số liệu tạm tính (${approvedDossiersText(s.dossiers)}), chưa đánh giá tiến độ; xu hướng và dự báo chỉ tính từ các năm đã khoá sổ.`,
    );
  }
  if (s.narrowed) {
    lines.push(
      "Phạm vi đã thu hẹp theo bộ lọc: không so với mục tiêu của toàn địa bàn Chương trình; cột “Toàn địa bàn” và “Tỷ trọng” cho biết phần của phạm vi này trong toàn địa bàn cùng năm.",
    );
  }
  const missingYears = (s.missingYears ?? []).filter((y) => y <= year);
  if (missingYears.length) {
    lines.push(
      `Chưa có số liệu (không có hồ sơ năm nào) của năm ${missingYears.join(", ")}: để trống, không tính là 0.`,
    );
  }
  if (s.missingUnits?.length) lines.push(`Chưa có hồ sơ năm ${year}: ${s.missingUnits.join(", ")}.`);
  lines.push(...(s.hiddenNotes ?? []));
  return lines;
}
