// The organisation page's data: identity, members per year from the register (SQL,
// memberships in force at each year end, by member type), reported counts without a
// register, a union's member cooperatives, the yearly lists, and NOT_FOUND for ids that
// do not exist or cannot exist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { getOrganisationHistory } from "@/server/organisation/get-organisation-history";
import { getOrganisationHistoryCached } from "@/server/page-data/organisation-history-cache";
import { getOrganisationMembersPerYear } from "@/server/organisation/get-organisation-members-per-year";
import { switchFacts } from "@/server/read-model/mode";
import { createTestDatabase, type TestDatabase } from "./test-database";

const d = (s: string) => new Date(`${s}T00:00:00.000Z`);
const TODAY = "2025-06-30";

let db: TestDatabase;
let prisma: PrismaClient;
let htx: number;
let tht: number;
let union: number;
let otherHtx: number;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  const commune = await prisma.areaUnit.create({
    data: { code: "X1", name: "Bình Nhì", kind: "Xã", level: "COMMUNE", validFrom: d("2000-01-01") },
  });
  const org = (code: string, type: "THT" | "HTX" | "LHHTX", foundedOn: string, hasMemberRegister: boolean) =>
    prisma.organisation.create({
      data: {
        code,
        type,
        name: `Tổ chức ${code}`,
        communeId: commune.id,
        sector: "AGRICULTURE",
        address: "Ấp 3",
        mainProducts: ["Lúa", "Dừa"],
        foundedOn: d(foundedOn),
        hasMemberRegister,
        statusHistory: { create: { status: "ACTIVE", effectiveFrom: d(foundedOn) } },
      },
    });
  htx = (await org("HTX-1", "HTX", "2022-03-01", true)).id;
  tht = (await org("THT-1", "THT", "2023-01-15", false)).id;
  union = (await org("LH-1", "LHHTX", "2022-01-01", false)).id;
  otherHtx = (await org("HTX-2", "HTX", "2021-01-01", true)).id;

  await prisma.orgStatusChange.create({
    data: { organisationId: htx, status: "SUSPENDED", effectiveFrom: d("2025-02-01"), decisionRef: "12/QĐ-UBND" },
  });

  const persons = [];
  for (let i = 1; i <= 6; i++) persons.push((await prisma.person.create({ data: { fullName: `Người ${i}` } })).id);
  const [p1, p2, p3, p4, p5, p6] = persons;
  const member = (
    personId: number,
    memberType: "OFFICIAL" | "ASSOCIATE_CAPITAL" | "ASSOCIATE_NO_CAPITAL",
    joinedOn: string,
    leftOn: string | null = null,
  ) =>
    prisma.membership.create({
      data: { organisationId: htx, personId, memberType, joinedOn: d(joinedOn), leftOn: leftOn ? d(leftOn) : null },
    });
  await member(p1!, "OFFICIAL", "2022-03-01");
  await member(p2!, "OFFICIAL", "2022-06-01", "2023-12-31"); // leaves on the year's last day: not counted for 2023
  await member(p3!, "ASSOCIATE_CAPITAL", "2023-05-01");
  await member(p4!, "ASSOCIATE_NO_CAPITAL", "2024-12-31"); // joins on the last day: counted for 2024
  await member(p5!, "OFFICIAL", "2025-07-01"); // after "today": not counted for 2025
  await member(p6!, "OFFICIAL", "2022-01-10", "2022-05-01"); // left, then rejoined
  await member(p6!, "OFFICIAL", "2023-02-01");
  // a membership of another organisation must not leak in
  await prisma.membership.create({ data: { organisationId: otherHtx, personId: p1!, joinedOn: d("2021-01-01") } });

  await prisma.annualReport.create({
    data: {
      organisationId: htx,
      year: 2023,
      memberCount: 3,
      officialMemberCount: 2,
      employeeCount: 4,
      charterCapital: 1_500_000_000n,
      revenue: 3_200_000_000n,
      profit: -150_000_000n,
      avgMemberIncome: 60_000_000n,
      approvalStatus: "APPROVED",
    },
  });
  await prisma.annualReport.create({
    data: { organisationId: htx, year: 2024, memberCount: 4, revenue: 3_500_000_000n, approvalStatus: "SUBMITTED" },
  });
  await prisma.annualReport.create({ data: { organisationId: tht, year: 2023, memberCount: 12, effective: true } });
  await prisma.annualReport.create({ data: { organisationId: tht, year: 2024, memberCount: 15 } });

  await prisma.rating.create({
    data: { organisationId: htx, year: 2022, eligible: false, notRatedReason: "UNDER_12_MONTHS" },
  });
  await prisma.rating.create({ data: { organisationId: htx, year: 2023, score: "82.50", level: "GOOD" } });
  await prisma.rating.create({ data: { organisationId: htx, year: 2024, notRatedReason: "PENDING" } });

  await prisma.valueChainLink.create({
    data: {
      organisationId: htx,
      partnerName: "Công ty TNHH Lúa Vàng",
      role: "MEMBER",
      product: "Lúa",
      areaHa: "45.50",
      validFrom: d("2023-01-01"),
      validTo: d("2025-12-31"),
    },
  });
  await prisma.highTechApplication.create({
    data: { organisationId: htx, technologyType: "VIETGAP", evidence: "GCN 01/VietGAP", validFrom: d("2023-06-01") },
  });
  await prisma.highTechApplication.create({
    data: { organisationId: htx, technologyType: "WATER_SAVING_IRRIGATION", validFrom: d("2024-01-01") },
  });
  await prisma.digitalPractice.createMany({
    data: [
      { organisationId: htx, year: 2023, practice: "ACCOUNTING_SOFTWARE" },
      { organisationId: htx, year: 2024, practice: "ACCOUNTING_SOFTWARE" },
      { organisationId: htx, year: 2024, practice: "E_COMMERCE", note: "Sàn Postmart" },
    ],
  });
  await prisma.supportReceived.create({
    data: { organisationId: htx, policyArea: "HUMAN_RESOURCES", year: 2023, amount: 12_000_000n },
  });

  await prisma.unionMembership.create({ data: { unionId: union, memberOrgId: htx, joinedOn: d("2023-01-01") } });
  await prisma.unionMembership.create({
    data: { unionId: union, memberOrgId: otherHtx, joinedOn: d("2022-05-01"), leftOn: d("2024-06-30") },
  });
});

