import { describe, expect, it } from "vitest";
import { getAuthOptions } from "./auth-options";

describe("next-auth's redirect after a sign-in or sign-out post", () => {
  const redirect = (url: string) =>
    getAuthOptions().callbacks!.redirect!({ url, baseUrl: "http://127.0.0.1:3000" }) as Promise<string>;

  it("keeps a path or an address on this app", async () => {
    expect(await redirect("/to-chuc?trang=2")).toBe("http://127.0.0.1:3000/to-chuc?trang=2");
    expect(await redirect("http://127.0.0.1:3000/bao-cao/3")).toBe("http://127.0.0.1:3000/bao-cao/3");
  });

  it("sends anything else home, never throwing (next-auth's own default threw: a 500)", async () => {
    for (const url of [
      "\n",
      "",
      "%0A",
      "//evil.example",
      "/\\evil.example",
      "http://evil.example/x",
      "javascript:alert(1)",
      "/\t/evil.example",
    ]) {
      expect(await redirect(url), JSON.stringify(url)).toBe("http://127.0.0.1:3000/");
    }
  });
});
