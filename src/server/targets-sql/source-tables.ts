// Which state of the data the figures' SQL reads (docs/approval.md), as table names the
// statements interpolate: one statement text serves both states.
import { Prisma } from "@/generated/prisma/client";
import { GATED_ENTITIES, type GatedEntity } from "@/domain/approval/gated-entities";

/**
 * Which state of the data a figure reads (docs/approval.md): "approved", the rows as the
 * district last approved them (the views of schema "approved": live rows without a
 * pending change, plus the approved image of those with one), or "working", everything
 * entered so far (the tables). The statements below are written once, against `T`.
 */
export type DataState = "approved" | "working";

export type SourceTables = Record<GatedEntity, Prisma.Sql>;

const TABLES: Record<DataState, SourceTables> = {
  approved: Object.fromEntries(GATED_ENTITIES.map((t) => [t, Prisma.raw(`"approved"."${t}"`)])) as SourceTables,
  working: Object.fromEntries(GATED_ENTITIES.map((t) => [t, Prisma.raw(`"public"."${t}"`)])) as SourceTables,
};

export function sourceTables(state: DataState): SourceTables {
  return TABLES[state];
}

/** Units up to which a statement on the approved state reads the big tables per
 *  organisation. A setting object so the tests can run both forms of the statement. */
export const statementTuning = { perOrgMaxUnits: 500 };

/**
 * Whether to read Membership, AnnualReport and Rating per organisation (LATERAL, index
 * probes) rather than joined whole. The approved state's views are UNION ALLs with a
 * filter, which PostgreSQL cannot flatten into the join, so a join to them always scans
 * the whole table (1.6 s for a district of the national bench instead of 40 ms); a LATERAL
 * subquery with OFFSET 0 (so it is not flattened back into a join) pushes the commune or
 * the organisation into each arm. For a large scope one hashed scan stays cheaper.
 */
export function readsPerOrganisation(state: DataState, unitCount: number): boolean {
  return state === "approved" && unitCount <= statementTuning.perOrgMaxUnits;
}

export const stateOf = (options: { approvedOnly?: boolean }): DataState =>
  options.approvedOnly ? "approved" : "working";

/** Positions (1-based in SQL) of the sector and type groups. */
