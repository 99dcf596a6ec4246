// One organisation and its history, for the organisation page: identity, dated status
// changes, members per year (SQL), yearly reports, ratings, value-chain linkages, high
// technology, digital practices, support received and, for a union, its member
// cooperatives. Each list belongs to one organisation and is small; only the member
// counts, which span every membership, are aggregated in the database.
import type { PrismaClient } from "@/generated/prisma/client";
import type { ApprovalStatus, OrgStatus, OrgType, RatingLevel } from "@/domain/targets/facts";
import type { DIGITAL_PRACTICE_LABELS, HIGH_TECH_TYPE_LABELS, PolicyArea } from "@/domain/labels";
import { toIsoDate } from "@/domain/format/date";
import { getOrganisationById, type OrganisationIdentity } from "./get-organisation-by-id";
import { getOrganisationMembersPerYear, type MembersOfYear } from "./get-organisation-members-per-year";
import { todayIsoInVietnam } from "@/domain/time/vietnam";
import { ANNUAL_REPORT_SELECT, type AnnualReportFigures } from "@/domain/organisations/annual-report";

/** Where the member figures come from: the register, the yearly reports (no register),
 *  or, for a union, its member cooperatives (never counted as members). */
export type MemberSource = "REGISTER" | "REPORT" | "UNION";

export type OrganisationHistory = {
  organisation: OrganisationIdentity;
  statusChanges: { status: OrgStatus; effectiveFrom: string; decisionRef: string | null; note: string | null }[];
  memberSource: MemberSource;
  membersPerYear: MembersOfYear[];
  reports: ({ year: number; approvalStatus: ApprovalStatus } & AnnualReportFigures)[];
  ratings: {
    year: number;
    scheme: "GENERAL" | "AGRICULTURE";
    eligible: boolean;
    score: number | null;
    level: RatingLevel | null;
    notRatedReason: "UNDER_12_MONTHS" | "STOPPED_OVER_3_MONTHS" | "PENDING" | "OTHER" | null;
    note: string | null;
  }[];
  linkages: {
    id: number;
    partnerName: string;
    role: "LEAD" | "MEMBER";
    product: string;
    areaHa: number | null;
    contractRef: string | null;
    validFrom: string;
    validTo: string | null;
  }[];
  highTech: {
    id: number;
    technologyType: keyof typeof HIGH_TECH_TYPE_LABELS;
    description: string | null;
    evidence: string | null;
    validFrom: string;
    validTo: string | null;
  }[];
  /** Per year, newest first. */
  digitalPractices: { year: number; practices: { practice: DigitalPracticeType; note: string | null }[] }[];
  supports: { id: number; policyArea: PolicyArea; year: number; amount: bigint; note: string | null }[];
  /** For a union: its member cooperatives, past and present. */
  unionMembers: UnionLink[];
  /** The unions this organisation belongs or belonged to. */
  unionsJoined: UnionLink[];
};

type DigitalPracticeType = keyof typeof DIGITAL_PRACTICE_LABELS;

export type UnionLink = {
  organisation: { id: number; code: string; name: string; type: OrgType; currentStatus: OrgStatus };
  joinedOn: string;
  leftOn: string | null;
};

const iso = (d: Date | null) => (d ? toIsoDate(d) : null);
const orgSelect = { id: true, code: true, name: true, type: true, currentStatus: true } as const;

/** The organisation page's data; AppError NOT_FOUND for an unknown or impossible id. */
export async function getOrganisationHistory(
  prisma: PrismaClient,
  id: number,
  today: string = todayIsoInVietnam(),
): Promise<OrganisationHistory> {
  const organisation = await getOrganisationById(prisma, id);
  // Sequential on purpose: the embedded database has a single connection.
  const statusChanges = await prisma.orgStatusChange.findMany({
    where: { organisationId: id },
    orderBy: { effectiveFrom: "asc" },
    select: { status: true, effectiveFrom: true, decisionRef: true, note: true },
  });
  const membersPerYear = await getOrganisationMembersPerYear(prisma, id, today);
  const reports = await prisma.annualReport.findMany({
    where: { organisationId: id },
    orderBy: { year: "asc" },
    select: { year: true, approvalStatus: true, ...ANNUAL_REPORT_SELECT },
  });
  const ratings = await prisma.rating.findMany({
    where: { organisationId: id },
    orderBy: { year: "asc" },
    select: { year: true, scheme: true, eligible: true, score: true, level: true, notRatedReason: true, note: true },
  });
  const linkages = await prisma.valueChainLink.findMany({
    where: { organisationId: id },
    orderBy: [{ validFrom: "desc" }, { id: "asc" }],
    select: {
      id: true,
      partnerName: true,
      role: true,
      product: true,
      areaHa: true,
      contractRef: true,
      validFrom: true,
      validTo: true,
    },
  });
  const highTech = await prisma.highTechApplication.findMany({
    where: { organisationId: id },
    orderBy: [{ validFrom: "desc" }, { id: "asc" }],
    select: { id: true, technologyType: true, description: true, evidence: true, validFrom: true, validTo: true },
  });
  const digital = await prisma.digitalPractice.findMany({
    where: { organisationId: id },
    orderBy: [{ year: "desc" }, { practice: "asc" }],
    select: { year: true, practice: true, note: true },
  });
  const supports = await prisma.supportReceived.findMany({
    where: { organisationId: id },
    orderBy: [{ year: "desc" }, { policyArea: "asc" }, { id: "asc" }],
    select: { id: true, policyArea: true, year: true, amount: true, note: true },
  });
  const unionMembers = await prisma.unionMembership.findMany({
    where: { unionId: id },
    orderBy: [{ joinedOn: "asc" }, { memberOrgId: "asc" }],
    select: { joinedOn: true, leftOn: true, memberOrg: { select: orgSelect } },
  });
  const unionsJoined = await prisma.unionMembership.findMany({
    where: { memberOrgId: id },
    orderBy: { joinedOn: "asc" },
    select: { joinedOn: true, leftOn: true, union: { select: orgSelect } },
  });

  const digitalByYear = new Map<number, { practice: DigitalPracticeType; note: string | null }[]>();
  for (const d of digital) {
    const list = digitalByYear.get(d.year) ?? [];
    list.push({ practice: d.practice, note: d.note });
    digitalByYear.set(d.year, list);
  }

  return {
    organisation,
    statusChanges: statusChanges.map((s) => ({ ...s, effectiveFrom: toIsoDate(s.effectiveFrom) })),
    memberSource: organisation.type === "LHHTX" ? "UNION" : organisation.hasMemberRegister ? "REGISTER" : "REPORT",
    membersPerYear,
    reports,
    ratings: ratings.map((r) => ({ ...r, score: r.score === null ? null : r.score.toNumber() })),
    linkages: linkages.map((l) => ({
      ...l,
      areaHa: l.areaHa === null ? null : l.areaHa.toNumber(),
      validFrom: toIsoDate(l.validFrom),
      validTo: iso(l.validTo),
    })),
    highTech: highTech.map((h) => ({ ...h, validFrom: toIsoDate(h.validFrom), validTo: iso(h.validTo) })),
    digitalPractices: [...digitalByYear.entries()].map(([year, practices]) => ({ year, practices })),
    supports,
    unionMembers: unionMembers.map((u) => ({
      organisation: u.memberOrg,
      joinedOn: toIsoDate(u.joinedOn),
      leftOn: iso(u.leftOn),
    })),
    unionsJoined: unionsJoined.map((u) => ({
      organisation: u.union,
      joinedOn: toIsoDate(u.joinedOn),
      leftOn: iso(u.leftOn),
    })),
  };
}
