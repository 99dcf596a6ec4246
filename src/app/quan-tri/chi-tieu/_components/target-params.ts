// A target version's definition parameters (the JSON of Target.definition, read as
// TargetParams of src/domain/targets/definitions.ts) as labelled Vietnamese values, for
// the versions table and the form. Pure: used on the server page and in the client form.
import type { TargetParams } from "@/domain/targets/definitions";
import { ORG_TYPE_LABELS } from "@/domain/labels";

type ChainBase = NonNullable<TargetParams["chainBase"]>;

/** The two readings of “trong đó” in the value-chain target. */
export const CHAIN_BASE_LABELS: Record<ChainBase, string> = {
  all: "Trong tổng số HTX đang hoạt động",
  goodFair: "Trong số HTX xếp loại Tốt, Khá",
};

/** The parameters' names, in the table and as the form's field labels. */
export const PARAM_LABELS: Record<keyof TargetParams, string> = {
  chainBase: "Cách hiểu “trong đó”",
  orgTypes: "Loại hình được tính",
};

const labelOf = (labels: Record<string, string>, v: unknown) =>
  typeof v === "string" && Object.hasOwn(labels, v) ? labels[v] : JSON.stringify(v);

/**
 * [{ label: "Loại hình được tính", value: "Tổ hợp tác, Hợp tác xã" }]. A parameter this
 * version of the code does not know keeps its name and JSON value, so nothing is hidden.
 */
export function describeTargetParams(definition: unknown): { label: string; value: string }[] {
  if (definition === null || typeof definition !== "object" || Array.isArray(definition)) return [];
  return Object.entries(definition as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([key, v]) => {
      switch (key) {
        case "chainBase":
          return { label: PARAM_LABELS.chainBase, value: labelOf(CHAIN_BASE_LABELS, v) };
        case "orgTypes":
          return {
            label: PARAM_LABELS.orgTypes,
            value: Array.isArray(v) ? v.map((t) => labelOf(ORG_TYPE_LABELS, t)).join(", ") : JSON.stringify(v),
          };
        default:
          return { label: key, value: JSON.stringify(v) };
      }
    });
}
