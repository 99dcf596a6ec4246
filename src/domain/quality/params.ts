// The data-quality page's URL: ?nam=2025. Parsing never fails: a missing or malformed
// year falls back to the current one (a shared link must open).
import { z } from "zod";

/** The programme (26-CTr/TU) started in 2022: the year list starts there. */
export const FIRST_PROGRAMME_YEAR = 2022;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export type QualityParams = {
  year: number;
  /** The count date: the year end, or today for the current year, as on the overview
   *  dashboard by default (status, eligibility and expected reports are read there). */
  asOf: string;
};

export function qualityParamsSchema(today: string) {
  const currentYear = Number(today.slice(0, 4));
  return z
    .object({ nam: z.preprocess(first, z.coerce.number().int().min(2000).max(currentYear)).catch(currentYear) })
    .transform((p): QualityParams => {
      const yearEnd = `${p.nam}-12-31`;
      return { year: p.nam, asOf: yearEnd > today ? today : yearEnd };
    });
}
