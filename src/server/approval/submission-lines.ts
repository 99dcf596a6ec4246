// The lines of a submission's page (get-submission.ts): the report's figures beside the
// last approved year's, the rating in words, and the period records (value-chain links,
// high technology, digital practices, support) with the ones the submission removed.
import type { DigitalPractice, HighTechApplication, SupportReceived, ValueChainLink } from "@/generated/prisma/client";
import {
  formatChange,
  formatField,
  numeric,
  REPORT_FIGURES,
  type DescribedChange,
  type Image,
} from "@/domain/approval/describe-change";
import { formatMoney } from "@/domain/format/number";
import { formatDate } from "@/domain/format/date";
import {
  DIGITAL_PRACTICE_LABELS,
  HIGH_TECH_TYPE_LABELS,
  LINK_ROLE_LABELS,
  NOT_RATED_REASON_LABELS,
  POLICY_AREAS,
  RATING_LEVEL_LABELS,
} from "@/domain/labels";
import type { GatedEntity, PendingRow } from "./pending-changes";
import type { RecordLine, ReportRow } from "./submission-types";

type RatingRow = {
  eligible: boolean;
  score: { toString(): string } | null;
  level: keyof typeof RATING_LEVEL_LABELS | null;
  notRatedReason: keyof typeof NOT_RATED_REASON_LABELS | null;
};

export function ratingText(r: RatingRow | null): string | null {
  if (!r) return null;
  if (r.level) return `${RATING_LEVEL_LABELS[r.level]}${r.score ? ` (${String(r.score).replace(".", ",")} điểm)` : ""}`;
  const reason = r.notRatedReason ? `: ${NOT_RATED_REASON_LABELS[r.notRatedReason].toLowerCase()}` : "";
  return r.eligible ? `Chưa xếp loại${reason}` : `Không thuộc diện đánh giá${reason}`;
}

const period = (from: Date, to: Date | null) => `${formatDate(from)} – ${to ? formatDate(to) : "nay"}`;

/** The rows an approval recorded (transition.ts), as pending rows. */
export function recordedRows(after: unknown): PendingRow[] | null {
  const rows = (after as { approved?: { rows?: unknown } } | null)?.approved?.rows;
  if (!Array.isArray(rows)) return null;
  return rows.map((r: { entity: GatedEntity; rowId: number; before: Image | null; approved: Image | null }) => ({
    entity: r.entity,
    rowId: r.rowId,
    year: null,
    before: r.before ?? null,
    current: r.approved ?? null,
    createdById: null,
    updatedAt: new Date(0),
  }));
}

/** Every report figure: this year's, the last approved earlier year's, and the change. */
export function reportRows(
  nowImage: Image | null,
  prevImage: Image | null,
  reportChange: PendingRow | null,
): ReportRow[] {
  return REPORT_FIGURES.map((field) => {
    const now = nowImage?.[field.key] ?? null;
    const prev = prevImage?.[field.key] ?? null;
    const before = reportChange?.before?.[field.key] ?? null;
    const asJson = (v: unknown) => (typeof v === "bigint" ? Number(v) : v);
    return {
      key: field.key,
      label: field.label,
      previous: formatField(field, asJson(prev)),
      now: formatField(field, asJson(now)),
      change: field.key === "effective" ? null : formatChange(numeric(asJson(prev)), numeric(asJson(now))),
      approvedBefore:
        reportChange?.before && numeric(before) !== numeric(asJson(now)) && field.key !== "effective"
          ? (formatField(field, before) ?? "trống")
          : null,
    };
  });
}

/** `lines` followed by the records the submission removed (described changes of kind REMOVED). */
export function withRemoved(lines: RecordLine[], changes: DescribedChange[]): RecordLine[] {
  const removed = changes
    .filter((c) => c.kind === "REMOVED")
    .map((c) => ({
      id: c.rowId,
      title: c.title,
      detail: c.fields.map((f) => `${f.label}: ${f.before}`).join(" · "),
      change: "REMOVED" as const,
    }));
  return [...lines, ...removed];
}

type Changes = Map<number, DescribedChange>;

/** A record's line: its details joined with " · " (blank ones left out), and what the
 *  submission changed in it. */
const recordLine = (id: number, title: string, details: (string | null)[], changes: Changes): RecordLine => ({
  id,
  title,
  detail: details.filter(Boolean).join(" · "),
  change: changes.get(id)?.kind ?? null,
});

export const linkLine = (l: ValueChainLink, changes: Changes) =>
  recordLine(
    l.id,
    `${l.partnerName} – ${l.product}`,
    [
      LINK_ROLE_LABELS[l.role],
      l.areaHa ? `${String(l.areaHa).replace(".", ",")} ha` : null,
      l.contractRef,
      period(l.validFrom, l.validTo),
    ],
    changes,
  );

export const techLine = (t: HighTechApplication, changes: Changes) =>
  recordLine(
    t.id,
    HIGH_TECH_TYPE_LABELS[t.technologyType],
    [
      t.description,
      t.evidence?.trim() ? `Minh chứng: ${t.evidence}` : "Chưa có minh chứng",
      period(t.validFrom, t.validTo),
    ],
    changes,
  );

export const digitalLine = (d: DigitalPractice, changes: Changes) =>
  recordLine(d.id, DIGITAL_PRACTICE_LABELS[d.practice], [d.note], changes);

export const supportLine = (s: SupportReceived, changes: Changes) =>
  recordLine(
    s.id,
    `${POLICY_AREAS[s.policyArea].number}. ${POLICY_AREAS[s.policyArea].label}`,
    [formatMoney(s.amount), s.note],
    changes,
  );
