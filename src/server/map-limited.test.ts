import { describe, expect, it } from "vitest";
import { mapLimited } from "./map-limited";

describe("mapLimited", () => {
  it("keeps the items' order and never runs more than the limit at once", async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimited([30, 5, 20, 1, 10], 2, async (ms) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return ms * 2;
    });
    expect(out).toEqual([60, 10, 40, 2, 20]);
    expect(peak).toBe(2);
  });

  it("runs one at a time with a limit of 1, and handles no items", async () => {
    const order: number[] = [];
    await mapLimited([3, 1, 2], 1, async (n) => {
      order.push(n);
      await new Promise((r) => setTimeout(r, n));
    });
    expect(order).toEqual([3, 1, 2]);
    expect(await mapLimited([], 2, async () => 1)).toEqual([]);
  });

  it("rejects when a call fails", async () => {
    await expect(mapLimited([1, 2], 2, async (n) => (n === 2 ? Promise.reject(new Error("x")) : n))).rejects.toThrow(
      "x",
    );
  });
});
