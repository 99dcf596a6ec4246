// What each target measures: numerator, denominator and data-quality flags, read from
// one year's YearInputs and the definition's parameters. No thresholds, no time: those
// are compute.ts and progress.ts.
import { ORG_TYPE } from "../enums";
import type { TargetDefinition, TargetKind } from "./definitions";
import type { OrgType, YearInputs } from "./facts";
import type { FlagCode } from "./labels";

export type TargetFlag = { code: FlagCode; count?: number };

export type Measurement = {
  numerator: number;
  /** null for counts. */
  denominator: number | null;
  /** Vietnamese nouns for the formula text: "18 HTX xếp loại Tốt, Khá ÷ 28 HTX …". */
  numeratorLabel: string;
  denominatorLabel: string | null;
  flags: TargetFlag[];
};

const DEFAULT_ORG_TYPES: readonly OrgType[] = ORG_TYPE.values;
const DEFAULT_POP_TYPES: readonly OrgType[] = ["THT", "HTX"];
/** Whether a kind is a count or a share: a target's unit follows from its kind. */
export const KIND_UNITS: Record<TargetKind, "COUNT" | "PERCENT"> = {
  THT_COUNT: "COUNT",
  THT_MEMBERS: "COUNT",
  HTX_COUNT: "COUNT",
  HTX_MEMBERS: "COUNT",
  HTX_GOOD_FAIR: "PERCENT",
  HTX_VALUE_CHAIN: "PERCENT",
  HTX_HIGH_TECH: "COUNT",
  POP_SHARE: "PERCENT",
  ORG_EFFECTIVE: "PERCENT",
  ORG_CHAIN: "PERCENT",
  ORG_DIGITAL: "PERCENT",
  LHHTX_COUNT: "COUNT",
  LHHTX_MEMBER_HTX: "COUNT",
  ORG_GOOD_FAIR: "PERCENT",
};

/** ORG_GOOD_FAIR's default: the organisations rated Tốt/Khá/… (TT 01/2020). */
export const GOOD_FAIR_TYPES: readonly OrgType[] = ["HTX", "LHHTX"];

/** Adds a counted flag only when the count is positive (an empty warning is noise). */
function flag(flags: TargetFlag[], code: FlagCode, count: number): void {
  if (count > 0) flags.push({ code, count });
}

/**
 * Sums over the organisation types an ORG_* definition counts. The brief's
 * activeOrgs / effectiveOrgs / effectiveDenominator / orgsWithChain / orgsDigital.
 * effectiveDenominator = active THT + HTX and LHHTX eligible for rating (those not
 * eligible that year are left out, as the programme's definition says).
 */
export function orgTotals(i: YearInputs, orgTypes: readonly OrgType[] = DEFAULT_ORG_TYPES) {
  const t = orgTypes.includes("THT");
  const h = orgTypes.includes("HTX");
  const l = orgTypes.includes("LHHTX");
  const pick = (tht: number, htx: number, lhhtx: number) => (t ? tht : 0) + (h ? htx : 0) + (l ? lhhtx : 0);
  return {
    activeOrgs: pick(i.activeTht, i.activeHtx, i.activeLhhtx),
    effectiveOrgs: pick(i.thtEffective, i.htxGoodFair, i.lhhtxGoodFair),
    effectiveDenominator: pick(i.activeTht, i.htxEligible, i.lhhtxEligible),
    orgsWithChain: pick(i.thtWithChain, i.htxWithChain, i.lhhtxWithChain),
    effectiveWithChain: pick(i.thtEffectiveWithChain, i.htxGoodFairWithChain, i.lhhtxGoodFairWithChain),
    orgsDigital: pick(i.thtDigital, i.htxDigital, i.lhhtxDigital),
    unratedEligible: pick(0, i.htxEligibleUnrated, i.lhhtxEligibleUnrated),
    thtNotAssessed: t ? i.thtNotAssessed : 0,
  };
}

/**
 * POP_SHARE numerator: distinct persons of registers + reported counts of organisations
 * without a register. LHHTX never contributes (its members are cooperatives), so the
 * only type sets that matter are {THT}, {HTX} and {THT, HTX}.
 */
export function popMembers(i: YearInputs, orgTypes: readonly OrgType[] = DEFAULT_POP_TYPES) {
  const t = orgTypes.includes("THT");
  const h = orgTypes.includes("HTX");
  const persons = t && h ? i.distinctMemberPersons : t ? i.thtDistinctPersons : h ? i.htxDistinctPersons : 0;
  const reported = (t ? i.thtMembersReportedNoRegister : 0) + (h ? i.htxMembersReportedNoRegister : 0);
  const missing = (t ? i.thtNoRegisterNoReport : 0) + (h ? i.htxNoRegisterNoReport : 0);
  return { persons, reported, missing, total: persons + reported };
}

