// The approval gate (docs/approval.md), one test per kind of input of a figure: what a
// commune official enters does not move the approved-only figures until the district
// approves it, and moves the "include unapproved" figures at once; the district's own
// entries arrive approved. Every write goes through the real server actions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AggregateOptions, YearInputs } from "@/domain/targets/facts";
import { loadViewer } from "@/server/auth/session";
import type { Viewer } from "@/server/auth/viewer";
import { approvePopulation } from "@/server/approval/approve-population.action";
import { approveReport } from "@/server/approval/approve-report.action";
import { submitReport } from "@/server/approval/submit-report.action";
import { saveDigitalPractice } from "@/server/dossier/digital/save-digital-practice.action";
import { saveHighTech } from "@/server/dossier/high-tech/save-high-tech.action";
import { saveLinkage } from "@/server/dossier/linkage/save-linkage.action";
import { addMember } from "@/server/membership/add-member.action";
import { endMembership } from "@/server/membership/end-membership.action";
import { changeOrganisationStatus } from "@/server/organisation/change-organisation-status.action";
import { createOrganisation } from "@/server/organisation/create-organisation.action";
import { updateOrganisation } from "@/server/organisation/update-organisation.action";
import { savePopulation } from "@/server/population/save-population.action";
import { saveRating } from "@/server/dossier/rating/save-rating.action";
import { saveAnnualReport } from "@/server/dossier/report/save-annual-report.action";
import { saveSupport } from "@/server/dossier/support/save-support.action";
import { getSupportByPolicyArea } from "@/server/reports/get-support-by-policy-area";
import { loadYearInputs } from "@/server/targets-sql/load-year-inputs";
import { importSpreadsheet } from "@/server/import-export/import-spreadsheet.action";
import { createEntryWorld, type EntryWorld } from "./entry-fixtures";
import { csvFile } from "./import-support";

let w: EntryWorld;
const YEAR = 2026;
const AS_OF = "2026-11-30";

beforeAll(async () => {
  w = await createEntryWorld();
});
afterAll(async () => w?.db.dispose());

async function figures(narrow: Partial<AggregateOptions> = {}) {
  const base = { scopeUnitIds: [w.communeA, w.communeB], asOf: AS_OF, year: YEAR, ...narrow };
  return {
    approved: await loadYearInputs(w.prisma, { ...base, approvedOnly: true }),
    working: await loadYearInputs(w.prisma, base),
  };
}

type Act = { run: (v: Viewer | null, p: unknown, prisma: typeof w.prisma) => Promise<{ ok: boolean }> };
async function ok(action: Act, viewer: Viewer, payload: Record<string, unknown>) {
  const r = await action.run(viewer, payload, w.prisma);
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return r as { ok: true; data: Record<string, unknown> };
}

/** The district approves the organisation's dossier of the year (submitted by the commune). */
async function approve(organisationId: number, year = YEAR) {
  await ok(submitReport, w.communeUser, { organisationId, year });
  const { version } = await w.prisma.annualReport.findUniqueOrThrow({
    where: { organisationId_year: { organisationId, year } },
  });
  await ok(approveReport, w.districtUser, { organisationId, year, version, comment: "" });
}

/**
 * Runs the commune's entry, then checks: the approved figure is unchanged, the working
 * one moved by `delta`; after approval of `organisationId`'s dossier both show it.
 */
async function expectGated(
  pick: (i: YearInputs) => number,
  delta: number,
  enter: () => Promise<unknown>,
  approveIt: () => Promise<void>,
) {
  const before = await figures();
  await enter();
  const pending = await figures();
  expect(pick(pending.approved), "approved-only does not move on a pending change").toBe(pick(before.approved));
  expect(pick(pending.working), "include-unapproved shows it at once").toBe(pick(before.working) + delta);
  await approveIt();
  const after = await figures();
  expect(pick(after.approved), "approved-only moves after approval").toBe(pick(before.approved) + delta);
  expect(pick(after.working)).toBe(pick(before.working) + delta);
  expect(await w.prisma.pendingChange.count({ where: { entity: { not: "Population" } } })).toBe(0);
}

/**
 * Runs the commune's identity change of a cooperative, then checks two narrowed views the
 * change moves it between (the commune or the sector it leaves, and the one it joins):
 * approved-only keeps it where it was until approval, include-unapproved moves it at once.
 */
