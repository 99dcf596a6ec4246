// Reference aggregation: facts -> YearInputs for one scope, as-of date and year.
// This is the executable specification of every YearInputs field (see facts.ts); the
// production SQL must return the same numbers for the same rows.
import type {
  AggregateOptions,
  Facts,
  IsoDate,
  OrgFact,
  OrgStatus,
  OrgType,
  RatingFact,
  ReportFact,
  YearInputs,
} from "./facts";
import { emptyYearInputs } from "./facts";
import { unitExistsAt } from "./areas";
import { isActiveAt as isActiveOn, statusAt as statusAtDay } from "../organisations/status-at";

/** Status in force at `asOf` (the one rule: src/domain/organisations/status-at.ts);
 *  null when the organisation had no status yet. */
export const statusAt = (org: OrgFact, asOf: IsoDate): OrgStatus | null => statusAtDay(org.statusHistory, asOf);

/** Active at `asOf`: already founded (or founding date unknown) and status ACTIVE. */
export const isActiveAt = (org: OrgFact, asOf: IsoDate): boolean => isActiveOn(org, asOf);

/** The same calendar day one year earlier. For 29/02 the result ('YYYY-02-29' in a
 *  non-leap year) is not a real date but still compares correctly as a string. */
function oneYearBefore(asOf: IsoDate): IsoDate {
  return `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`;
}

type RatingClass = "INELIGIBLE" | "GOOD_FAIR" | "OTHER_LEVEL" | "UNRATED";

/**
 * Rating outcome of a cooperative or union for the year (TT 01/2020: not rated when
 * operating under 12 months or stopped over 3 months).
 *  - a rating row with eligible=false -> INELIGIBLE (even if a level was typed in:
 *    the eligibility decision wins over an inconsistent level);
 *  - an eligible row without level -> UNRATED;
 *  - no row -> INELIGIBLE if founded less than 12 months before asOf, else UNRATED
 *    (unknown founding date: assume old enough, so a gap is flagged, not hidden).
 */
function classifyRating(org: OrgFact, rating: RatingFact | undefined, asOf: IsoDate): RatingClass {
  if (rating) {
    if (!rating.eligible) return "INELIGIBLE";
    if (rating.level === null) return "UNRATED";
    return rating.level === "GOOD" || rating.level === "FAIR" ? "GOOD_FAIR" : "OTHER_LEVEL";
  }
  if (org.foundedOn !== null && org.foundedOn > oneYearBefore(asOf)) return "INELIGIBLE";
  return "UNRATED";
}

function byOrg<T extends { organisationId: number }>(rows: readonly T[], keep: (row: T) => boolean): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    if (!keep(row)) continue;
    const list = map.get(row.organisationId);
    if (list) list.push(row);
    else map.set(row.organisationId, [row]);
  }
  return map;
}

