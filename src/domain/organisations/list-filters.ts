import { z } from "zod";
import { ORG_STATUS_LABELS, ORG_TYPE_LABELS, SECTOR_LABELS } from "../labels";

const enumKeys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

// Search params arrive as strings (or arrays when repeated); anything unknown or
// malformed falls back to "no filter" instead of failing the page.
const optionalEnum = <T extends Record<string, string>>(o: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v) || undefined, z.enum(enumKeys(o)).optional()).catch(undefined);

export const organisationListFilters = z.object({
  commune: z
    // an id no record can have (beyond PostgreSQL's int4) is no filter, not an error
    .preprocess(
      (v) => (Array.isArray(v) ? v[0] : v) || undefined,
      z.coerce.number().int().positive().max(2_147_483_647).optional(),
    )
    .catch(undefined),
  type: optionalEnum(ORG_TYPE_LABELS),
  status: optionalEnum(ORG_STATUS_LABELS),
  sector: optionalEnum(SECTOR_LABELS),
  q: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().max(100).optional()).catch(undefined),
  page: z
    .preprocess(
      (v) => (Array.isArray(v) ? v[0] : v) || undefined,
      z.coerce.number().int().min(1).max(100_000).default(1),
    )
    .catch(1),
});

export type OrganisationListFilters = z.infer<typeof organisationListFilters>;

export const ORGANISATION_PAGE_SIZE = 50;