async function expectMoved(
  from: Partial<AggregateOptions>,
  to: Partial<AggregateOptions>,
  enter: () => Promise<unknown>,
  approveIt: () => Promise<void>,
) {
  const htx = async () => {
    const [a, b] = [await figures(from), await figures(to)];
    return {
      approved: [a.approved.activeHtx, b.approved.activeHtx],
      working: [a.working.activeHtx, b.working.activeHtx],
    };
  };
  const before = await htx();
  await enter();
  const pending = await htx();
  expect(pending.approved, "approved-only keeps it where it was").toEqual(before.approved);
  expect(pending.working, "include-unapproved moves it at once").toEqual([
    before.working[0] - 1,
    before.working[1] + 1,
  ]);
  await approveIt();
  const after = await htx();
  expect(after.approved, "approved-only moves it after approval").toEqual([
    before.approved[0] - 1,
    before.approved[1] + 1,
  ]);
  expect(after.working).toEqual(pending.working);
  expect(await w.prisma.pendingChange.count({ where: { entity: { not: "Population" } } })).toBe(0);
}

/** A cooperative of commune A entered by the district (approved), as a fresh subject. */
const approvedCooperative = (code: string) =>
  w.prisma.organisation.create({
    data: {
      code,
      type: "HTX",
      name: `Hợp tác xã ${code}`,
      communeId: w.communeA,
      sector: "AGRICULTURE",
      foundedOn: new Date("2020-03-01"),
      statusHistory: { create: { status: "ACTIVE", effectiveFrom: new Date("2020-03-01") } },
    },
  });

/** Back to a draft, so the next test's entries can be sent and approved again. */
const reopenAsDraft = (organisationId: number) =>
  w.prisma.annualReport.update({
    where: { organisationId_year: { organisationId, year: YEAR } },
    data: { approvalStatus: "DRAFT" },
  });

const orgInput = (over: Record<string, unknown> = {}) => ({
  type: "HTX",
  name: "Hợp tác xã Nông nghiệp Mới",
  communeId: w.communeA,
  address: "Ấp 1",
  sector: "AGRICULTURE",
  mainProducts: "Lúa",
  foundedOn: "2020-05-01",
  hasMemberRegister: "on",
  ...over,
});