afterAll(async () => db?.dispose());

describe("members per year", () => {
  it("counts register memberships in force at each year end, by member type", async () => {
    const rows = await getOrganisationMembersPerYear(prisma, htx, TODAY);
    expect(rows.map((r) => [r.year, r.asOf, r.register])).toEqual([
      [2022, "2022-12-31", { official: 2, associateCapital: 0, associateNoCapital: 0, total: 2 }],
      [2023, "2023-12-31", { official: 2, associateCapital: 1, associateNoCapital: 0, total: 3 }],
      [2024, "2024-12-31", { official: 2, associateCapital: 1, associateNoCapital: 1, total: 4 }],
      [2025, "2025-06-30", { official: 2, associateCapital: 1, associateNoCapital: 1, total: 4 }],
    ]);
    expect(rows.map((r) => r.reported)).toEqual([null, 3, 4, null]);
    expect(rows.find((r) => r.year === 2023)?.reportedOfficial).toBe(2);
  });

  it("without a register: the reported counts, years from founding", async () => {
    const rows = await getOrganisationMembersPerYear(prisma, tht, TODAY);
    expect(rows.map((r) => [r.year, r.register.total, r.reported])).toEqual([
      [2023, 0, 12],
      [2024, 0, 15],
      [2025, 0, null],
    ]);
  });

  it("a union: member cooperatives in force at each year end", async () => {
    const rows = await getOrganisationMembersPerYear(prisma, union, TODAY);
    expect(rows.map((r) => [r.year, r.unionMembers])).toEqual([
      [2022, 1],
      [2023, 2],
      [2024, 1],
      [2025, 1],
    ]);
  });
});

