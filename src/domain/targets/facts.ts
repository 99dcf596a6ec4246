// Row-level facts and the flat per-year input record of the targets engine.
//
// Two layers:
//  1. *Fact types: plain mirrors of the database rows the targets need (see
//     prisma/schema.prisma), with dates as ISO 'YYYY-MM-DD' strings so this module stays
//     pure (no Date/time-zone pitfalls: ISO dates compare correctly as strings).
//  2. YearInputs: named integer counts for ONE scope and ONE as-of date. It is the
//     contract between data access and the engine: the SQL aggregates fill it in
//     production, aggregateYear() (aggregate.ts) fills it from facts and is the
//     reference semantics those SQL queries must reproduce (tests pin both down).
//
// Pure module: no Prisma, no Next, no node: imports.

/** ISO calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

// The enumerations have one source each: src/domain/enums.ts.
export type { OrgStatus, OrgType, RatingLevel, Sector } from "../enums";
import type { OrgStatus, OrgType, RatingLevel, Sector } from "../enums";
export type ApprovalStatus = "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";

export type AreaUnitFact = {
  id: number;
  code: string;
  name: string;
  validFrom: IsoDate;
  /** Last day the unit existed; null while it exists. */
  validTo: IsoDate | null;
  /** The unit that took over the territory when this one ceased to exist. */
  successorId: number | null;
};

export type StatusChangeFact = { status: OrgStatus; effectiveFrom: IsoDate };

export type OrgFact = {
  id: number;
  type: OrgType;
  communeId: number;
  sector: Sector;
  foundedOn: IsoDate | null;
  hasMemberRegister: boolean;
  /** Any order; the entry in force at a date is the latest with effectiveFrom <= date. */
  statusHistory: StatusChangeFact[];
};

export type MembershipFact = {
  organisationId: number;
  personId: number;
  joinedOn: IsoDate;
  /** First day the person is no longer a member (a member on leftOn - 1, not on leftOn). */
  leftOn: IsoDate | null;
};

export type ReportFact = {
  organisationId: number;
  year: number;
  memberCount: number | null;
  /** THT effectiveness assessment; null when not assessed. */
  effective: boolean | null;
  approvalStatus: ApprovalStatus;
};

export type RatingFact = {
  organisationId: number;
  year: number;
  eligible: boolean;
  level: RatingLevel | null;
};

export type LinkFact = { organisationId: number; validFrom: IsoDate; validTo: IsoDate | null };
export type HighTechFact = {
  organisationId: number;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  evidence: string | null;
};
export type DigitalFact = { organisationId: number; year: number };
/** A cooperative's membership of a union (LHHTX); same in-force rule as MembershipFact. */
export type UnionMembershipFact = { unionId: number; memberOrgId: number; joinedOn: IsoDate; leftOn: IsoDate | null };
export type PopulationFact = { areaUnitId: number; year: number; population: number };

/** Everything aggregateYear() reads. Arrays may contain rows outside the scope/year. */
export type Facts = {
  units: AreaUnitFact[];
  organisations: OrgFact[];
  memberships: MembershipFact[];
  reports: ReportFact[];
  ratings: RatingFact[];
  links: LinkFact[];
  highTech: HighTechFact[];
  digital: DigitalFact[];
  population: PopulationFact[];
  /** Optional so fixtures written before unions counted stay valid: absent = none. */
  unionMemberships?: UnionMembershipFact[];
};

export type AggregateOptions = {
  /** Area units of the scope. List every unit that ever belonged to the territory
   *  (old communes AND their merged successors): an organisation counts when its
   *  commune is listed, so the sum is right whichever unit it is attached to. */
  scopeUnitIds: number[];
  /** The as-of date ("tính đến ngày"), usually the end of the data year. */
  asOf: IsoDate;
  /** The data year: selects reports, ratings, digital practices and population. */
  year: number;
  /** Reads the approved state of the data (the rows as the district last approved them:
   *  docs/approval.md) instead of everything entered. The SQL loaders switch tables on it;
   *  aggregateYear() ignores it and takes facts already in the wanted state (loadFacts'
   *  `state`), so the reference stays a plain function of rows. Default false. */
  approvedOnly?: boolean;
  /** Dashboard breakdowns: only organisations of these sectors / types are considered. */
  sectors?: Sector[];
  orgTypes?: OrgType[];
};

/**
 * Flat integer counts for one scope, one as-of date and one data year.
 *
 * "Active" everywhere means: in scope, passes the sector/type filters, founded on or
 * before asOf (or founding date unknown), and the status in force at asOf is ACTIVE.
 * Every count below is over active organisations only.
 *
 * Why per-type fields instead of pre-summed "activeOrgs / effectiveOrgs / orgsWithChain
 * / orgsDigital": the ORG_* and POP_SHARE definitions carry an `orgTypes` parameter an
 * admin may change; per-type counts let the engine honour it without new SQL. The sums
 * are derived in measures.ts (orgTotals). For the same reason there is no
 * "membersReportedNoRegister" total: it is tht…+htx… below.
 */
