// The SQL aggregates must give exactly the figures of the pure reference aggregation
// (aggregateYear) for the same rows: every YearInputs field, several years and as-of
// dates, with and without filters, in total and per group.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregateYear } from "@/domain/targets/aggregate";
import { effectiveUnitFor } from "@/domain/targets/areas";
import type { AggregateOptions, Facts, OrgType, Sector } from "@/domain/targets/facts";
import { loadYearInputs, loadYearInputsGrouped } from "@/server/targets-sql/load-year-inputs";
import { statementTuning } from "@/server/targets-sql/source-tables";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { loadFacts } from "@/server/read-model/load-facts";
import { insertRandomFacts } from "./random-facts";

const CASES: { year: number; asOf: string }[] = [
  { year: 2022, asOf: "2022-12-31" },
  { year: 2023, asOf: "2023-12-31" },
  { year: 2024, asOf: "2024-06-30" },
  { year: 2025, asOf: "2025-06-30" },
  { year: 2025, asOf: "2025-12-31" },
  { year: 2026, asOf: "2026-11-29" },
];

describe("SQL aggregates = reference aggregation", () => {
  let db: TestDatabase;
  let facts: Facts;
  /** The approved state: the rows before the pending edits (approval gate). */
  let approvedFacts: Facts;
  let scope: number[];
  const reference = (o: AggregateOptions) => aggregateYear(o.approvedOnly ? approvedFacts : facts, o);

  beforeAll(async () => {
    db = await createTestDatabase();
    await insertRandomFacts(db.prisma, { seed: 7, organisations: 140 });
    facts = await loadFacts(db.prisma);
    approvedFacts = await loadFacts(db.prisma, undefined, "approved");
    scope = facts.units.map((u) => u.id);
  });
  afterAll(async () => db?.dispose());

  it("generated data covers the edge cases it is meant to", () => {
    // A comparison over data without the hard cases would prove little.
    const persons = new Map<number, Set<number>>();
    for (const m of facts.memberships)
      persons.set(m.personId, (persons.get(m.personId) ?? new Set()).add(m.organisationId));
    expect([...persons.values()].some((s) => s.size > 1)).toBe(true);
    expect(facts.organisations.some((o) => o.statusHistory.length > 1)).toBe(true);
    expect(facts.organisations.some((o) => !o.hasMemberRegister)).toBe(true);
    expect(facts.ratings.some((r) => !r.eligible)).toBe(true);
    expect(facts.ratings.some((r) => r.eligible && r.level === null)).toBe(true);
    expect(facts.units.some((u) => u.validTo !== null && u.successorId !== null)).toBe(true);
    expect(facts.highTech.some((h) => h.evidence === null)).toBe(true);
    // pending edits of every kind: the approved state differs from the working one in each table
    for (const key of [
      "organisations",
      "memberships",
      "reports",
      "ratings",
      "links",
      "highTech",
      "digital",
      "population",
    ] as const)
      expect(JSON.stringify(approvedFacts[key]), key).not.toEqual(JSON.stringify(facts[key]));
    expect(approvedFacts.organisations.length).toBeLessThan(facts.organisations.length);
  });

  for (const c of CASES) {
    it(`whole scope, ${c.asOf}`, async () => {
      const options = { scopeUnitIds: scope, asOf: c.asOf, year: c.year };
      expect(await loadYearInputs(db.prisma, options)).toEqual(aggregateYear(facts, options));
      const approved = { ...options, approvedOnly: true };
      expect(await loadYearInputs(db.prisma, approved)).toEqual(reference(approved));
      // the same statement reading the approved state joined whole (large scopes)
      statementTuning.perOrgMaxUnits = 0;
      try {
        expect(await loadYearInputs(db.prisma, approved)).toEqual(reference(approved));
      } finally {
        statementTuning.perOrgMaxUnits = 500;
      }
      expect(reference(approved)).not.toEqual(reference(options));
    });
  }

  it("filters by sector and type, and a partial scope", async () => {
    const partial = scope.filter((_, i) => i % 2 === 0);
    for (const options of [
      { scopeUnitIds: scope, asOf: "2024-12-31", year: 2024, sectors: ["AGRICULTURE"] as Sector[] },
      { scopeUnitIds: scope, asOf: "2024-12-31", year: 2024, orgTypes: ["HTX", "LHHTX"] as OrgType[] },
      { scopeUnitIds: partial, asOf: "2026-11-29", year: 2026, approvedOnly: true },
    ]) {
      expect(await loadYearInputs(db.prisma, options)).toEqual(reference(options));
    }
  });

  it("groups by commune (ceased communes under their successor), sector and type", async () => {
    for (const c of [CASES[1], CASES[5]]) {
      const unitGroup = new Map(scope.map((id) => [id, effectiveUnitFor(id, c.asOf, facts.units)]));
      const byCommune = await loadYearInputsGrouped(
        db.prisma,
        { scopeUnitIds: scope, asOf: c.asOf, year: c.year },
        { by: "commune", unitGroup },
      );
      const groups = new Set(unitGroup.values());
      for (const g of groups) {
        const units = scope.filter((id) => unitGroup.get(id) === g);
        const expected = aggregateYear(facts, { scopeUnitIds: units, asOf: c.asOf, year: c.year });
        const got = byCommune.get(String(g));
        if (!got) {
          // A group is only omitted when it has neither organisations nor population.
          expect(expected.activeTht + expected.activeHtx + expected.activeLhhtx + expected.population).toBe(0);
        } else expect(got).toEqual(expected);
      }

      // Sector and type groups: each must equal the reference filtered to that value.
      const keyed = [
        { by: "sector", keys: ["AGRICULTURE", "NON_AGRICULTURE", "CREDIT"] as Sector[], filter: "sectors" },
        { by: "type", keys: ["THT", "HTX", "LHHTX"] as OrgType[], filter: "orgTypes" },
      ] as const;
      for (const { by, keys, filter } of keyed) {
        const grouped = await loadYearInputsGrouped(
          db.prisma,
          { scopeUnitIds: scope, asOf: c.asOf, year: c.year },
          { by },
        );
        for (const k of keys) {
          const expected = aggregateYear(facts, { scopeUnitIds: scope, asOf: c.asOf, year: c.year, [filter]: [k] });
          if (grouped.has(k)) expect(grouped.get(k), `${by} ${k}`).toEqual(expected);
          else expect(expected.activeTht + expected.activeHtx + expected.activeLhhtx).toBe(0);
        }
      }
    }
  });
});