describe("getOrganisationHistory", () => {
  it("returns identity, status timeline and the yearly lists", async () => {
    const h = await getOrganisationHistory(prisma, htx, TODAY);
    expect(h.organisation).toMatchObject({
      code: "HTX-1",
      type: "HTX",
      foundedOn: "2022-03-01",
      mainProducts: ["Lúa", "Dừa"],
      hasMemberRegister: true,
      commune: { name: "Bình Nhì", kind: "Xã", validTo: null },
    });
    expect(h.memberSource).toBe("REGISTER");
    expect(h.statusChanges.map((s) => [s.status, s.effectiveFrom, s.decisionRef])).toEqual([
      ["ACTIVE", "2022-03-01", null],
      ["SUSPENDED", "2025-02-01", "12/QĐ-UBND"],
    ]);
    expect(h.membersPerYear).toHaveLength(4);
    expect(h.reports.map((r) => [r.year, r.approvalStatus, r.profit])).toEqual([
      [2023, "APPROVED", -150_000_000n],
      [2024, "SUBMITTED", null],
    ]);
    expect(h.ratings.map((r) => [r.year, r.eligible, r.score, r.level, r.notRatedReason])).toEqual([
      [2022, false, null, null, "UNDER_12_MONTHS"],
      [2023, true, 82.5, "GOOD", null],
      [2024, true, null, null, "PENDING"],
    ]);
    expect(h.linkages).toEqual([
      expect.objectContaining({
        partnerName: "Công ty TNHH Lúa Vàng",
        areaHa: 45.5,
        validFrom: "2023-01-01",
        validTo: "2025-12-31",
      }),
    ]);
    expect(h.highTech.map((t) => [t.technologyType, t.evidence])).toEqual([
      ["WATER_SAVING_IRRIGATION", null],
      ["VIETGAP", "GCN 01/VietGAP"],
    ]);
    expect(h.digitalPractices).toEqual([
      {
        year: 2024,
        practices: [
          { practice: "ACCOUNTING_SOFTWARE", note: null },
          { practice: "E_COMMERCE", note: "Sàn Postmart" },
        ],
      },
      { year: 2023, practices: [{ practice: "ACCOUNTING_SOFTWARE", note: null }] },
    ]);
    expect(h.supports.map((s) => [s.policyArea, s.year, s.amount])).toEqual([["HUMAN_RESOURCES", 2023, 12_000_000n]]);
    expect(h.unionsJoined.map((u) => [u.organisation.code, u.joinedOn, u.leftOn])).toEqual([
      ["LH-1", "2023-01-01", null],
    ]);
    expect(h.unionMembers).toEqual([]);
  });

  it("a union lists its member cooperatives; a THT's members come from reports", async () => {
    const u = await getOrganisationHistory(prisma, union, TODAY);
    expect(u.memberSource).toBe("UNION");
    expect(u.unionMembers.map((m) => [m.organisation.code, m.joinedOn, m.leftOn])).toEqual([
      ["HTX-2", "2022-05-01", "2024-06-30"],
      ["HTX-1", "2023-01-01", null],
    ]);
    expect((await getOrganisationHistory(prisma, tht, TODAY)).memberSource).toBe("REPORT");
  });

  it("NOT_FOUND for a missing id and for ids that cannot exist", async () => {
    for (const id of [999_999, 0, -1, Number.NaN, 1.5, 2 ** 31, 1e20]) {
      const error = await getOrganisationHistory(prisma, id, TODAY).catch((e: unknown) => e);
      expect(error, String(id)).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
  });

  it("the cached page data follows every write it shows: support received and union members too", async () => {
    // The cache keeps values only while the read model is on (docs/read-model.md).
    await switchFacts(prisma, true);
    const first = await getOrganisationHistoryCached(prisma, union, TODAY);
    expect(await getOrganisationHistoryCached(prisma, union, TODAY)).toBe(first);
    await prisma.supportReceived.create({
      data: { organisationId: union, policyArea: "MARKET", year: 2024, amount: 5_000_000n },
    });
    const second = await getOrganisationHistoryCached(prisma, union, TODAY);
    expect(second).not.toBe(first);
    expect(second.supports).toHaveLength(first.supports.length + 1);
    await prisma.unionMembership.create({
      data: { unionId: union, memberOrgId: otherHtx, joinedOn: d("2025-01-01") },
    });
    const third = await getOrganisationHistoryCached(prisma, union, TODAY);
    expect(third.unionMembers).toHaveLength(second.unionMembers.length + 1);
    // A missing organisation is an error every time, never a cached value.
    await expect(getOrganisationHistoryCached(prisma, 999_999, TODAY)).rejects.toBeInstanceOf(AppError);
    await expect(getOrganisationHistoryCached(prisma, 999_999, TODAY)).rejects.toBeInstanceOf(AppError);
  });
});
