// A commune given by code or by name (with or without diacritics, with or without
// "Xã"/"Thị trấn"). Names repeat across the 2025 reorganisation (the old and the new
// Long Bình): the organisation's current commune wins, then the unit valid at the
// reference date; otherwise the code is required.
import { foldCommuneName } from "./normalize";
import { formatDate } from "../format/date";

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

export function resolveCommune(
  code: string,
  name: string,
  communes: readonly CommuneData[],
  opts: { refDate: Date; preferredId?: number | null },
): CommuneResult {
  if (code) {
    const unit = communes.find((c) => c.code === code);
    if (!unit) return { ok: false, column: "ma_xa", message: `không có xã, thị trấn mã "${code}"` };
    if (name && foldCommuneName(name) !== foldCommuneName(unit.name)) {
      return { ok: false, column: "ten_xa", message: `"${name}" không khớp với mã xã ${code} (${unit.name})` };
    }
    return { ok: true, commune: unit, column: "ma_xa" };
  }
  if (!name) return { ok: false, column: "ma_xa", message: "cần mã xã hoặc tên xã" };
  const folded = foldCommuneName(name);
  const candidates = communes.filter((c) => foldCommuneName(c.name) === folded);
  if (candidates.length === 0) return { ok: false, column: "ten_xa", message: `không tìm thấy xã, thị trấn "${name}"` };
  if (candidates.length === 1) return { ok: true, commune: candidates[0], column: "ten_xa" };
  const preferred = candidates.find((c) => c.id === opts.preferredId);
  if (preferred) return { ok: true, commune: preferred, column: "ten_xa" };
  const t = opts.refDate.getTime();
  const valid = candidates.filter((c) => c.validFrom.getTime() <= t && (!c.validTo || c.validTo.getTime() >= t));
  if (valid.length === 1) return { ok: true, commune: valid[0], column: "ten_xa", byDate: true };
  return {
    ok: false,
    column: "ten_xa",
    message: `có nhiều xã tên "${name}" (mã ${candidates.map((c) => c.code).join(", ")}); hãy ghi mã xã`,
  };
}
