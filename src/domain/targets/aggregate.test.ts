// Reference aggregation: every YearInputs field of the fixture district computed by hand
// (fixtures.ts describes the organisations).
import { describe, expect, it } from "vitest";
import { aggregateYear, isActiveAt, statusAt, type Facts, type OrgFact } from "./facts";
import { A, B, C, districtFacts, H3, inputs, SCOPE, T3 } from "./fixtures";

const Y2025 = { scopeUnitIds: SCOPE, asOf: "2025-12-31", year: 2025 };
const Y2023 = { scopeUnitIds: SCOPE, asOf: "2023-12-31", year: 2023 };

describe("aggregateYear on the fixture district", () => {
  it("2025: every field by hand", () => {
    expect(aggregateYear(districtFacts(), Y2025)).toEqual(
      inputs({
        activeTht: 3, // T1, T2, T4 (T3 suspended 01/10/2025)
        activeHtx: 6, // H1..H6 (H7 founded 2026, H8 dissolving)
        activeLhhtx: 1, // L1
        thtMembers: 15, // T1 {1,2,3} = 3 (4 left 01/06) + T2 reported 10 + T4 {1,5} = 2
        thtMembersReportedNoRegister: 10, // T2
        htxMembers: 25, // H1 3 + H2 reported 20 + H3 1 + H4 1 + H5 0 + H6 0 (no 2025 report; 2024's 99 ignored)
        htxMembersReportedNoRegister: 20, // H2
        htxNoRegisterNoReport: 1, // H6
        htxEligible: 4, // H1 H2 H3 (rated) + H5 (no row, founded 2010)
        htxGoodFair: 2, // H1 GOOD, H2 FAIR
        htxEligibleUnrated: 1, // H5 (its 2024 rating does not count for 2025)
        htxIneligible: 2, // H4 founded 01/03/2025 (< 12 months), H6 eligible=false
        lhhtxEligible: 1,
        lhhtxGoodFair: 1,
        thtWithChain: 2, // T1 open-ended, T4 ended 01/03/2025 (>= 01/01/2025)
        htxWithChain: 2, // H1, H3 (starts on asOf); H2 ended 2024, H5 starts 2026
        lhhtxWithChain: 1,
        htxGoodFairWithChain: 1, // H1
        lhhtxGoodFairWithChain: 1, // L1 GOOD with a link
        thtEffectiveWithChain: 1, // T1 (T2 effective without a link, T4 linked but not assessed)
        lhhtxMemberOrgs: 2, // L1: H1, H3 (joined 01/06/2025); H2 left 30/06/2024
        htxHighTech: 2, // H1, H2
        htxHighTechNoEvidence: 1, // H2 (blank evidence)
        thtDistinctPersons: 4, // {1,2,3,5}
        htxDistinctPersons: 5, // {2,6,7,8,9}
        distinctMemberPersons: 8, // {1,2,3,5,6,7,8,9}: 1 and 2 once; L1's person 10 never
        population: 190, // C
        thtEffective: 2, // T1, T2
        thtNotAssessed: 1, // T4 effective null
        thtDigital: 1, // T4
        htxDigital: 1, // H1 (H3's practice is 2024)
        lhhtxDigital: 1, // L1
      }),
    );
  });

  it("2023: a past year uses the units valid then (A and B) and that year's records", () => {
    expect(aggregateYear(districtFacts(), Y2023)).toEqual(
      inputs({
        activeTht: 3, // T1, T3, T4 (T2 founded 2025)
        activeHtx: 6, // H1 H2 H3 H5 H6 H8 (H4 founded 2025)
        activeLhhtx: 1,
        thtMembers: 7, // T1 {1,2,3,4} + T3 {11} + T4 {1,5}
        htxMembers: 4, // H1 3 + H3 1
        htxNoRegisterNoReport: 2, // H2, H6: no 2023 report
        htxEligible: 6, // no 2023 ratings: all founded <= 31/12/2022 -> eligible unrated
        htxEligibleUnrated: 6,
        lhhtxEligible: 1,
        lhhtxEligibleUnrated: 1,
        htxWithChain: 2, // H1, H2 (2020..2024)
        lhhtxWithChain: 1, // from 01/01/2023
        lhhtxMemberOrgs: 2, // L1: H1 (2021), H2 (until 30/06/2024); H3 joins in 2025
        htxHighTech: 1, // H1 from 2023; H2's starts 2024
        thtDistinctPersons: 6, // {1,2,3,4,5,11}
        htxDistinctPersons: 4, // {2,6,7,8}
        distinctMemberPersons: 9, // {1,2,3,4,5,6,7,8,11}
        population: 150, // A 80 + B 70; C did not exist yet
        thtNotAssessed: 3,
      }),
    );
  });

  it("a scope listing old and new units sums the parts exactly", () => {
    const facts = districtFacts();
    for (const period of [Y2023, Y2025]) {
      const all = aggregateYear(facts, period);
      const old = aggregateYear(facts, { ...period, scopeUnitIds: [A, B] });
      const now = aggregateYear(facts, { ...period, scopeUnitIds: [C] });
      expect(all.activeHtx).toBe(old.activeHtx + now.activeHtx);
      expect(all.population).toBe(old.population + now.population);
    }
    // Listing only the new unit would lose 2023 entirely (population 0), and only the
    // old ones would lose 2025's population: hence the scope lists both.
    expect(aggregateYear(facts, { ...Y2023, scopeUnitIds: [C] }).population).toBe(0);
    expect(aggregateYear(facts, { ...Y2025, scopeUnitIds: [A, B] }).population).toBe(0);
    expect(aggregateYear(facts, { ...Y2023, scopeUnitIds: [C] }).activeHtx).toBe(1); // H3
  });

  it("counts scope units existing at asOf without a population row", () => {
    const facts = districtFacts();
    facts.population = facts.population.filter((p) => !(p.areaUnitId === B && p.year === 2023));
    const r = aggregateYear(facts, Y2023);
    expect(r.population).toBe(80);
    expect(r.populationUnitsMissing).toBe(1); // B
  });

  it("filters organisations by sector and type (population is never filtered)", () => {
    const nonAgri = aggregateYear(districtFacts(), { ...Y2025, sectors: ["NON_AGRICULTURE"] });
    expect([nonAgri.activeTht, nonAgri.activeHtx, nonAgri.activeLhhtx]).toEqual([0, 1, 0]); // H3
    expect(nonAgri.htxDistinctPersons).toBe(1);
    expect(nonAgri.population).toBe(190);
    const htxOnly = aggregateYear(districtFacts(), { ...Y2025, orgTypes: ["HTX"] });
    expect([htxOnly.activeTht, htxOnly.activeHtx, htxOnly.activeLhhtx]).toEqual([0, 6, 0]);
    expect(htxOnly.distinctMemberPersons).toBe(5);
  });
});

