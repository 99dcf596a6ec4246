// What the organisations-by-year plan reads from the database, as plain data: the
// server loads it once per import (src/server/import-export/organisation-snapshot.ts),
// a test writes it by hand.
import type { AnnualReportFigures } from "@/domain/organisations/annual-report";
import type { ApprovalStatus, OrgStatus, OrgType, RatingLevel, Sector } from "@/domain/targets/facts";
import type { CommuneData } from "./communes";
import type { RatingSchemeKey, ThresholdData } from "./rating";

type NotRatedReason = "UNDER_12_MONTHS" | "STOPPED_OVER_3_MONTHS" | "PENDING" | "OTHER";

export type ExistingOrg = {
  id: number;
  code: string;
  type: OrgType;
  name: string;
  communeId: number;
  sector: Sector;
  currentStatus: OrgStatus;
};
export type ExistingReport = AnnualReportFigures & { id: number; approvalStatus: ApprovalStatus };
export type ExistingRating = {
  scheme: RatingSchemeKey;
  eligible: boolean;
  /** Canonical text with two decimals ("72.50"), as the sheet's score is read. */
  score: string | null;
  level: RatingLevel | null;
  notRatedReason: NotRatedReason | null;
};
type OrgYear = { organisationId: number; year: number };
type Period = { id: number; organisationId: number; validFrom: Date; validTo: Date | null };

export type OrganisationSnapshot = {
  communes: readonly CommuneData[];
  thresholds: readonly ThresholdData[];
  /** The organisations whose codes the file names. */
  organisations: readonly ExistingOrg[];
  /** Of those organisations: their status history, and what the years of the file hold. */
  statusChanges: readonly { organisationId: number; status: OrgStatus; effectiveFrom: Date }[];
  reports: readonly (ExistingReport & OrgYear)[];
  /** Of those organisations, of any year: the dossiers waiting for approval. One locks the
   *  organisation's register rows (identity, status, linkages, high technology) as well. */
  submitted: readonly OrgYear[];
  ratings: readonly (ExistingRating & OrgYear)[];
  links: readonly (Period & { contractRef: string | null })[];
  highTech: readonly (Period & { technologyType: string; evidence: string | null; description: string | null })[];
  digital: readonly (OrgYear & { id: number; practice: string; note: string | null })[];
};
