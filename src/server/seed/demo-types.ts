// Shared types of the demo generator: its context (seed, years, "today", writer), the
// communes of a cluster, and the plan of one organisation with its status history, read
// through the one status rule.
import type { OrgStatus, OrgType, Sector } from "@/generated/prisma/enums";
import { statusAt as statusAtDay } from "@/domain/organisations/status-at";
import { utcDate } from "./reference";
import type { BatchWriter } from "./demo-writer";

export type GenContext = {
  seed: number;
  fromYear: number;
  toYear: number;
  years: number[];
  /** The generator's "today": no event of the current year is dated after it. */
  asOf: Date;
  out: BatchWriter;
};

/** Figures of year y are taken at 31/12, or at the generator's "today" for the current year. */
export function yearEnd(ctx: GenContext, y: number): Date {
  return y < ctx.toYear ? utcDate(y, 12, 31) : ctx.asOf;
}

export type ClusterCommune = {
  slot: number;
  name: string;
  /** Unit before the 2025 reorganisation (or the only unit, for synthetic communes). */
  oldId: number;
  /** Unit an organisation founded from 1/7/2025 attaches to. */
  newId: number;
  newName: string;
  basePopulation: number;
};

export type Cluster = { index: number; districtCode: string; label: string; communes: ClusterCommune[] };

export type StatusEvent = { status: OrgStatus; from: Date };

export type OrgPlan = {
  id: number;
  code: string;
  type: OrgType;
  name: string;
  slot: number;
  communeId: number;
  sector: Sector;
  products: string[];
  techFriendly: boolean;
  foundedOn: Date;
  address: string;
  hasMemberRegister: boolean;
  history: StatusEvent[];
  /** Latent traits: rating quality, propensity to link, to adopt technology, digital. */
  quality: number;
  chainProp: number;
  techProp: number;
  digitalProp: number;
  /** Members at the end of the organisation's life in the data (today or exit). */
  targetSize: number;
  memberGrowth: number;
};

/** The status on `date` by the one rule (src/domain/organisations/status-at.ts); null before founding. */
export function statusAt(org: OrgPlan, date: Date): OrgStatus | null {
  if (org.foundedOn > date) return null;
  return statusAtDay(
    org.history.map((e) => ({ status: e.status, effectiveFrom: e.from })),
    date,
  );
}

export const isActiveAt = (org: OrgPlan, date: Date) => statusAt(org, date) === "ACTIVE";

/** The date the organisation stopped existing in the data, if it did. */
export function endOf(org: OrgPlan): Date | null {
  const last = org.history[org.history.length - 1];
  return last.status === "TERMINATED" ? last.from : null;
}