describe("one approval gate for every input of a figure", () => {
  it("organisation creation", async () => {
    let id = 0;
    await expectGated(
      (i) => i.activeHtx,
      1,
      async () => {
        const r = await ok(createOrganisation, w.communeUser, orgInput({ code: "MOI-1" }));
        id = r.data.id as number;
      },
      () => approve(id),
    );
  });

  it("a commune official's import of organisations", async () => {
    // Three organisations of the commune's file, each with its yearly report: they arrive
    // submitted, not approved (issue 10: "three organisations imported by a commune,
    // still waiting for approval, raised the THT and HTX counts").
    const keys = ["ma_to_chuc", "loai_hinh", "ten", "ma_xa", "linh_vuc", "trang_thai", "nam", "so_thanh_vien"];
    const line = (code: string, type: string, members: string) => ({
      ma_to_chuc: code,
      loai_hinh: type,
      ten: `Tổ chức ${code}`,
      ma_xa: "BP",
      linh_vuc: "nong_nghiep",
      trang_thai: "dang_hoat_dong",
      nam: YEAR,
      so_thanh_vien: members,
    });
    const file = csvFile(keys, [
      line("NK-HTX-1", "HTX", "30"),
      line("NK-HTX-2", "HTX", "12"),
      line("NK-THT-1", "THT", "8"),
    ]);
    const pick = (i: YearInputs) => [i.activeHtx, i.activeTht, i.htxMembers, i.thtMembers];
    const plus = (i: YearInputs, d: number[]) => pick(i).map((v, k) => v + d[k]);
    const before = await figures();
    await ok(importSpreadsheet, w.communeUser, { kind: "to-chuc-theo-nam", file });
    const imported = await w.prisma.organisation.findMany({
      where: { code: { startsWith: "NK-" } },
      include: { reports: true },
      orderBy: { code: "asc" },
    });
    expect(imported.map((o) => [o.code, o.reports.map((r) => r.approvalStatus)])).toEqual([
      ["NK-HTX-1", ["SUBMITTED"]],
      ["NK-HTX-2", ["SUBMITTED"]],
      ["NK-THT-1", ["SUBMITTED"]],
    ]);

    const pending = await figures();
    expect(pick(pending.approved), "approved-only does not count a pending import").toEqual(pick(before.approved));
    expect(pick(pending.working), "include-unapproved shows it at once").toEqual(plus(before.working, [2, 1, 42, 8]));

    // The district approves the dossiers one by one: each counts once approved, not before.
    const approveImported = async (code: string) => {
      const o = imported.find((x) => x.code === code)!;
      await ok(approveReport, w.districtUser, {
        organisationId: o.id,
        year: YEAR,
        version: o.reports[0].version,
        comment: "",
      });
    };
    await approveImported("NK-HTX-1");
    expect(pick((await figures()).approved)).toEqual(plus(before.approved, [1, 0, 30, 0]));
    await approveImported("NK-HTX-2");
    await approveImported("NK-THT-1");
    const after = await figures();
    expect(pick(after.approved), "approved-only counts them after approval").toEqual(
      plus(before.approved, [2, 1, 42, 8]),
    );
    expect(pick(after.working)).toEqual(plus(before.working, [2, 1, 42, 8]));
    expect(await w.prisma.pendingChange.count({ where: { entity: { not: "Population" } } })).toBe(0);
  });

  it("identity change (type)", async () => {
    const org = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.thtA } });
    await expectGated(
      (i) => i.activeHtx,
      1,
      () =>
        ok(updateOrganisation, w.communeUser, {
          ...orgInput({ code: org.code, name: org.name, foundedOn: "2020-03-01" }),
          id: org.id,
          version: org.version,
          type: "HTX",
        }),
      () => approve(org.id),
    );
  });

  it("identity change (commune)", async () => {
    // moving a cooperative needs write access to both communes: an official of A and B
    const u = await w.prisma.user.create({
      data: {
        username: "xa.ab",
        fullName: "Cán bộ xã A và B",
        role: "COMMUNE",
        passwordHash: "x",
        scopes: { create: [{ areaUnitId: w.communeA }, { areaUnitId: w.communeB }] },
      },
    });
    const official = (await loadViewer(w.prisma, u.id))!;
    const org = await approvedCooperative("HTX-CHUYEN-XA");
    await expectMoved(
      { scopeUnitIds: [w.communeA] },
      { scopeUnitIds: [w.communeB] },
      () =>
        ok(updateOrganisation, official, {
          ...orgInput({ code: org.code, name: org.name, foundedOn: "2020-03-01" }),
          id: org.id,
          version: org.version,
          communeId: w.communeB,
        }),
      async () => {
        await ok(submitReport, official, { organisationId: org.id, year: YEAR });
        const { version } = await w.prisma.annualReport.findUniqueOrThrow({
          where: { organisationId_year: { organisationId: org.id, year: YEAR } },
        });
        await ok(approveReport, w.districtUser, { organisationId: org.id, year: YEAR, version, comment: "" });
      },
    );
  });

  it("identity change (sector)", async () => {
    const org = await approvedCooperative("HTX-DOI-LINH-VUC");
    await expectMoved(
      { sectors: ["AGRICULTURE"] },
      { sectors: ["CREDIT"] },
      () =>
        ok(updateOrganisation, w.communeUser, {
          ...orgInput({ code: org.code, name: org.name, foundedOn: "2020-03-01" }),
          id: org.id,
          version: org.version,
          sector: "CREDIT",
        }),
      () => approve(org.id),
    );
  });

  it("status change", async () => {
    const org = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgA } });
    await expectGated(
      (i) => i.activeHtx,
      -1,
      () =>
        ok(changeOrganisationStatus, w.communeUser, {
          id: org.id,
          version: org.version,
          status: "SUSPENDED",
          effectiveFrom: "2026-06-01",
          decisionRef: "",
        }),
      () => approve(org.id),
    );
    // back to active, entered by the district: arrives approved
    const again = await w.prisma.organisation.findUniqueOrThrow({ where: { id: w.orgA } });
    const before = await figures();
    await ok(changeOrganisationStatus, w.districtUser, {
      id: again.id,
      version: again.version,
      status: "ACTIVE",
      effectiveFrom: "2026-07-01",
      decisionRef: "",
    });
    expect((await figures()).approved.activeHtx).toBe(before.approved.activeHtx + 1);
    await reopenAsDraft(w.orgA);
  });

  it("member register: join and leave (with capital)", async () => {
    await expectGated(
      (i) => i.htxMembers,
      1,
      () =>
        ok(addMember, w.communeUser, {
          organisationId: w.orgA,
          personChoice: "new",
          fullName: "Trần Thị Gác",
          birthYear: "1975",
          gender: "FEMALE",
          kind: "INDIVIDUAL",
          idNumber: "",
          memberType: "OFFICIAL",
          joinedOn: "2026-02-01",
          leftOn: "",
          capitalContributed: "10.000.000",
        }),
      () => approve(w.orgA),
    );
    await reopenAsDraft(w.orgA);
    const m = await w.prisma.membership.findFirstOrThrow({ where: { organisationId: w.orgA, leftOn: null } });
    // The membership as the approved state (the views of schema "approved") reads it.
    const approvedImage = async () =>
      (
        await w.prisma.$queryRaw<{ leftOn: Date | null; capital: bigint }[]>`
          SELECT "leftOn", "capitalContributed" AS capital FROM approved."Membership" WHERE id = ${m.id}`
      )[0];
    await expectGated(
      (i) => i.htxMembers,
      -1,
      async () => {
        await ok(endMembership, w.communeUser, { id: m.id, version: m.version, leftOn: "2026-10-01" });
        // while the leave is pending, the approved image is the row as last approved:
        // not left, with its capital
        expect(await approvedImage()).toEqual({ leftOn: null, capital: 10_000_000n });
      },
      () => approve(w.orgA),
    );
    // once approved, the approved state is the live row: left on 1/10, capital kept
    expect(await approvedImage()).toEqual({ leftOn: new Date("2026-10-01"), capital: 10_000_000n });
    await reopenAsDraft(w.orgA);
  });

  it("yearly report (THT effectiveness)", async () => {
    const tht = await w.prisma.organisation.create({
      data: {
        code: "THT-A2",
        type: "THT",
        name: "Tổ hợp tác A2",
        communeId: w.communeA,
        sector: "AGRICULTURE",
        foundedOn: new Date("2019-01-01"),
        statusHistory: { create: { status: "ACTIVE", effectiveFrom: new Date("2019-01-01") } },
      },
    });
    await expectGated(
      (i) => i.thtEffective,
      1,
      () =>
        ok(saveAnnualReport, w.communeUser, {
          organisationId: tht.id,
          year: YEAR,
          memberCount: "12",
          effective: "yes",
        }),
      () => approve(tht.id),
    );
  });

  it("rating", async () => {
    await expectGated(
      (i) => i.htxGoodFair,
      1,
      () =>
        ok(saveRating, w.communeUser, {
          organisationId: w.orgA,
          year: YEAR,
          scheme: "AGRICULTURE",
          mode: "SCORED",
          score: "85",
          notRatedReason: "",
        }),
      () => approve(w.orgA),
    );
    await reopenAsDraft(w.orgA);
  });

  it("value-chain link, high technology, digital practice", async () => {
    await expectGated(
      (i) => i.htxWithChain,
      1,
      () =>
        ok(saveLinkage, w.communeUser, {
          organisationId: w.orgA,
          partnerName: "Công ty Lúa Gạo",
          role: "LEAD",
          product: "Lúa",
          areaHa: "10",
          contractRef: "HĐ 1/2026",
          validFrom: "2026-01-01",
          validTo: "",
        }),
      () => approve(w.orgA),
    );
    await reopenAsDraft(w.orgA);
    await expectGated(
      (i) => i.htxHighTech,
      1,
      () =>
        ok(saveHighTech, w.communeUser, {
          organisationId: w.orgA,
          technologyType: "GREENHOUSE",
          description: "Nhà màng",
          validFrom: "2026-01-01",
          validTo: "",
        }),
      () => approve(w.orgA),
    );
    await reopenAsDraft(w.orgA);
    await expectGated(
      (i) => i.htxDigital,
      1,
      () =>
        ok(saveDigitalPractice, w.communeUser, {
          organisationId: w.orgA,
          year: YEAR,
          practice: "DIGITAL_PAYMENT",
          note: "",
        }),
      () => approve(w.orgA),
    );
    await reopenAsDraft(w.orgA);
  });

  it("support received (the reports' support table)", async () => {
    const support = async (approvedOnly: boolean) =>
      (
        await getSupportByPolicyArea(w.prisma, {
          year: YEAR,
          firstYear: 2022,
          scopeUnitIds: [w.communeA, w.communeB],
          approvedOnly,
        })
      ).total.amount;
    const [a0, w0] = [await support(true), await support(false)];
    await ok(saveSupport, w.communeUser, {
      organisationId: w.orgA,
      policyArea: "CREDIT",
      year: YEAR,
      amount: "20.000.000",
      note: "",
    });
    expect(await support(true)).toBe(a0);
    expect(await support(false)).toBe(w0 + 20_000_000n);
    await approve(w.orgA);
    expect(await support(true)).toBe(a0 + 20_000_000n);
  });

  it("population", async () => {
    await ok(savePopulation, w.districtUser, {
      areaUnitId: w.communeA,
      year: YEAR,
      population: "10.000",
      households: "",
    });
    const before = await figures();
    expect(before.approved.population).toBe(10_000);
    const row = await w.prisma.population.findUniqueOrThrow({
      where: { areaUnitId_year: { areaUnitId: w.communeA, year: YEAR } },
    });
    await ok(savePopulation, w.communeUser, {
      areaUnitId: w.communeA,
      year: YEAR,
      population: "12.000",
      households: "",
      version: row.version,
    });
    const pending = await figures();
    expect(pending.approved.population).toBe(10_000);
    expect(pending.working.population).toBe(12_000);
    await ok(approvePopulation, w.districtUser, { areaUnitId: w.communeA, year: YEAR });
    expect((await figures()).approved.population).toBe(12_000);
  });

  it("district entries arrive approved", async () => {
    const before = await figures();
    await ok(createOrganisation, w.districtUser, orgInput({ code: "MOI-HUYEN", communeId: w.communeB }));
    const after = await figures();
    expect(after.approved.activeHtx).toBe(before.approved.activeHtx + 1);
    expect(after.working.activeHtx).toBe(before.working.activeHtx + 1);
  });
});
