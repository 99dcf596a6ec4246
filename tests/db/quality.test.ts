// Data quality for a year over the programme's scope: eligible cooperatives without a
// rating (the targets engine's eligibility rules), reporting completeness per commune
// (ceased communes under their successor), and implausible year-on-year jumps.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { getDataQuality } from "@/server/quality/get-data-quality";
import { listUnratedCooperatives } from "@/server/quality/list-unrated-cooperatives";
import { listImplausibleJumps } from "@/server/quality/list-implausible-jumps";
import { getReportingCompleteness } from "@/server/quality/get-reporting-completeness";
import { loadYearInputs } from "@/server/targets-sql/load-year-inputs";
import { insertRandomFacts } from "./random-facts";
import { createTestDatabase, type TestDatabase } from "./test-database";

const d = (s: string) => new Date(`${s}T00:00:00.000Z`);
type Status = "ACTIVE" | "SUSPENDED" | "TERMINATED";
type Approval = "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";

let db: TestDatabase;
let prisma: PrismaClient;
const ids: Record<string, number> = {};
const units: Record<string, number> = {};

async function org(
  code: string,
  type: "THT" | "HTX",
  communeId: number,
  foundedOn: string | null,
  history: [Status, string][] = [["ACTIVE", foundedOn ?? "2015-01-01"]],
) {
  const o = await prisma.organisation.create({
    data: {
      code,
      type,
      name: `Tổ chức ${code}`,
      communeId,
      sector: "AGRICULTURE",
      foundedOn: foundedOn ? d(foundedOn) : null,
      statusHistory: { create: history.map(([status, at]) => ({ status, effectiveFrom: d(at) })) },
    },
  });
  ids[code] = o.id;
}

async function report(
  code: string,
  year: number,
  approvalStatus: Approval,
  figures: { memberCount?: number; employeeCount?: number; charterCapital?: bigint; revenue?: bigint } = {},
) {
  await prisma.annualReport.create({ data: { organisationId: ids[code]!, year, approvalStatus, ...figures } });
}

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  const unit = async (code: string, name: string, validTo: string | null = null, successorId: number | null = null) =>
    (units[code] = (
      await prisma.areaUnit.create({
        data: {
          code,
          name,
          kind: "Xã",
          level: "COMMUNE",
          validFrom: d("2000-01-01"),
          validTo: validTo ? d(validTo) : null,
          successorId,
        },
      })
    ).id);
  const a = await unit("A", "Alpha");
  const b = await unit("B", "Beta", "2025-06-30", a); // merged into Alpha in 2025
  const c = await unit("C", "Gamma");
  const outside = await unit("D", "Ngoài phạm vi");
  await prisma.scope.create({
    data: {
      code: "GCT-26-CTR",
      name: "Phạm vi thử",
      units: { create: [a, b, c].map((areaUnitId) => ({ areaUnitId })) },
    },
  });

  await org("H1", "HTX", a, "2020-01-01"); // no rating row: unrated
  await org("H2", "HTX", a, "2020-01-01"); // rated GOOD
  await org("H3", "HTX", a, "2024-03-01"); // under 12 months, no row: not eligible
  await org("H4", "HTX", a, "2020-01-01"); // row marked not eligible
  await org("H5", "HTX", a, "2020-01-01"); // eligible row without a level: unrated
  await org("H6", "HTX", a, "2020-01-01", [
    ["ACTIVE", "2020-01-01"],
    ["SUSPENDED", "2024-05-01"],
  ]); // not active at the year end
  await org("H7", "HTX", a, null); // founding date unknown: eligible, unrated
  await org("H8", "HTX", outside, "2020-01-01"); // outside the scope
  await org("H9", "HTX", a, "2023-12-31"); // exactly 12 months before the year end: eligible
  await org("T1", "THT", b, "2019-01-01"); // a THT is never rated
  await org("T2", "THT", b, "2019-01-01", [
    ["ACTIVE", "2019-01-01"],
    ["TERMINATED", "2023-06-01"],
  ]);

  await prisma.rating.create({ data: { organisationId: ids.H2!, year: 2024, score: "85", level: "GOOD" } });
  await prisma.rating.create({
    data: { organisationId: ids.H4!, year: 2024, eligible: false, notRatedReason: "STOPPED_OVER_3_MONTHS" },
  });
  await prisma.rating.create({ data: { organisationId: ids.H5!, year: 2024, notRatedReason: "PENDING" } });
  await prisma.rating.create({ data: { organisationId: ids.H1!, year: 2023, score: "70", level: "FAIR" } }); // other year

  // 2023 -> 2024 figures
  await report("H1", 2023, "APPROVED", { memberCount: 40, revenue: 2_000_000_000n });
  await report("H1", 2024, "APPROVED", { memberCount: 400, revenue: 2_500_000_000n }); // members ×10: jump
  await report("H2", 2023, "APPROVED", { memberCount: 100, revenue: -2_000_000_000n });
  await report("H2", 2024, "APPROVED", { memberCount: 130, revenue: 8_000_000_000n }); // normal; sign flip is fine
  await report("H3", 2024, "SUBMITTED", { memberCount: 900 }); // no previous year
  await report("H4", 2022, "APPROVED", { memberCount: 10 });
  await report("H4", 2024, "DRAFT", { memberCount: 500 }); // 2023 missing: not consecutive
  await report("H5", 2023, "APPROVED", { employeeCount: 1, charterCapital: 3_000_000_000n });
  await report("H5", 2024, "RETURNED", { employeeCount: 10, charterCapital: 600_000_000n }); // capital ÷5: jump
  await report("H6", 2024, "APPROVED");
  await report("H8", 2023, "APPROVED", { memberCount: 10 });
  await report("H8", 2024, "APPROVED", { memberCount: 1000 }); // outside the scope
  await report("T1", 2024, "SUBMITTED");
  await report("T2", 2024, "APPROVED"); // terminated: not expected, not counted
});