export function aggregateYear(facts: Facts, options: AggregateOptions): YearInputs {
  const { asOf, year } = options;
  const scope = new Set(options.scopeUnitIds);
  const yearStart = `${String(year).padStart(4, "0")}-01-01`;
  const validInYear = (r: { validFrom: IsoDate; validTo: IsoDate | null }) =>
    r.validFrom <= asOf && (r.validTo === null || r.validTo >= yearStart);

  const out = emptyYearInputs();

  const active = facts.organisations.filter(
    (o) =>
      scope.has(o.communeId) &&
      (!options.sectors || options.sectors.includes(o.sector)) &&
      (!options.orgTypes || options.orgTypes.includes(o.type)) &&
      isActiveAt(o, asOf),
  );
  const activeIds = new Set(active.map((o) => o.id));
  const isActive = (row: { organisationId: number }) => activeIds.has(row.organisationId);

  const reports = new Map<number, ReportFact>();
  for (const r of facts.reports) if (r.year === year && isActive(r)) reports.set(r.organisationId, r);

  const ratings = new Map<number, RatingFact>();
  for (const r of facts.ratings) if (r.year === year && isActive(r)) ratings.set(r.organisationId, r);
  const linked = new Set(facts.links.filter((l) => isActive(l) && validInYear(l)).map((l) => l.organisationId));
  const highTech = byOrg(facts.highTech, (h) => isActive(h) && validInYear(h));
  const digital = new Set(facts.digital.filter((d) => d.year === year && isActive(d)).map((d) => d.organisationId));
  const members = byOrg(
    facts.memberships,
    (m) => isActive(m) && m.joinedOn <= asOf && (m.leftOn === null || m.leftOn > asOf),
  );

  // Member cooperatives of each active union: its register's memberships in force.
  const unionMembers = new Map<number, number>();
  for (const u of facts.unionMemberships ?? []) {
    if (!activeIds.has(u.unionId) || u.joinedOn > asOf || (u.leftOn !== null && u.leftOn <= asOf)) continue;
    unionMembers.set(u.unionId, (unionMembers.get(u.unionId) ?? 0) + 1);
  }

  const personsByType: Record<"THT" | "HTX", Set<number>> = { THT: new Set(), HTX: new Set() };
  const allPersons = new Set<number>();

  for (const org of active) {
    const type: OrgType = org.type;
    const report = reports.get(org.id);
    if (type === "THT") out.activeTht++;
    else if (type === "HTX") out.activeHtx++;
    else out.activeLhhtx++;

    // Members: persons for THT/HTX only; the members of a union are cooperatives.
    if (type === "THT" || type === "HTX") {
      let count = 0;
      if (org.hasMemberRegister) {
        const persons = new Set((members.get(org.id) ?? []).map((m) => m.personId));
        count = persons.size;
        for (const p of persons) {
          personsByType[type].add(p);
          allPersons.add(p);
        }
      } else if (report && report.memberCount !== null) {
        count = report.memberCount;
        if (type === "THT") out.thtMembersReportedNoRegister += count;
        else out.htxMembersReportedNoRegister += count;
      } else if (type === "THT") out.thtNoRegisterNoReport++;
      else out.htxNoRegisterNoReport++;
      if (type === "THT") out.thtMembers += count;
      else out.htxMembers += count;
    }

    const hasChain = linked.has(org.id);
    const hasDigital = digital.has(org.id);
    if (type === "THT") {
      if (report?.effective === true) out.thtEffective++;
      if (report?.effective === true && hasChain) out.thtEffectiveWithChain++;
      else if (report === undefined || report.effective === null) out.thtNotAssessed++;
      if (hasChain) out.thtWithChain++;
      if (hasDigital) out.thtDigital++;
      continue;
    }

    const rating = classifyRating(org, ratings.get(org.id), asOf);
    if (type === "HTX") {
      if (rating === "INELIGIBLE") out.htxIneligible++;
      else out.htxEligible++;
      if (rating === "GOOD_FAIR") out.htxGoodFair++;
      if (rating === "UNRATED") out.htxEligibleUnrated++;
      if (hasChain) out.htxWithChain++;
      if (hasChain && rating === "GOOD_FAIR") out.htxGoodFairWithChain++;
      if (hasDigital) out.htxDigital++;
      const tech = highTech.get(org.id);
      if (tech) {
        out.htxHighTech++;
        if (tech.every((t) => t.evidence === null || t.evidence.trim() === "")) out.htxHighTechNoEvidence++;
      }
    } else {
      if (rating === "INELIGIBLE") out.lhhtxIneligible++;
      else out.lhhtxEligible++;
      if (rating === "GOOD_FAIR") out.lhhtxGoodFair++;
      if (rating === "UNRATED") out.lhhtxEligibleUnrated++;
      if (hasChain) out.lhhtxWithChain++;
      if (hasChain && rating === "GOOD_FAIR") out.lhhtxGoodFairWithChain++;
      out.lhhtxMemberOrgs += unionMembers.get(org.id) ?? 0;
      if (hasDigital) out.lhhtxDigital++;
    }
  }

  out.thtDistinctPersons = personsByType.THT.size;
  out.htxDistinctPersons = personsByType.HTX.size;
  out.distinctMemberPersons = allPersons.size;

  // Population: rows exist only for units valid in that year, so listing old and new
  // units in the scope sums correctly for any year.
  const withPopulation = new Set<number>();
  for (const p of facts.population) {
    if (p.year !== year || !scope.has(p.areaUnitId)) continue;
    out.population += p.population;
    withPopulation.add(p.areaUnitId);
  }
  out.populationUnitsMissing = facts.units.filter(
    (u) => scope.has(u.id) && unitExistsAt(u, asOf) && !withPopulation.has(u.id),
  ).length;

  return out;
}
