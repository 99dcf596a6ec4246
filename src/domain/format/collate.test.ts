import { describe, expect, it } from "vitest";
import { compareVietnamese } from "./collate";

describe("compareVietnamese", () => {
  it("orders numbered units by number and Vietnamese letters alphabetically", () => {
    expect(["Phường 10", "Phường 2", "Phường 1"].sort(compareVietnamese)).toEqual([
      "Phường 1",
      "Phường 2",
      "Phường 10",
    ]);
    expect(["Đồng Sơn", "Vĩnh Hựu", "Bình Phú", "Long Bình"].sort(compareVietnamese)).toEqual([
      "Bình Phú",
      "Đồng Sơn",
      "Long Bình",
      "Vĩnh Hựu",
    ]);
  });
});