afterAll(async () => db?.dispose());

describe("eligible cooperatives without a rating", () => {
  it("lists exactly the unrated eligible active HTX of the scope", async () => {
    const rows = await listUnratedCooperatives(prisma, {
      year: 2024,
      asOf: "2024-12-31",
      scopeUnitIds: [units.A!, units.B!, units.C!],
    });
    expect(rows.map((r) => [r.code, r.gap]).sort()).toEqual([
      ["H1", "NO_ROW"],
      ["H5", "NO_LEVEL"],
      ["H7", "NO_ROW"],
      ["H9", "NO_ROW"],
    ]);
    expect(rows.find((r) => r.code === "H5")?.notRatedReason).toBe("PENDING");
    expect(rows.find((r) => r.code === "H1")?.reportStatus).toBe("APPROVED");
  });
});

describe("getDataQuality", () => {
  it("reporting completeness per commune for 2024", async () => {
    const q = await getDataQuality(prisma, { year: 2024 });
    expect(q.asOf).toBe("2024-12-31");
    expect(q.scopeName).toBe("Phạm vi thử");
    const counts = q.completeness.rows.map((r) => [
      r.label,
      r.expected,
      r.reported,
      r.approved,
      r.submitted,
      r.draft,
      r.returned,
    ]);
    expect(counts).toEqual([
      ["Xã Alpha", 7, 5, 2, 1, 1, 1],
      ["Xã Beta (cũ) – nay thuộc xã Alpha", 1, 1, 0, 1, 0, 0],
      ["Xã Gamma", 0, 0, 0, 0, 0, 0],
    ]);
    expect(q.completeness.total).toEqual({
      expected: 8,
      reported: 6,
      approved: 2,
      submitted: 2,
      draft: 1,
      returned: 1,
    });
    expect(q.unrated.map((u) => u.code)).toEqual(["H1", "H5", "H7", "H9"]);
    expect(q.unrated[0]?.label).toBe("Xã Alpha");
  });

  it("after the merger a ceased commune's organisations count under its successor", async () => {
    const q = await getDataQuality(prisma, { year: 2026 });
    expect(q.completeness.rows.map((r) => [r.label, r.expected, r.reported])).toEqual([
      ["Xã Alpha", 8, 0],
      ["Xã Gamma", 0, 0],
    ]);
  });

  it("detects implausible jumps, not normal changes, gaps or other communes", async () => {
    const q = await getDataQuality(prisma, { year: 2024 });
    expect(q.jumps.map((j) => [j.code, j.previousYear, j.year, j.jumps])).toEqual([
      ["H1", 2023, 2024, [{ metric: "memberCount", previous: 40, current: 400, ratio: 10, direction: "UP" }]],
      [
        "H5",
        2023,
        2024,
        [{ metric: "charterCapital", previous: 3_000_000_000, current: 600_000_000, ratio: 5, direction: "DOWN" }],
      ],
    ]);
    expect(q.jumps[0]?.label).toBe("Xã Alpha");
    // the year before has no pairs at all
    expect(await listImplausibleJumps(prisma, { year: 2023, scopeUnitIds: [units.A!, units.B!, units.C!] })).toEqual(
      [],
    );
  });
});

describe("agrees with the targets engine's aggregates on generated data", () => {
  it("unrated eligible HTX and expected reports = the dashboard's counts (unapproved data included)", async () => {
    await insertRandomFacts(prisma, { seed: 11, organisations: 120 });
    const scopeUnitIds = (
      await prisma.areaUnit.findMany({ where: { code: { in: ["N1", "N2", "O1", "O2", "O3", "O4", "K1"] } } })
    ).map((u) => u.id);
    expect(scopeUnitIds).toHaveLength(7);
    for (const [year, asOf] of [
      [2022, "2022-12-31"],
      [2024, "2024-12-31"],
      [2025, "2025-12-31"],
      [2026, "2026-11-29"],
    ] as const) {
      const inputs = await loadYearInputs(prisma, { scopeUnitIds, asOf, year });
      const unrated = await listUnratedCooperatives(prisma, { year, asOf, scopeUnitIds });
      expect(unrated.length, asOf).toBe(inputs.htxEligibleUnrated);
      const rows = await getReportingCompleteness(prisma, { year, asOf, scopeUnitIds });
      const expected = rows.reduce((n, r) => n + r.expected, 0);
      expect(expected, asOf).toBe(inputs.activeTht + inputs.activeHtx + inputs.activeLhhtx);
    }
  });
});
