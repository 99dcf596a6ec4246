import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./routes";

describe("safeCallbackPath", () => {
  it("keeps a path of this app, query and fragment included", () => {
    expect(safeCallbackPath("/to-chuc?xa=3&nam=2025")).toBe("/to-chuc?xa=3&nam=2025");
    expect(safeCallbackPath("/bao-cao/12#ket-qua")).toBe("/bao-cao/12#ket-qua");
    expect(safeCallbackPath("/to-chuc/Hợp tác xã")).toBe("/to-chuc/H%E1%BB%A3p%20t%C3%A1c%20x%C3%A3");
  });

  it.each([
    ["/\t/127.0.0.1:9/x", "tab dropped by browsers: //127.0.0.1:9"],
    ["/\n/evil.example/x", "newline"],
    ["/\r\n/evil.example", "carriage return"],
    ["//evil.example/x", "protocol-relative"],
    ["/\\evil.example", "backslash read as slash"],
    ["/\\/evil.example", "backslash then slash"],
    ["https://evil.example/", "absolute URL"],
    ["javascript:alert(1)", "script URL"],
    ["evil.example", "relative without slash"],
    ["/%0A/x".replace("%0A", "\n"), "decoded newline"],
    ["/dang-nhap?callbackUrl=//evil", "the sign-in page itself"],
    ["/api/auth/signout", "next-auth's endpoints"],
    ["", "empty"],
  ])("refuses %j (%s)", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("refuses what is not a string", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/to-chuc"])).toBe("/");
  });
});
