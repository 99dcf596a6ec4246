// The whole submission of a dossier (organisation, year) on one page, for the reviewer:
// every pending change it covers (identity, status, members, union members, report,
// rating, value-chain links, high technology, digital practices, support), each before →
// now; the report's figures beside the last approved year's and the change in %; the
// data-quality flags; the version and the fingerprint of the changes shown, which the
// approval must carry (a dossier changed since is refused, transition.ts).
// An approved dossier shows what its approval recorded (the audit row), not the live rows.
// Readers: district staff and administrators, and the organisation's commune officials.
import type { PrismaClient } from "@/generated/prisma/client";
import { describeChange, memberEvent, type Image, type NameLookup } from "@/domain/approval/describe-change";
import { flagText } from "@/domain/approval/submission-flags";
import { formatMoney } from "@/domain/format/number";
import { labelWithSuccessor } from "@/domain/territory/unit-label";
import { canApprove, canRead, canWriteCommune } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { LABELLED_UNIT_SELECT } from "../territory/labelled-unit";
import { AppError } from "../errors";
import { findOrganisation } from "../db/find-organisation";
import { yearEnd, yearStart } from "@/domain/time/vietnam";
import { dossierKey, loadDossierFacts } from "./dossier-facts";
import { fingerprint, listDossierChanges, type GatedEntity } from "./pending-changes";
import {
  digitalLine,
  linkLine,
  ratingText,
  recordedRows,
  reportRows,
  supportLine,
  techLine,
  withRemoved,
} from "./submission-lines";
import type { RecordLine, Submission } from "./submission-types";

// The page's components import the types from here.
export type { RecordLine, Submission } from "./submission-types";

export async function getSubmission(
  viewer: Viewer,
  prisma: PrismaClient,
  organisationId: number,
  year: number,
): Promise<Submission> {
  if (!canRead(viewer)) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  const org = await findOrganisation(prisma, organisationId, {
    id: true,
    code: true,
    name: true,
    type: true,
    sector: true,
    communeId: true,
    hasMemberRegister: true,
    commune: { select: LABELLED_UNIT_SELECT },
  });
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
    select: LABELLED_UNIT_SELECT,
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
      return c ? labelWithSuccessor(c) : undefined;
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
  const rows = reportRows(nowImage, prevImage, reportChange);

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

  /** One kind of record: its described changes, and a line for each (the removed ones last). */
  const records = <R>(
    entity: GatedEntity,
    rows: R[],
    line: (r: R, changes: ReturnType<typeof changeOf>) => RecordLine,
  ) => {
    const changed = changeOf(entity);
    return {
      changes: [...changed.values()],
      lines: withRemoved(
        rows.map((r) => line(r, changed)),
        described(entity),
      ),
    };
  };

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
      communeName: labelWithSuccessor(org.commune),
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
    linkages: records("ValueChainLink", links, linkLine),
    highTech: records("HighTechApplication", tech, techLine),
    digital: records("DigitalPractice", digital, digitalLine),
    support: {
      ...records("SupportReceived", supports, supportLine),
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
