// The whole submission of a dossier (organisation, year) on one page, for the reviewer:
// every pending change it covers (identity, status, members, union members, report,
// rating, value-chain links, high technology, digital practices, support), each before →
// now; the report's figures beside the last approved year's and the change in %; the
// data-quality flags; the version and the fingerprint of the changes shown, which the
// approval must carry (a dossier changed since is refused, transition.ts).
// An approved dossier shows what its approval recorded (the audit row), not the live rows.
// Readers: district staff and administrators, and the organisation's commune officials.
import type { ApprovalStatus, PrismaClient } from "@/generated/prisma/client";
import {
  describeChange,
  formatChange,
  formatField,
  memberEvent,
  numeric,
  REPORT_FIGURES,
  type ChangeKind,
  type DescribedChange,
  type Image,
  type MemberEvent,
  type NameLookup,
} from "@/domain/approval/describe-change";
import { flagText, type SubmissionFlag } from "@/domain/approval/submission-flags";
import { formatMoney } from "@/domain/format/number";
import { formatDate } from "@/domain/format/date";
import {
  DIGITAL_PRACTICE_LABELS,
  HIGH_TECH_TYPE_LABELS,
  LINK_ROLE_LABELS,
  NOT_RATED_REASON_LABELS,
  POLICY_AREAS,
  RATING_LEVEL_LABELS,
  areaUnitLabel,
} from "@/domain/labels";
import type { OrgType, Sector } from "@/domain/targets/facts";
import { canApprove, canRead, canWriteCommune } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors";
import { isOrganisationId } from "../organisation/get-organisation-by-id";
import { yearEnd, yearStart } from "@/domain/time/vietnam";
import { dossierKey, loadDossierFacts } from "./dossier-facts";
import { fingerprint, listDossierChanges, type GatedEntity, type PendingRow } from "./pending-changes";

export type ReportRow = {
  key: string;
  label: string;
  /** The last approved earlier year's value. */
  previous: string | null;
  now: string | null;
  /** "+25,0 %" against `previous`. */
  change: string | null;
  /** This year's value as last approved, when the submission changes it. */
  approvedBefore: string | null;
};

export type RecordLine = {
  id: number;
  title: string;
  detail: string;
  /** null: unchanged by this submission. */
  change: ChangeKind | null;
};

export type Submission = {
  organisation: {
    id: number;
    code: string;
    name: string;
    type: OrgType;
    sector: Sector;
    communeId: number;
    communeName: string;
    hasMemberRegister: boolean;
  };
  year: number;
  dossier: {
    status: ApprovalStatus;
    version: number;
    submittedAt: Date | null;
    submittedBy: string | null;
    approvedAt: Date | null;
    approvedBy: string | null;
    reviewComment: string | null;
  } | null;
  /** PENDING: the changes waiting now; APPROVED_RECORD: what the approval recorded. */
  source: "PENDING" | "APPROVED_RECORD";
  /** The fingerprint of the pending changes shown (approve-report's `seen`). */
  seen: string;
  changeCount: number;
  identity: DescribedChange | null;
  statusChanges: DescribedChange[];
  members: {
    changes: (DescribedChange & { event: MemberEvent })[];
    /** Persons in the register at the count date (null: no register kept). */
    register: { count: number; asOf: string } | null;
    reported: number | null;
  };
  unionMembers: DescribedChange[];
  report: {
    exists: boolean;
    /** The report row's own change (created, or changed since approved). */
    change: ChangeKind | null;
    compareYear: number | null;
    rows: ReportRow[];
  };
  rating: { change: DescribedChange | null; now: string | null; compare: { year: number; text: string } | null };
  linkages: { changes: DescribedChange[]; lines: RecordLine[] };
  highTech: { changes: DescribedChange[]; lines: RecordLine[] };
  digital: { changes: DescribedChange[]; lines: RecordLine[] };
  support: {
    changes: DescribedChange[];
    lines: RecordLine[];
    total: string;
    compare: { year: number; total: string } | null;
  };
  /** `metric`: the report figure a jump concerns, to show the flag beside it too. */
  flags: { kind: SubmissionFlag["kind"]; text: string; metric?: string }[];
  canApprove: boolean;
};

type RatingRow = {
  eligible: boolean;
  score: { toString(): string } | null;
  level: keyof typeof RATING_LEVEL_LABELS | null;
  notRatedReason: keyof typeof NOT_RATED_REASON_LABELS | null;
};

function ratingText(r: RatingRow | null): string | null {
  if (!r) return null;
  if (r.level) return `${RATING_LEVEL_LABELS[r.level]}${r.score ? ` (${String(r.score).replace(".", ",")} điểm)` : ""}`;
  const reason = r.notRatedReason ? `: ${NOT_RATED_REASON_LABELS[r.notRatedReason].toLowerCase()}` : "";
  return r.eligible ? `Chưa xếp loại${reason}` : `Không thuộc diện đánh giá${reason}`;
}

const period = (from: Date, to: Date | null) => `${formatDate(from)} – ${to ? formatDate(to) : "nay"}`;

