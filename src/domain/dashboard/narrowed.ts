// Honest filtered views. The programme's targets are set for the whole district: a
// commune, a type or a sector is not "Đạt 200 % kế hoạch" of them. A narrowed view shows
// each figure, its share of the whole programme scope and its trend, never a status; and
// a target about a type the filter leaves out (THT targets under "HTX only") is hidden
// with a note rather than shown as a meaningless 0. Pure module.
import type { TargetCode, TargetDefinition } from "../targets/definitions";
import type { OrgType } from "../targets/facts";
import type { TargetEvaluation } from "../targets/compute";
import { GOOD_FAIR_TYPES } from "../targets/measures";

const ALL_TYPES: readonly OrgType[] = ["THT", "HTX", "LHHTX"];

/** Lower-case names of the types, as a sentence writes them. */
const TYPE_WORDS: Record<OrgType, string> = { THT: "tổ hợp tác", HTX: "hợp tác xã", LHHTX: "liên hiệp hợp tác xã" };

/** Whether the filters select less than the whole programme scope. */
export function isNarrowed(f: {
  communeIds: readonly number[];
  sectors: readonly string[];
  orgTypes: readonly string[];
}) {
  return f.communeIds.length > 0 || f.sectors.length > 0 || f.orgTypes.length > 0;
}

/** The organisation types a target counts. */
export function targetOrgTypes(def: Pick<TargetDefinition, "kind" | "params">): readonly OrgType[] {
  if (def.kind.startsWith("THT_")) return ["THT"];
  if (def.kind.startsWith("HTX_")) return ["HTX"];
  if (def.kind.startsWith("LHHTX_")) return ["LHHTX"];
  if (def.kind === "POP_SHARE") return def.params.orgTypes ?? ["THT", "HTX"];
  if (def.kind === "ORG_GOOD_FAIR") return def.params.orgTypes ?? GOOD_FAIR_TYPES;
  return def.params.orgTypes ?? ALL_TYPES;
}

function words(types: readonly OrgType[]): string {
  const w = types.map((t) => TYPE_WORDS[t]);
  return w.length <= 1 ? (w[0] ?? "") : `${w.slice(0, -1).join(", ")} và ${w[w.length - 1]}`;
}

export type HiddenTargets = { codes: Set<TargetCode>; notes: string[] };

/**
 * Targets the type filter leaves nothing of (none of the types they count is selected),
 * and one note per reason: "Ẩn 2 chỉ tiêu về tổ hợp tác vì bộ lọc loại hình không gồm
 * tổ hợp tác". No type filter hides nothing.
 */
export function hiddenByTypeFilter(
  defs: readonly Pick<TargetDefinition, "code" | "kind" | "params">[],
  orgTypes: readonly OrgType[],
): HiddenTargets {
  const codes = new Set<TargetCode>();
  if (orgTypes.length === 0) return { codes, notes: [] };
  const byReason = new Map<string, number>();
  for (const def of defs) {
    const types = targetOrgTypes(def);
    if (types.some((t) => orgTypes.includes(t))) continue;
    codes.add(def.code);
    const key = words(types);
    byReason.set(key, (byReason.get(key) ?? 0) + 1);
  }
  const notes = [...byReason].map(
    ([about, n]) => `Ẩn ${n} chỉ tiêu về ${about} vì bộ lọc loại hình không gồm ${about}.`,
  );
  return { codes, notes };
}

export type ShareOfWhole = {
  /** The whole programme scope's value that year (count or rate), null if unknown. */
  wholeValue: number | null;
  /** Part ÷ whole of the counted thing (the numerator for rates) × 100, null if the
   *  whole is 0 or either is missing. */
  share: number | null;
};

/** The narrowed figure against the whole programme scope for the same year. */
export function shareOfWhole(
  part: Pick<TargetEvaluation, "numerator">,
  whole: Pick<TargetEvaluation, "numerator" | "value"> | undefined,
): ShareOfWhole {
  if (!whole) return { wholeValue: null, share: null };
  const share =
    part.numerator === null || whole.numerator === null || whole.numerator === 0
      ? null
      : (part.numerator / whole.numerator) * 100;
  return { wholeValue: whole.value, share };
}
