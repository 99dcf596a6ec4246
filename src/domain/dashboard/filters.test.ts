import { describe, expect, it } from "vitest";
import { dashboardFiltersSchema, dashboardQuery, programmeParam } from "./filters";

const parse = (q: Record<string, string | string[]>) => dashboardFiltersSchema("2026-11-29").parse(q);

describe("dashboard filters", () => {
  it("defaults to the current year as of today, approved data only", () => {
    expect(parse({})).toEqual({
      year: 2026,
      asOf: "2026-11-29",
      asOfChosen: false,
      communeIds: [],
      sectors: [],
      orgTypes: [],
      includeUnapproved: false,
      programme: null,
    });
  });

  it("reads a programme's code and keeps it in the query; a malformed one is no programme", () => {
    const f = parse({ chuong_trinh: "NQ20", nam: "2025" });
    expect(f.programme).toBe("NQ20");
    expect(dashboardQuery(f)).toBe("nam=2025&chuong_trinh=NQ20");
    expect(parse({ chuong_trinh: "<script>" }).programme).toBeNull();
    expect(programmeParam(["CTR26-GCT", "NQ20"])).toBe("CTR26-GCT");
    expect(programmeParam("a b")).toBeNull();
  });

  it("drops a commune id beyond a row id (int4), which no query may receive", () => {
    expect(parse({ xa: ["2147483648", "7"] }).communeIds).toEqual([7]);
    expect(parse({ xa: "2147483647" }).communeIds).toEqual([2147483647]);
  });

  it("opens on the default year when the URL names none (the latest closed year)", () => {
    const f = dashboardFiltersSchema("2026-11-29", 2025).parse({});
    expect([f.year, f.asOf, f.asOfChosen]).toEqual([2025, "2025-12-31", false]);
    expect(dashboardFiltersSchema("2026-11-29", 2025).parse({ nam: "2026" }).year).toBe(2026);
    expect(dashboardFiltersSchema("2026-11-29", 2030).parse({}).year).toBe(2026);
  });

  it("uses the year's end for a past year and keeps an as-of date inside the year", () => {
    expect(parse({ nam: "2024" }).asOf).toBe("2024-12-31");
    expect(parse({ nam: "2024", ngay: "2024-06-30" })).toMatchObject({ asOf: "2024-06-30", asOfChosen: true });
    expect(parse({ nam: "2024", ngay: "2025-06-30" }).asOf).toBe("2024-12-31");
    expect(parse({ nam: "2026", ngay: "2026-12-31" }).asOf).toBe("2026-11-29");
  });

  it("drops malformed values instead of failing", () => {
    const f = parse({
      nam: "abc",
      xa: ["3", "x", "-1", "3"],
      linh_vuc: ["AGRICULTURE", "NOPE"],
      loai: "HTX",
      chua_duyet: "yes",
    });
    expect(f).toMatchObject({
      year: 2026,
      communeIds: [3],
      sectors: ["AGRICULTURE"],
      orgTypes: ["HTX"],
      includeUnapproved: false,
    });
    expect(parse({ nam: "2099" }).year).toBe(2026);
  });

  it("round-trips through the URL", () => {
    const f = parse({ nam: "2025", ngay: "2025-06-30", xa: ["4", "7"], loai: ["THT"], chua_duyet: "1" });
    const again = parse(
      Object.fromEntries(
        [...new URLSearchParams(dashboardQuery(f)).entries()].reduce((m, [k, v]) => {
          m.set(k, m.has(k) ? [...[m.get(k)!].flat(), v] : v);
          return m;
        }, new Map<string, string | string[]>()),
      ),
    );
    expect(again).toEqual(f);
  });
});

describe("impossible dates in the URL", () => {
  it("fall back to the default as-of date instead of reaching the database", () => {
    const f = dashboardFiltersSchema("2026-11-29").parse({ nam: "2026", ngay: "2026-02-30" });
    expect(f.asOf).not.toBe("2026-02-30");
    expect(f.asOfChosen).toBe(false);
    expect(dashboardFiltersSchema("2026-11-29").parse({ nam: "2026", ngay: "2026-02-28" }).asOf).toBe("2026-02-28");
  });
});