/** The rows an approval recorded (transition.ts), as pending rows. */
function recordedRows(after: unknown): PendingRow[] | null {
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

export async function getSubmission(
  viewer: Viewer,
  prisma: PrismaClient,
  organisationId: number,
  year: number,
): Promise<Submission> {
  if (!canRead(viewer)) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  const org = isOrganisationId(organisationId)
    ? await prisma.organisation.findUnique({
        where: { id: organisationId },
        select: {
          id: true,
          code: true,
          name: true,
          type: true,
          sector: true,
          communeId: true,
          hasMemberRegister: true,
          commune: { select: { kind: true, name: true } },
        },
      })
    : null;
  if (!org) throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức");
  // It names members (personal data of the register): district staff, administrators and
  // the organisation's own commune officials only, as the member register itself.
  if (!canApprove(viewer) && !canWriteCommune(viewer, org.communeId))
    throw new AppError(
      "FORBIDDEN",
      "Chỉ cán bộ Phòng TC-KH, quản trị viên và cán bộ xã sở tại được xem hồ sơ gửi duyệt",
    );

  const report = await prisma.annualReport.findUnique({ where: { organisationId_year: { organisationId, year } } });
  const pending = await listDossierChanges(prisma, organisationId, year);
  let changes = pending;
  let source: Submission["source"] = "PENDING";
  if (report?.approvalStatus === "APPROVED") {
    const record = await prisma.auditLog.findFirst({
      where: { action: "APPROVE", entity: "AnnualReport", entityId: String(report.id) },
      orderBy: { id: "desc" },
      select: { after: true },
    });
    changes = recordedRows(record?.after) ?? [];
    source = "APPROVED_RECORD";
  }

  const facts = (await loadDossierFacts(prisma, [{ organisationId, year, changes }])).get(
    dossierKey(organisationId, year),
  )!;

  // Names the images refer to.
  const ids = (entity: GatedEntity, key: string) =>
    changes
      .filter((c) => c.entity === entity)
      .flatMap((c) => [c.before?.[key], c.current?.[key]])
      .filter((v) => v !== null && v !== undefined)
      .map(Number);
  const persons = await prisma.person.findMany({
    where: { id: { in: ids("Membership", "personId") } },
    select: { id: true, fullName: true, birthYear: true },
  });
  const communes = await prisma.areaUnit.findMany({
    where: { id: { in: [...ids("Organisation", "communeId"), org.communeId] } },
    select: { id: true, kind: true, name: true },
  });
  const memberOrgs = await prisma.organisation.findMany({
    where: { id: { in: ids("UnionMembership", "memberOrgId") } },
    select: { id: true, name: true },
  });
  const names: NameLookup = {
    person: (id) => {
      const p = persons.find((x) => x.id === id);
      return p ? `${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ""}` : undefined;
    },
    commune: (id) => {
      const c = communes.find((x) => x.id === id);
      return c ? areaUnitLabel(c) : undefined;
    },
    organisation: (id) => memberOrgs.find((x) => x.id === id)?.name,
  };
  const described = (entity: GatedEntity) =>
    changes.filter((c) => c.entity === entity).map((c) => describeChange(entity, c.rowId, c.before, c.current, names));
  const changeOf = (entity: GatedEntity) => new Map(described(entity).map((c) => [c.rowId, c]));

  // Report: every figure beside the last approved year's, and this year's approved value.
  const reportChange = changes.find((c) => c.entity === "AnnualReport" && c.rowId === report?.id) ?? null;
  const nowImage = (report ? { ...report } : null) as Image | null;
  const prevImage = (facts.previous ? { ...facts.previous } : null) as Image | null;
  const rows: ReportRow[] = REPORT_FIGURES.map((field) => {
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

  // Rating of the year and of the comparison year.
  const compareYear = facts.previous?.year ?? null;
  const ratings = await prisma.rating.findMany({
    where: { organisationId, year: { in: compareYear ? [year, compareYear] : [year] } },
  });
  const ratingNow = ratings.find((r) => r.year === year) ?? null;
  const ratingPrev = compareYear ? (ratings.find((r) => r.year === compareYear) ?? null) : null;

  // Period records in force during the year, and those the submission removed.
  const inYear = { validFrom: { lte: yearEnd(year) }, OR: [{ validTo: null }, { validTo: { gte: yearStart(year) } }] };
  const links = await prisma.valueChainLink.findMany({
    where: { organisationId, ...inYear },
    orderBy: [{ validFrom: "asc" }, { id: "asc" }],
  });
  const tech = await prisma.highTechApplication.findMany({
    where: { organisationId, ...inYear },
    orderBy: [{ validFrom: "asc" }, { id: "asc" }],
  });
  const digital = await prisma.digitalPractice.findMany({
    where: { organisationId, year },
    orderBy: { practice: "asc" },
  });
  const supports = await prisma.supportReceived.findMany({
    where: { organisationId, year },
    orderBy: [{ policyArea: "asc" }, { id: "asc" }],
  });
  const supportPrev = compareYear
    ? await prisma.supportReceived.aggregate({ where: { organisationId, year: compareYear }, _sum: { amount: true } })
    : null;

  const withRemoved = (lines: RecordLine[], entity: GatedEntity) => {
    const removed = described(entity)
      .filter((c) => c.kind === "REMOVED")
      .map((c) => ({
        id: c.rowId,
        title: c.title,
        detail: c.fields.map((f) => `${f.label}: ${f.before}`).join(" · "),
        change: "REMOVED" as const,
      }));
    return [...lines, ...removed];
  };
  const linkChanges = changeOf("ValueChainLink");
  const techChanges = changeOf("HighTechApplication");
  const digitalChanges = changeOf("DigitalPractice");
  const supportChanges = changeOf("SupportReceived");

  const users = await prisma.user.findMany({
    where: { id: { in: [report?.submittedById, report?.approvedById].filter((x): x is number => !!x) } },
    select: { id: true, fullName: true },
  });
  const userName = (id: number | null | undefined) => users.find((u) => u.id === id)?.fullName ?? null;
  const supportTotal = supports.reduce((s, x) => s + x.amount, 0n);

  return {
    organisation: {
      id: org.id,
      code: org.code,
      name: org.name,
      type: org.type,
      sector: org.sector,
      communeId: org.communeId,
      communeName: areaUnitLabel(org.commune),
      hasMemberRegister: org.hasMemberRegister,
    },
    year,
    dossier: report && {
      status: report.approvalStatus,
      version: report.version,
      submittedAt: report.submittedAt,
      submittedBy: userName(report.submittedById),
      approvedAt: report.approvedAt,
      approvedBy: userName(report.approvedById),
      reviewComment: report.reviewComment,
    },
    source,
    seen: fingerprint(pending),
    changeCount: changes.length,
    identity: described("Organisation")[0] ?? null,
    statusChanges: described("OrgStatusChange"),
    members: {
      changes: changes
        .filter((c) => c.entity === "Membership")
        .map((c) => ({
          ...describeChange("Membership", c.rowId, c.before, c.current, names),
          event: memberEvent(c.before, c.current),
        })),
      register: facts.flagInput.register,
      reported: report?.memberCount ?? null,
    },
    unionMembers: described("UnionMembership"),
    report: {
      exists: report !== null,
      change: reportChange ? (reportChange.before === null ? "ADDED" : "CHANGED") : null,
      compareYear,
      rows,
    },
    rating: {
      change: described("Rating")[0] ?? null,
      now: ratingText(ratingNow),
      compare: compareYear ? { year: compareYear, text: ratingText(ratingPrev) ?? "Không có" } : null,
    },
    linkages: {
      changes: [...linkChanges.values()],
      lines: withRemoved(
        links.map((l) => ({
          id: l.id,
          title: `${l.partnerName} – ${l.product}`,
          detail: [
            LINK_ROLE_LABELS[l.role],
            l.areaHa ? `${String(l.areaHa).replace(".", ",")} ha` : null,
            l.contractRef,
            period(l.validFrom, l.validTo),
          ]
            .filter(Boolean)
            .join(" · "),
          change: linkChanges.get(l.id)?.kind ?? null,
        })),
        "ValueChainLink",
      ),
    },
    highTech: {
      changes: [...techChanges.values()],
      lines: withRemoved(
        tech.map((t) => ({
          id: t.id,
          title: HIGH_TECH_TYPE_LABELS[t.technologyType],
          detail: [
            t.description,
            t.evidence?.trim() ? `Minh chứng: ${t.evidence}` : "Chưa có minh chứng",
            period(t.validFrom, t.validTo),
          ]
            .filter(Boolean)
            .join(" · "),
          change: techChanges.get(t.id)?.kind ?? null,
        })),
        "HighTechApplication",
      ),
    },
    digital: {
      changes: [...digitalChanges.values()],
      lines: withRemoved(
        digital.map((d) => ({
          id: d.id,
          title: DIGITAL_PRACTICE_LABELS[d.practice],
          detail: d.note ?? "",
          change: digitalChanges.get(d.id)?.kind ?? null,
        })),
        "DigitalPractice",
      ),
    },
    support: {
      changes: [...supportChanges.values()],
      lines: withRemoved(
        supports.map((s) => ({
          id: s.id,
          title: `${POLICY_AREAS[s.policyArea].number}. ${POLICY_AREAS[s.policyArea].label}`,
          detail: [formatMoney(s.amount), s.note].filter(Boolean).join(" · "),
          change: supportChanges.get(s.id)?.kind ?? null,
        })),
        "SupportReceived",
      ),
      total: formatMoney(supportTotal),
      compare:
        compareYear && supportPrev ? { year: compareYear, total: formatMoney(supportPrev._sum.amount ?? 0n) } : null,
    },
    flags: facts.flags.map((f) => ({
      kind: f.kind,
      text: flagText(f, year),
      ...(f.kind === "JUMP"
        ? { metric: f.jump.metric }
        : f.kind === "MEMBER_MISMATCH"
          ? { metric: "memberCount" }
          : {}),
    })),
    canApprove: canApprove(viewer),
  };
}
