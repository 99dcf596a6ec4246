import { describe, expect, it } from "vitest";
import { DEFAULT_TARGETS } from "@/domain/targets/definitions";
import { describeTargetParams } from "./target-params";

describe("describeTargetParams", () => {
  it("reads every default definition as labelled Vietnamese values, no JSON", () => {
    for (const def of DEFAULT_TARGETS) {
      for (const item of describeTargetParams(def.params)) expect(item.value, def.code).not.toMatch(/[[\]{}"]/);
    }
    expect(describeTargetParams({ orgTypes: ["THT", "HTX"] })).toEqual([
      { label: "Loại hình được tính", value: "Tổ hợp tác, Hợp tác xã" },
    ]);
    expect(describeTargetParams({ chainBase: "goodFair" })).toEqual([
      { label: "Cách hiểu “trong đó”", value: "Trong số HTX xếp loại Tốt, Khá" },
    ]);
    expect(describeTargetParams({})).toEqual([]);
  });

  it("keeps an unknown parameter or value visible", () => {
    expect(describeTargetParams({ chainBase: "x", baseYear: 2020, orgTypes: "HTX" })).toEqual([
      { label: "Cách hiểu “trong đó”", value: '"x"' },
      { label: "baseYear", value: "2020" },
      { label: "Loại hình được tính", value: '"HTX"' },
    ]);
    expect(describeTargetParams(null)).toEqual([]);
  });
});
