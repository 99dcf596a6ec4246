import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIpFrom, resolveClientIp, trustedProxyCount } from "./client-ip";

describe("the client's address", () => {
  it("is the socket's without a trusted proxy, whatever X-Forwarded-For claims", () => {
    expect(resolveClientIp("::ffff:203.0.113.7", "1.2.3.4", 0)).toBe("203.0.113.7");
  });

  it("behind one trusted proxy is the address that proxy appended (rightmost)", () => {
    expect(resolveClientIp("10.0.0.2", "1.2.3.4, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(resolveClientIp("10.0.0.2", "1.2.3.4, 198.51.100.9, 10.0.0.5", 2)).toBe("198.51.100.9");
    expect(resolveClientIp("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });

  it("is read by the app only from the header the server sets", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBeNull();
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIpFrom({ [CLIENT_IP_HEADER]: "203.0.113.7", "x-real-ip": "1.1.1.1" })).toBe("203.0.113.7");
  });

  it("TRUST_PROXY accepts a small number of hops only", () => {
    expect([undefined, "", "0", "yes", "-1", "99"].map((v) => trustedProxyCount(v))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(trustedProxyCount("1")).toBe(1);
  });
});