export type YearInputs = {
  /** Active THT / HTX / LHHTX. */
  activeTht: number;
  activeHtx: number;
  activeLhhtx: number;

  /** Members of active THT (HTX): Σ over organisations of its member count, where the
   *  count is the distinct persons with a membership in force at asOf (joinedOn <= asOf
   *  and (leftOn null or leftOn > asOf)) if the organisation keeps a register, else the
   *  memberCount of its report for `year` (0 when absent). A person in two THT counts
   *  twice here (membership target), but once in distinctMemberPersons. */
  thtMembers: number;
  htxMembers: number;
  /** Part of thtMembers (htxMembers) taken from reports of organisations without a register. */
  thtMembersReportedNoRegister: number;
  htxMembersReportedNoRegister: number;
  /** Active THT (HTX) without a register and without a usable report member count for
   *  `year`: they contribute 0 members (a data gap worth flagging). */
  thtNoRegisterNoReport: number;
  htxNoRegisterNoReport: number;

  /** Active HTX eligible for rating in `year`: a rating row with eligible=true, or no
   *  rating row and founded at least 12 months before asOf (or unknown founding date).
   *  htxEligible + htxIneligible = activeHtx. */
  htxEligible: number;
  /** Eligible HTX rated GOOD or FAIR. */
  htxGoodFair: number;
  /** Eligible HTX without a level (no rating row, or eligible row with level null):
   *  counted as not good, and flagged. */
  htxEligibleUnrated: number;
  /** Active HTX not eligible (row eligible=false, or no row and founded < 12 months
   *  before asOf): excluded from the rating denominators. */
  htxIneligible: number;
  /** Same four counts for unions (LHHTX), used by ORG_EFFECTIVE. */
  lhhtxEligible: number;
  lhhtxGoodFair: number;
  lhhtxEligibleUnrated: number;
  lhhtxIneligible: number;

  /** Active organisations with a linkage valid in `year` (validFrom <= asOf and
   *  (validTo null or validTo >= 01/01 of year)). */
  thtWithChain: number;
  htxWithChain: number;
  lhhtxWithChain: number;
  /** HTX counted in both htxGoodFair and htxWithChain (alternative HTX_VALUE_CHAIN base). */
  htxGoodFairWithChain: number;
  /** The same for unions, and THT assessed effective with a link: the alternative base
   *  ("among the good/fair ones") of an ORG_CHAIN target over several types. */
  lhhtxGoodFairWithChain: number;
  thtEffectiveWithChain: number;

  /** Member cooperatives of active unions: Σ over active LHHTX of the union memberships
   *  in force at asOf (joinedOn <= asOf and (leftOn null or leftOn > asOf)). A cooperative
   *  in two unions counts in each, as each union's register lists it. */
  lhhtxMemberOrgs: number;

  /** Active HTX with a high-tech record valid in `year` (same validity rule as linkage). */
  htxHighTech: number;
  /** Of htxHighTech: those whose valid records all lack evidence (null/blank). */
  htxHighTechNoEvidence: number;

  /** Distinct persons with a membership in force at asOf in an active THT (HTX) keeping
   *  a register; distinctMemberPersons is over THT ∪ HTX (a person in several counts
   *  once). Organisations without a register add their reported counts on top, see
   *  *MembersReportedNoRegister. LHHTX members are organisations: never counted. */
  thtDistinctPersons: number;
  htxDistinctPersons: number;
  distinctMemberPersons: number;

  /** Σ population rows of scope units for `year`. */
  population: number;
  /** Scope units in existence at asOf (validFrom <= asOf, validTo null or >= asOf)
   *  without a population row for `year`: the share would be overstated. */
  populationUnitsMissing: number;

  /** Active THT whose report for `year` says effective === true. */
  thtEffective: number;
  /** Active THT with no report for `year` or effective null: count as not effective. */
  thtNotAssessed: number;

  /** Active organisations with at least one DigitalFact for `year`. */
  thtDigital: number;
  htxDigital: number;
  lhhtxDigital: number;
};

export type YearInputsKey = keyof YearInputs;

/** All fields zero: the starting point of aggregations and a convenient test base. */
export function emptyYearInputs(): YearInputs {
  return {
    activeTht: 0,
    activeHtx: 0,
    activeLhhtx: 0,
    thtMembers: 0,
    htxMembers: 0,
    thtMembersReportedNoRegister: 0,
    htxMembersReportedNoRegister: 0,
    thtNoRegisterNoReport: 0,
    htxNoRegisterNoReport: 0,
    htxEligible: 0,
    htxGoodFair: 0,
    htxEligibleUnrated: 0,
    htxIneligible: 0,
    lhhtxEligible: 0,
    lhhtxGoodFair: 0,
    lhhtxEligibleUnrated: 0,
    lhhtxIneligible: 0,
    thtWithChain: 0,
    htxWithChain: 0,
    lhhtxWithChain: 0,
    htxGoodFairWithChain: 0,
    lhhtxGoodFairWithChain: 0,
    thtEffectiveWithChain: 0,
    lhhtxMemberOrgs: 0,
    htxHighTech: 0,
    htxHighTechNoEvidence: 0,
    thtDistinctPersons: 0,
    htxDistinctPersons: 0,
    distinctMemberPersons: 0,
    population: 0,
    populationUnitsMissing: 0,
    thtEffective: 0,
    thtNotAssessed: 0,
    thtDigital: 0,
    htxDigital: 0,
    lhhtxDigital: 0,
  };
}

export const YEAR_INPUT_KEYS: readonly YearInputsKey[] = Object.keys(emptyYearInputs()) as YearInputsKey[];

// The reference aggregation and the area-unit helper live in their own files (size,
// responsibility); re-exported here so the facts contract is importable from one place.
// This makes a module cycle (aggregate.ts imports emptyYearInputs from here). It is
// harmless: both sides only use each other's function declarations at call time, never
// while the modules are being evaluated.
export { aggregateYear, statusAt, isActiveAt } from "./aggregate";
