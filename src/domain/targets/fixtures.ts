// TEST-ONLY fixtures: a small hand-written district whose every figure is computed by
// hand in the tests (targets.test.ts, aggregate.test.ts). Not used by production code.
//
// Area units: A (id 1) and B (id 2) existed until 30/06/2025, then merged into C (id 3)
// from 01/07/2025. Scope GCT = [1, 2, 3] (old and new units).
//
// Data year 2025, as of 31/12/2025:
//  THT  T1 (A, register)    ACTIVE since 2020; persons 1,2,3 in force, 4 left 01/06/2025;
//                           report effective=true APPROVED; link valid
//       T2 (C, no register) ACTIVE since 01/08/2025; report memberCount 10, effective, APPROVED
//       T3 (B, register)    ACTIVE 2019, SUSPENDED from 01/10/2025 -> not active at 31/12
//       T4 (A, register)    ACTIVE 2021; persons 1 (also in T1), 5; report effective null
//                           SUBMITTED; link 2024-01-01..2025-03-01 (valid in 2025); digital 2025
//  HTX  H1 (A, register) founded 2015; persons 2 (also in T1), 6, 7; GOOD; link; high-tech
//                           with evidence; digital; report APPROVED
//       H2 (B, no register) founded 2016; report memberCount 20 SUBMITTED; FAIR; high-tech
//                           WITHOUT evidence
//       H3 (C, register) founded 2018, NON_AGRICULTURE; person 8; AVERAGE; link; report APPROVED
//       H4 (C, register) founded 01/03/2025 (< 12 months): no rating row -> not eligible; person 9
//       H5 (A, register) founded 2010; no members; no rating row -> eligible but unrated
//       H6 (B, no register, no report) founded 2012; rating eligible=false (stopped > 3 months)
//       H7 (C) founded 01/02/2026 (after asOf) although its status says ACTIVE from 2025
//       H8 (A) ACTIVE 2017, DISSOLVING from 01/05/2025
//  LHHTX L1 (C, CREDIT) founded 2020; GOOD; link; digital; a (bad) person membership 10 that
//                           must never count; member cooperatives H1 (since 2021), H3 (since
//                           01/06/2025), H2 (2020 until it left on 30/06/2024)
//  Population 2025: C 190. Population 2023: A 80, B 70.
import type { Facts, OrgFact, YearInputs } from "./facts";
import { DEFAULT_TARGETS, type TargetCode, type TargetDefinition } from "./definitions";
import { emptyYearInputs } from "./facts";

export const A = 1;
export const B = 2;
export const C = 3;
export const SCOPE = [A, B, C];

function org(
  id: number,
  type: OrgFact["type"],
  communeId: number,
  foundedOn: string | null,
  hasMemberRegister: boolean,
  statusHistory: OrgFact["statusHistory"],
  sector: OrgFact["sector"] = "AGRICULTURE",
): OrgFact {
  return { id, type, communeId, sector, foundedOn, hasMemberRegister, statusHistory };
}
const active = (from: string) => [{ status: "ACTIVE" as const, effectiveFrom: from }];

export const T1 = 11,
  T2 = 12,
  T3 = 13,
  T4 = 14;
export const H1 = 21,
  H2 = 22,
  H3 = 23,
  H4 = 24,
  H5 = 25,
  H6 = 26,
  H7 = 27,
  H8 = 28;
export const L1 = 31;

