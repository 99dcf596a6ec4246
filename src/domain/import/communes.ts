// A commune given by code or by name (with or without diacritics, with or without
// "Xã"/"Thị trấn"). Names repeat across the 2025 reorganisation (the old and the new
// Long Bình): the organisation's current commune wins, then the unit valid at the
// reference date; otherwise the code is required.
import { foldCommuneName } from "./normalize";

export type CommuneData = { id: number; code: string; name: string; validFrom: Date; validTo: Date | null };

export type CommuneResult =
  { ok: true; commune: CommuneData } | { ok: false; column: "ma_xa" | "ten_xa"; message: string };

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
    return { ok: true, commune: unit };
  }
  if (!name) return { ok: false, column: "ma_xa", message: "cần mã xã hoặc tên xã" };
  const folded = foldCommuneName(name);
  const candidates = communes.filter((c) => foldCommuneName(c.name) === folded);
  if (candidates.length === 0) return { ok: false, column: "ten_xa", message: `không tìm thấy xã, thị trấn "${name}"` };
  if (candidates.length === 1) return { ok: true, commune: candidates[0] };
  const preferred = candidates.find((c) => c.id === opts.preferredId);
  if (preferred) return { ok: true, commune: preferred };
  const t = opts.refDate.getTime();
  const valid = candidates.filter((c) => c.validFrom.getTime() <= t && (!c.validTo || c.validTo.getTime() >= t));
  if (valid.length === 1) return { ok: true, commune: valid[0] };
  return {
    ok: false,
    column: "ten_xa",
    message: `có nhiều xã tên "${name}" (mã ${candidates.map((c) => c.code).join(", ")}); hãy ghi mã xã`,
  };
}
