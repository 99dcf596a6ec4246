// A commune given by code or by name (with or without diacritics, with or without
// "Xã"/"Thị trấn"). Names repeat across the 2025 reorganisation (the old and the new
// Long Bình): the organisation's current commune wins, then the unit valid at the
// reference date; otherwise the code is required.
import { foldCommuneName } from "./normalize";
import { formatDate } from "../format/date";
import { unitHoldingOn } from "../territory/unit-label";

export type CommuneData = {
  id: number;
  code: string;
  name: string;
  validFrom: Date;
  validTo: Date | null;
  /** "Xã", "Thị trấn" — for messages that tell same-named units apart. */
  kind?: string;
  /** The unit that took this one over in a reorganisation. */
  successorId?: number | null;
};

export type CommuneResult =
  | {
      ok: true;
      commune: CommuneData;
      /** The column the user filled to name the unit. */
      column: "ma_xa" | "ten_xa";
      /** Set when a name shared by several units was resolved by the row's date. */
      byDate?: boolean;
    }
  | { ok: false; column: "ma_xa" | "ten_xa"; message: string };

/** "Thị trấn Vĩnh Bình (mã 28657, đến 30/06/2025)": tells same-named units apart. */
export function describeCommune(c: CommuneData): string {
  return `${c.kind ? `${c.kind} ` : ""}${c.name} (mã ${c.code}${c.validTo ? `, đến ${formatDate(c.validTo)}` : ""})`;
}

/**
 * Whether two units are the same place across a reorganisation: equal, or one took the
 * other over (its successor, or its successor's successor…).
 */
export function sameLineage(a: CommuneData, b: CommuneData, byId: ReadonlyMap<number, CommuneData>): boolean {
  if (a.id === b.id) return true;
  const reaches = (from: CommuneData, to: number) => {
    const seen = new Set<number>();
    for (
      let u: CommuneData | undefined = from;
      u?.successorId != null && !seen.has(u.id);
      u = byId.get(u.successorId)
    ) {
      seen.add(u.id);
      if (u.successorId === to) return true;
    }
    return false;
  };
  return reaches(a, b.id) || reaches(b, a.id);
}

/** Whether the unit existed on at least one day of `year`. */
export function existedInYear(c: Pick<CommuneData, "validFrom" | "validTo">, year: number): boolean {
  return c.validFrom.getUTCFullYear() <= year && (!c.validTo || c.validTo.getUTCFullYear() >= year);
}

const unitName = (u: CommuneData) => `${u.kind ? `${u.kind.toLowerCase()} ` : ""}${u.name} (mã ${u.code})`;

/** The unit holding `c`'s territory in `year`: itself if it existed then, else the first
 *  of its successors that did (null: none did, e.g. a unit not yet formed). */
export function holderInYear(c: CommuneData, year: number, byId: ReadonlyMap<number, CommuneData>): CommuneData | null {
  const holder = unitHoldingOn(c, `${year}-01-01`, byId);
  return existedInYear(holder, year) ? holder : null;
}

/** What a row of `year` should name instead of `c`: the successor holding its territory
 *  then, or (a unit that did not exist yet) the predecessors that did. */
function unitsInYearFor(c: CommuneData, year: number, communes: readonly CommuneData[]): string {
  const holder = holderInYear(c, year, new Map(communes.map((u) => [u.id, u])));
  if (holder) return unitName(holder);
  const before = communes.filter((u) => u.successorId === c.id && existedInYear(u, year));
  return before.length ? `đơn vị cũ ở nơi đó (${before.map(unitName).join(", ")})` : "đơn vị có trong năm đó";
}

/**
 * The unit a row names by code (`ma_xa`) or name (`ten_xa`), for the row's year (the year
 * of `refDate`). Official codes are reused across the 2025 reorganisation (the new xã Vĩnh
 * Bình kept code 28651 of the old thị trấn) and names repeat (the old and the new Long
 * Bình), so several units may match: the organisation's own unit wins if it existed in
 * that year, then the one in force at `refDate`, then the only one that existed in that
 * year. A unit that had ceased to exist (or did not exist yet) in the row's year is
 * refused on the column the user filled, naming the unit that holds its territory then.
 */
export function resolveCommune(
  code: string,
  name: string,
  communes: readonly CommuneData[],
  opts: { refDate: Date; preferredId?: number | null },
): CommuneResult {
  const column = code ? "ma_xa" : "ten_xa";
  if (!code && !name) return { ok: false, column: "ma_xa", message: "cần mã xã hoặc tên xã" };
  const folded = name ? foldCommuneName(name) : "";
  const byCode = code ? communes.filter((c) => c.code === code) : [];
  // a code reused across the arrangement, with a name: the name chooses (28660 + "Đồng
  // Thạnh" is the old xã Đồng Thạnh, not the new xã Đồng Sơn)
  const byCodeAndName = name ? byCode.filter((c) => foldCommuneName(c.name) === folded) : [];
  const candidates = code
    ? byCodeAndName.length
      ? byCodeAndName
      : byCode
    : communes.filter((c) => foldCommuneName(c.name) === folded);
  if (candidates.length === 0)
    return code
      ? { ok: false, column, message: `không có xã, thị trấn mã "${code}"` }
      : { ok: false, column, message: `không tìm thấy xã, thị trấn "${name}"` };
  const year = opts.refDate.getUTCFullYear();
  const t = opts.refDate.getTime();
  const inYear = candidates.filter((c) => existedInYear(c, year));
  let pick: CommuneData | undefined;
  let byDate = false;
  if (candidates.length === 1) pick = candidates[0];
  else {
    pick = inYear.find((c) => c.id === opts.preferredId);
    if (!pick) {
      const atDate = inYear.filter((c) => c.validFrom.getTime() <= t && (!c.validTo || c.validTo.getTime() >= t));
      const only = atDate.length === 1 ? atDate : inYear;
      if (only.length === 1) [pick, byDate] = [only[0], true];
    }
  }
  if (!pick)
    return {
      ok: false,
      column,
      message: `có nhiều xã, thị trấn ${code ? `mã ${code}` : `tên "${name}"`} (${candidates.map(describeCommune).join("; ")}); hãy ghi ${code ? "tên xã" : "mã xã"} để chọn một`,
    };
  if (code && name && foldCommuneName(name) !== foldCommuneName(pick.name)) {
    return { ok: false, column: "ten_xa", message: `"${name}" không khớp với mã xã ${code} (${pick.name})` };
  }
  if (!existedInYear(pick, year)) {
    const when =
      pick.validTo && pick.validTo.getUTCFullYear() < year
        ? `thôi tồn tại từ ${formatDate(new Date(pick.validTo.getTime() + 86_400_000))}`
        : `chỉ có từ ${formatDate(pick.validFrom)}`;
    return {
      ok: false,
      column,
      message: `${describeCommune(pick)} ${when}; số liệu năm ${year} phải ghi ${unitsInYearFor(pick, year, communes)}`,
    };
  }
  return { ok: true, commune: pick, column, ...(byDate ? { byDate: true } : {}) };
}
