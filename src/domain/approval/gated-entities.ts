/** The tables the approval gate covers, as the database names them (a whitelist for SQL):
 *  a change to them waits in PendingChange for the district, and schema "approved" has a
 *  view of each with the rows as last approved. In the order a dossier lists them. */
export const GATED_ENTITIES = [
  "Organisation",
  "OrgStatusChange",
  "Membership",
  "UnionMembership",
  "AnnualReport",
  "Rating",
  "ValueChainLink",
  "HighTechApplication",
  "DigitalPractice",
  "SupportReceived",
  "Population",
] as const;
export type GatedEntity = (typeof GATED_ENTITIES)[number];
