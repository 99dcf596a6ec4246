// Dashboard filters live in the URL so a view can be shared: ?nam=2026&ngay=2026-06-30
// &xa=12&xa=14&linh_vuc=AGRICULTURE&loai=HTX&chua_duyet=1&chuong_trinh=NQ20. Parsing never fails: an
// unknown or malformed value falls back to "no filter" (a shared link must open).
import { z } from "zod";
import { SECTOR } from "../enums";
import { parseDayInput } from "../format/date";

const TYPES = ["THT", "HTX", "LHHTX"] as const;

const many = <T extends z.ZodType>(item: T) =>
  z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.unknown()))
    .transform((values) =>
      values.flatMap((v) => (item.safeParse(v).success ? [item.parse(v) as z.infer<T>] : [])),
    ) as unknown as z.ZodType<z.infer<T>[]>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** A programme's code as it may appear in a URL ("NQ20", "CTR26-GCT"). */
export const programmeCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/);

/** The programme named by a query (?chuong_trinh=), before the filters are parsed: the
 *  overview needs it to know over which territory years close. */
export function programmeParam(v: unknown): string | null {
  const r = programmeCode.safeParse(first(v));
  return r.success ? r.data : null;
}

// Building the schema costs about half a millisecond, on every overview request; it
// depends only on the date and the default year, so the last one built is kept.
let lastSchema: { key: string; schema: ReturnType<typeof buildFiltersSchema> } | null = null;

/**
 * `defaultYear`: the year when the URL names none (or a malformed one). The overview
 * passes the latest closed year (domain/targets/closing.ts); default the current year.
 */
export function dashboardFiltersSchema(today: string, defaultYear?: number) {
  const key = `${today}|${defaultYear ?? ""}`;
  if (lastSchema?.key !== key) lastSchema = { key, schema: buildFiltersSchema(today, defaultYear) };
  return lastSchema.schema;
}

function buildFiltersSchema(today: string, defaultYear?: number) {
  const currentYear = Number(today.slice(0, 4));
  const fallbackYear = defaultYear !== undefined && defaultYear <= currentYear ? defaultYear : currentYear;
  return z
    .object({
      nam: z.preprocess(first, z.coerce.number().int().min(2000).max(currentYear)).catch(fallbackYear),
      // typed as dd/mm/yyyy in the form; ISO in older shared links
      ngay: z
        .preprocess(first, z.string().optional())
        .transform((v) => (v ? (parseDayInput(v) ?? undefined) : undefined))
        .catch(undefined),
      // a row id (int4): a larger number is no commune and must never reach a query
      xa: many(z.coerce.number().int().positive().max(2_147_483_647)),
      linh_vuc: many(z.enum(SECTOR.values)),
      loai: many(z.enum(TYPES)),
      chua_duyet: z.preprocess(first, z.enum(["1"]).optional()).catch(undefined),
      // a programme's code; an unknown one falls back to the default programme later
      chuong_trinh: z.preprocess(first, programmeCode.optional()).catch(undefined),
    })
    .transform((f) => {
      // The as-of date must fall inside the chosen year and not in the future; by
      // default it is the year's end, or today for the current year.
      const yearEnd = `${f.nam}-12-31`;
      const fallback = yearEnd > today ? today : yearEnd;
      const asOf =
        f.ngay && f.ngay.startsWith(`${f.nam}-`) && f.ngay <= fallback && isRealDay(f.ngay) ? f.ngay : fallback;
      return {
        year: f.nam,
        asOf,
        asOfChosen: asOf !== fallback,
        communeIds: [...new Set(f.xa)],
        sectors: [...new Set(f.linh_vuc)],
        orgTypes: [...new Set(f.loai)],
        includeUnapproved: f.chua_duyet === "1",
        /** The programme's code as named in the URL; null: the default programme. */
        programme: f.chuong_trinh ?? null,
      };
    });
}

export type DashboardFilters = z.infer<ReturnType<typeof dashboardFiltersSchema>>;

/** The URL query of a filter set (the inverse of the schema). */
export function dashboardQuery(f: DashboardFilters, overrides: Partial<DashboardFilters> = {}): string {
  const v = { ...f, ...overrides };
  const p = new URLSearchParams();
  p.set("nam", String(v.year));
  if (v.asOfChosen) p.set("ngay", v.asOf);
  for (const id of v.communeIds) p.append("xa", String(id));
  for (const s of v.sectors) p.append("linh_vuc", s);
  for (const t of v.orgTypes) p.append("loai", t);
  if (v.includeUnapproved) p.set("chua_duyet", "1");
  if (v.programme) p.set("chuong_trinh", v.programme);
  return p.toString();
}

/** A calendar day that exists: "2026-02-30" parses in JavaScript (as 2 March) but not in
 *  PostgreSQL, so it must never reach a query. */
function isRealDay(iso: string): boolean {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === iso;
}