export function districtFacts(): Facts {
  return {
    units: [
      { id: A, code: "A", name: "Xã A", validFrom: "2008-01-01", validTo: "2025-06-30", successorId: C },
      { id: B, code: "B", name: "Xã B", validFrom: "2008-01-01", validTo: "2025-06-30", successorId: C },
      { id: C, code: "C", name: "Xã C", validFrom: "2025-07-01", validTo: null, successorId: null },
    ],
    organisations: [
      org(T1, "THT", A, "2020-01-01", true, active("2020-01-01")),
      org(T2, "THT", C, "2025-08-01", false, active("2025-08-01")),
      org(T3, "THT", B, "2019-01-01", true, [
        { status: "SUSPENDED", effectiveFrom: "2025-10-01" },
        { status: "ACTIVE", effectiveFrom: "2019-01-01" },
      ]),
      org(T4, "THT", A, "2021-01-01", true, active("2021-01-01")),
      org(H1, "HTX", A, "2015-01-01", true, active("2015-01-01")),
      org(H2, "HTX", B, "2016-01-01", false, active("2016-01-01")),
      org(H3, "HTX", C, "2018-01-01", true, active("2018-01-01"), "NON_AGRICULTURE"),
      org(H4, "HTX", C, "2025-03-01", true, active("2025-03-01")),
      org(H5, "HTX", A, "2010-01-01", true, active("2010-01-01")),
      org(H6, "HTX", B, "2012-01-01", false, active("2012-01-01")),
      org(H7, "HTX", C, "2026-02-01", true, active("2025-01-01")),
      org(H8, "HTX", A, "2017-01-01", true, [
        { status: "ACTIVE", effectiveFrom: "2017-01-01" },
        { status: "DISSOLVING", effectiveFrom: "2025-05-01" },
      ]),
      org(L1, "LHHTX", C, "2020-01-01", true, active("2020-01-01"), "CREDIT"),
    ],
    memberships: [
      { organisationId: T1, personId: 1, joinedOn: "2020-01-01", leftOn: null },
      { organisationId: T1, personId: 2, joinedOn: "2020-01-01", leftOn: null },
      { organisationId: T1, personId: 3, joinedOn: "2020-01-01", leftOn: null },
      { organisationId: T1, personId: 4, joinedOn: "2020-01-01", leftOn: "2025-06-01" },
      { organisationId: T3, personId: 11, joinedOn: "2019-01-01", leftOn: null },
      { organisationId: T4, personId: 1, joinedOn: "2021-01-01", leftOn: null },
      { organisationId: T4, personId: 5, joinedOn: "2021-01-01", leftOn: null },
      { organisationId: H1, personId: 2, joinedOn: "2016-01-01", leftOn: null },
      { organisationId: H1, personId: 6, joinedOn: "2016-01-01", leftOn: null },
      { organisationId: H1, personId: 7, joinedOn: "2016-01-01", leftOn: null },
      { organisationId: H3, personId: 8, joinedOn: "2019-01-01", leftOn: null },
      { organisationId: H4, personId: 9, joinedOn: "2025-03-01", leftOn: null },
      { organisationId: L1, personId: 10, joinedOn: "2020-01-01", leftOn: null },
    ],
    reports: [
      { organisationId: T1, year: 2025, memberCount: null, effective: true, approvalStatus: "APPROVED" },
      { organisationId: T2, year: 2025, memberCount: 10, effective: true, approvalStatus: "APPROVED" },
      { organisationId: T4, year: 2025, memberCount: null, effective: null, approvalStatus: "SUBMITTED" },
      { organisationId: H1, year: 2025, memberCount: null, effective: null, approvalStatus: "APPROVED" },
      { organisationId: H2, year: 2025, memberCount: 20, effective: null, approvalStatus: "SUBMITTED" },
      { organisationId: H3, year: 2025, memberCount: null, effective: null, approvalStatus: "APPROVED" },
      // Another year's report must not leak into 2025.
      { organisationId: H6, year: 2024, memberCount: 99, effective: null, approvalStatus: "APPROVED" },
    ],
    ratings: [
      { organisationId: H1, year: 2025, eligible: true, level: "GOOD" },
      { organisationId: H2, year: 2025, eligible: true, level: "FAIR" },
      { organisationId: H3, year: 2025, eligible: true, level: "AVERAGE" },
      { organisationId: H6, year: 2025, eligible: false, level: null },
      { organisationId: L1, year: 2025, eligible: true, level: "GOOD" },
      { organisationId: H5, year: 2024, eligible: true, level: "GOOD" },
    ],
    links: [
      { organisationId: T1, validFrom: "2024-01-01", validTo: null },
      { organisationId: T4, validFrom: "2024-01-01", validTo: "2025-03-01" },
      { organisationId: H1, validFrom: "2022-01-01", validTo: "2026-12-31" },
      { organisationId: H3, validFrom: "2025-12-31", validTo: null },
      { organisationId: L1, validFrom: "2023-01-01", validTo: null },
      // Expired before 2025, and one starting after asOf: neither counts in 2025.
      { organisationId: H2, validFrom: "2020-01-01", validTo: "2024-12-31" },
      { organisationId: H5, validFrom: "2026-01-01", validTo: null },
    ],
    highTech: [
      { organisationId: H1, validFrom: "2023-01-01", validTo: null, evidence: "VietGAP số 12/2023" },
      { organisationId: H2, validFrom: "2024-01-01", validTo: null, evidence: "  " },
    ],
    digital: [
      { organisationId: T4, year: 2025 },
      { organisationId: H1, year: 2025 },
      { organisationId: L1, year: 2025 },
      { organisationId: H3, year: 2024 },
    ],
    unionMemberships: [
      { unionId: L1, memberOrgId: H1, joinedOn: "2021-01-01", leftOn: null },
      { unionId: L1, memberOrgId: H3, joinedOn: "2025-06-01", leftOn: null },
      { unionId: L1, memberOrgId: H2, joinedOn: "2020-01-01", leftOn: "2024-06-30" },
    ],
    population: [
      { areaUnitId: C, year: 2025, population: 190 },
      { areaUnitId: A, year: 2023, population: 80 },
      { areaUnitId: B, year: 2023, population: 70 },
    ],
  };
}

/** YearInputs with every field 0 except the given ones. */
export function inputs(overrides: Partial<YearInputs>): YearInputs {
  return { ...emptyYearInputs(), ...overrides };
}

/** The programme's own definition of a target (its default wording, threshold and year). */
export const targetDefinition = (code: TargetCode): TargetDefinition => DEFAULT_TARGETS.find((d) => d.code === code)!;