export function measure(def: TargetDefinition, i: YearInputs): Measurement {
  const flags: TargetFlag[] = [];
  const count = (numerator: number, label: string): Measurement => ({
    numerator,
    denominator: null,
    numeratorLabel: label,
    denominatorLabel: null,
    flags,
  });
  const ratio = (
    numerator: number,
    numeratorLabel: string,
    denominator: number,
    denominatorLabel: string,
  ): Measurement => ({
    numerator,
    denominator,
    numeratorLabel,
    denominatorLabel,
    flags,
  });

  // An organisation not rated (HTX, LHHTX) or not assessed (THT) yet leaves its share
  // of those judged effective uncertain.
  const unjudged = (o: ReturnType<typeof orgTotals>) => {
    flag(flags, "UNRATED_ELIGIBLE", o.unratedEligible);
    flag(flags, "THT_NOT_ASSESSED", o.thtNotAssessed);
  };
  /** ORG_EFFECTIVE and ORG_GOOD_FAIR: the Tốt/Khá (a THT: effective) among those judged. */
  const effectiveShare = (o: ReturnType<typeof orgTotals>, label: string) => {
    unjudged(o);
    return ratio(o.effectiveOrgs, label, o.effectiveDenominator, "tổ chức thuộc diện đánh giá");
  };

  switch (def.kind) {
    case "THT_COUNT":
      return count(i.activeTht, "tổ hợp tác đang hoạt động");
    case "HTX_COUNT":
      return count(i.activeHtx, "hợp tác xã đang hoạt động");
    case "THT_MEMBERS":
      flag(flags, "MEMBERS_FROM_REPORTS", i.thtMembersReportedNoRegister);
      flag(flags, "MEMBER_COUNT_MISSING", i.thtNoRegisterNoReport);
      return count(i.thtMembers, "thành viên tổ hợp tác");
    case "HTX_MEMBERS":
      flag(flags, "MEMBERS_FROM_REPORTS", i.htxMembersReportedNoRegister);
      flag(flags, "MEMBER_COUNT_MISSING", i.htxNoRegisterNoReport);
      return count(i.htxMembers, "thành viên hợp tác xã");
    case "HTX_GOOD_FAIR":
      flag(flags, "UNRATED_ELIGIBLE", i.htxEligibleUnrated);
      return ratio(i.htxGoodFair, "HTX xếp loại Tốt, Khá", i.htxEligible, "HTX thuộc diện đánh giá");
    case "HTX_VALUE_CHAIN":
      if (def.params.chainBase === "goodFair") {
        // The base depends on ratings, so unrated-but-eligible HTX matter here too.
        flag(flags, "UNRATED_ELIGIBLE", i.htxEligibleUnrated);
        return ratio(i.htxGoodFairWithChain, "HTX Tốt, Khá có liên kết chuỗi", i.htxGoodFair, "HTX xếp loại Tốt, Khá");
      }
      return ratio(i.htxWithChain, "HTX có liên kết chuỗi", i.activeHtx, "HTX đang hoạt động");
    case "HTX_HIGH_TECH":
      flag(flags, "HIGH_TECH_NO_EVIDENCE", i.htxHighTechNoEvidence);
      return count(i.htxHighTech, "HTX ứng dụng công nghệ cao");
    case "POP_SHARE": {
      const m = popMembers(i, def.params.orgTypes ?? DEFAULT_POP_TYPES);
      flag(flags, "POSSIBLE_DOUBLE_COUNT", m.reported);
      flag(flags, "MEMBER_COUNT_MISSING", m.missing);
      if (i.population === 0) flags.push({ code: "NO_POPULATION" });
      flag(flags, "POPULATION_INCOMPLETE", i.populationUnitsMissing);
      return ratio(m.total, "người tham gia", i.population, "dân số");
    }
    case "ORG_EFFECTIVE":
      return effectiveShare(orgTotals(i, def.params.orgTypes), "tổ chức hoạt động hiệu quả");
    case "ORG_CHAIN": {
      const o = orgTotals(i, def.params.orgTypes);
      if (def.params.chainBase === "goodFair") {
        unjudged(o);
        return ratio(
          o.effectiveWithChain,
          "tổ chức Tốt, Khá (THT hiệu quả) có liên kết chuỗi",
          o.effectiveOrgs,
          "tổ chức xếp loại Tốt, Khá (THT hoạt động hiệu quả)",
        );
      }
      return ratio(o.orgsWithChain, "tổ chức có liên kết chuỗi", o.activeOrgs, "tổ chức đang hoạt động");
    }
    case "ORG_DIGITAL": {
      const o = orgTotals(i, def.params.orgTypes);
      return ratio(o.orgsDigital, "tổ chức có chuyển đổi số", o.activeOrgs, "tổ chức đang hoạt động");
    }
    case "LHHTX_COUNT":
      return count(i.activeLhhtx, "liên hiệp HTX đang hoạt động");
    case "LHHTX_MEMBER_HTX":
      return count(i.lhhtxMemberOrgs, "HTX thành viên của các liên hiệp HTX");
    case "ORG_GOOD_FAIR":
      // The rated organisations by default (HTX, LHHTX); a THT is not rated by level, so
      // when a programme counts THT too, its effectiveness assessment stands for it.
      return effectiveShare(orgTotals(i, def.params.orgTypes ?? GOOD_FAIR_TYPES), "tổ chức xếp loại Tốt, Khá");
  }
}
