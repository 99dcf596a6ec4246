import { beforeEach, describe, expect, it } from "vitest";
import {
  CLIENT_IP_HEADER,
  CLIENT_IP_KEY_HEADER,
  clientIpFrom,
  dropForgedClientIp,
  issueClientIpKey,
  resolveClientIp,
  stampClientIp,
  trustedProxyCount,
} from "./client-ip";

/** As before scripts/server.ts starts (or under `next start`, where it never does). */
function forgetKey() {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("ktt.clientIpKey")];
}

describe("the client's address", () => {
  it("is the socket's without a trusted proxy, whatever X-Forwarded-For claims", () => {
    expect(resolveClientIp("::ffff:203.0.113.7", "1.2.3.4", 0)).toBe("203.0.113.7");
  });

  it("behind one trusted proxy is the address that proxy appended (rightmost)", () => {
    expect(resolveClientIp("10.0.0.2", "1.2.3.4, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(resolveClientIp("10.0.0.2", "1.2.3.4, 198.51.100.9, 10.0.0.5", 2)).toBe("198.51.100.9");
    expect(resolveClientIp("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });

  describe("read by the app", () => {
    beforeEach(forgetKey);

    it("is unknown, not the client's choice, when no production server stands in front (next start)", () => {
      expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: "203.0.113.7" }))).toBeNull();
      expect(clientIpFrom({ [CLIENT_IP_HEADER]: "203.0.113.7", [CLIENT_IP_KEY_HEADER]: "" })).toBeNull();
      expect(clientIpFrom({ [CLIENT_IP_HEADER]: "203.0.113.7", [CLIENT_IP_KEY_HEADER]: "undefined" })).toBeNull();
    });

    it("is the address the production server stamped, with its key", () => {
      const headers: Record<string, string | string[] | undefined> = {
        [CLIENT_IP_HEADER]: "6.6.6.6",
        [CLIENT_IP_KEY_HEADER]: "doan-bua",
        "x-real-ip": "1.1.1.1",
      };
      stampClientIp(headers, "203.0.113.7");
      expect(clientIpFrom(headers)).toBe("203.0.113.7");
      expect(clientIpFrom(new Headers(headers as Record<string, string>))).toBe("203.0.113.7");
      expect(clientIpFrom(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBeNull();
      // no address decided: what the client sent is gone too
      stampClientIp(headers, null);
      expect(headers[CLIENT_IP_HEADER]).toBeUndefined();
      expect(clientIpFrom(headers)).toBeNull();
    });

    it("is refused with any other key: a guess, a prefix, another process's", () => {
      const key = issueClientIpKey();
      expect(issueClientIpKey()).toBe(key);
      expect(key.length).toBeGreaterThanOrEqual(40);
      for (const guess of ["", "x", key.slice(0, -1), key + "x", "A".repeat(key.length)])
        expect(clientIpFrom({ [CLIENT_IP_HEADER]: "6.6.6.6", [CLIENT_IP_KEY_HEADER]: guess })).toBeNull();
      forgetKey();
      expect(issueClientIpKey()).not.toBe(key);
      expect(clientIpFrom({ [CLIENT_IP_HEADER]: "6.6.6.6", [CLIENT_IP_KEY_HEADER]: key })).toBeNull();
    });

    it("the proxy's part removes a forged pair and keeps the server's", () => {
      const forged = new Headers({ [CLIENT_IP_HEADER]: "6.6.6.6", cookie: "a=b" });
      expect(dropForgedClientIp(forged)).toBe(true);
      expect([...forged.keys()]).toEqual(["cookie"]);
      expect(dropForgedClientIp(new Headers({ cookie: "a=b" }))).toBe(false);
      const stamped: Record<string, string> = {};
      stampClientIp(stamped, "203.0.113.7");
      const real = new Headers(stamped);
      expect(dropForgedClientIp(real)).toBe(false);
      expect(clientIpFrom(real)).toBe("203.0.113.7");
    });
  });

  it("TRUST_PROXY accepts a small number of hops only", () => {
    expect([undefined, "", "0", "yes", "-1", "99"].map((v) => trustedProxyCount(v))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(trustedProxyCount("1")).toBe(1);
  });
});
