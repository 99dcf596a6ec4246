import { describe, expect, it } from "vitest";
import { sameOrigin } from "./same-origin";

const req = (h: Record<string, string>) => ({ headers: new Headers(h) });

describe("sameOrigin", () => {
  it("accepts our own origin and requests without one", () => {
    expect(sameOrigin(req({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }))).toBe(true);
    expect(sameOrigin(req({ host: "127.0.0.1:3000" }))).toBe(true);
  });
  it.each(["null", "http://evil.example", "not a url", "file://", ""])("refuses Origin %j without throwing", (o) => {
    expect(sameOrigin(req({ host: "127.0.0.1:3000", origin: o }))).toBe(false);
  });
});