describe("status, founding and membership dates", () => {
  const t3 = districtFacts().organisations.find((o) => o.id === T3)!;

  it("a status change during the year: active before it, not after", () => {
    expect(isActiveAt(t3, "2025-09-30")).toBe(true);
    expect(isActiveAt(t3, "2025-10-01")).toBe(false); // effective from that day
    // 30/09: T1, T2 (active from 01/08), T3 (suspended only from 01/10), T4 = 4
    expect(aggregateYear(districtFacts(), { ...Y2025, asOf: "2025-09-30" }).activeTht).toBe(4);
    // 31/07: T1, T3, T4 = 3 (T2 founded 01/08); 31/12: T1, T2, T4 = 3
    expect(aggregateYear(districtFacts(), { ...Y2025, asOf: "2025-07-31" }).activeTht).toBe(3);
    expect(aggregateYear(districtFacts(), Y2025).activeTht).toBe(3);
  });

  it("reads the history in any order and allows reactivation", () => {
    const o: OrgFact = {
      ...t3,
      statusHistory: [
        { status: "ACTIVE", effectiveFrom: "2025-09-01" },
        { status: "ACTIVE", effectiveFrom: "2019-01-01" },
        { status: "SUSPENDED", effectiveFrom: "2025-03-01" },
      ],
    };
    expect(statusAt(o, "2025-06-30")).toBe("SUSPENDED");
    expect(statusAt(o, "2025-12-31")).toBe("ACTIVE");
    expect(statusAt(o, "2018-12-31")).toBeNull();
    expect(isActiveAt({ ...o, statusHistory: [] }, "2025-12-31")).toBe(false);
  });

  it("an organisation founded after asOf does not exist yet, whatever its status says", () => {
    const facts = districtFacts();
    const h7 = facts.organisations.find((o) => o.id === 27)!;
    expect(statusAt(h7, "2025-12-31")).toBe("ACTIVE");
    expect(isActiveAt(h7, "2025-12-31")).toBe(false);
    expect(isActiveAt(h7, "2026-02-01")).toBe(true);
  });

  it("membership boundaries: joined on asOf counts, left on asOf does not", () => {
    const facts: Facts = { ...districtFacts(), memberships: [] };
    facts.memberships.push(
      { organisationId: H3, personId: 100, joinedOn: "2025-12-31", leftOn: null },
      { organisationId: H3, personId: 101, joinedOn: "2020-01-01", leftOn: "2025-12-31" },
      { organisationId: H3, personId: 102, joinedOn: "2020-01-01", leftOn: "2026-01-01" },
      { organisationId: H3, personId: 103, joinedOn: "2026-01-01", leftOn: null },
      // the same person twice in one organisation (left and rejoined) counts once
      { organisationId: H3, personId: 102, joinedOn: "2019-01-01", leftOn: null },
    );
    const r = aggregateYear(facts, Y2025);
    expect(r.htxDistinctPersons).toBe(2); // 100, 102
    expect(r.htxMembers).toBe(2 + 20); // + H2's reported 20
  });

  it("rating eligibility without a rating row: 12 months before asOf, inclusive", () => {
    const base = districtFacts();
    const only = (foundedOn: string | null): Facts => ({
      ...base,
      ratings: [],
      organisations: [
        {
          ...base.organisations.find((o) => o.id === H3)!,
          foundedOn,
          statusHistory: [{ status: "ACTIVE", effectiveFrom: "2000-01-01" }],
        },
      ],
    });
    const eligible = (f: string | null) => aggregateYear(only(f), Y2025).htxEligible;
    expect(eligible("2024-12-31")).toBe(1); // exactly 12 months
    expect(eligible("2025-01-01")).toBe(0); // one day short
    expect(eligible(null)).toBe(1); // unknown: assumed eligible, shows up as unrated
    expect(aggregateYear(only(null), Y2025).htxEligibleUnrated).toBe(1);
  });

  it("an eligible rating row without a level is eligible but unrated", () => {
    const facts = districtFacts();
    facts.ratings = facts.ratings.map((r) => (r.organisationId === H3 && r.year === 2025 ? { ...r, level: null } : r));
    const r = aggregateYear(facts, Y2025);
    expect([r.htxEligible, r.htxGoodFair, r.htxEligibleUnrated]).toEqual([4, 2, 2]); // H3, H5
  });

  it("a rating row eligible=false wins over an inconsistent level", () => {
    const facts = districtFacts();
    facts.ratings = facts.ratings.map((r) =>
      r.organisationId === 21 && r.year === 2025 ? { ...r, eligible: false } : r,
    );
    const r = aggregateYear(facts, Y2025);
    expect([r.htxEligible, r.htxGoodFair, r.htxIneligible, r.htxGoodFairWithChain]).toEqual([3, 1, 3, 0]);
  });
});
