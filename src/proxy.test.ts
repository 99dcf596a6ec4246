// The proxy on its own (no server): what it does to odd requests and to a client's claim
// of its own address.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { proxy } from "./proxy";
import { CLIENT_IP_HEADER, CLIENT_IP_KEY_HEADER, stampClientIp } from "./server/http/client-ip";

const SECRET = "proxy-test-secret-0123456789-0123456789";
let sessionCookie = "";

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  const token = await encode({ token: { sub: "7", name: "A" }, secret: SECRET });
  sessionCookie = `next-auth.session-token=${token}`;
});

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, "http://app.test"), { method: init.method ?? "GET", headers: init.headers });

/** The request headers the proxy hands on to the app: null when it passes them unchanged. */
function forwardedHeaders(res: Response): Record<string, string> | null {
  const names = res.headers.get("x-middleware-override-headers");
  if (names === null) return null;
  return Object.fromEntries(
    names
      .split(",")
      .filter(Boolean)
      .map((n) => [n, res.headers.get(`x-middleware-request-${n}`) ?? ""]),
  );
}

describe("a client naming its own address", () => {
  it("is stripped on every path that goes on to the app, signed in or not", async () => {
    for (const [path, headers] of [
      ["/dang-nhap", {}],
      ["/api/auth/callback/credentials", {}],
      ["/quyen-rieng-tu", {}],
      ["/to-chuc", { cookie: sessionCookie }],
      ["/nhap-xuat/nhap", { cookie: sessionCookie }],
    ] as const) {
      const res = await proxy(
        request(path, { headers: { ...headers, [CLIENT_IP_HEADER]: "6.6.6.6", [CLIENT_IP_KEY_HEADER]: "doan" } }),
      );
      expect(res.headers.get("x-middleware-next"), path).toBe("1");
      const forwarded = forwardedHeaders(res);
      expect(forwarded, path).not.toBeNull();
      expect(forwarded, path).not.toHaveProperty(CLIENT_IP_HEADER);
      expect(forwarded, path).not.toHaveProperty(CLIENT_IP_KEY_HEADER);
      if ("cookie" in headers) expect(forwarded?.cookie).toBe(sessionCookie);
    }
  });

  it("the production server's stamp passes untouched", async () => {
    const stamped: Record<string, string> = { cookie: sessionCookie };
    stampClientIp(stamped, "203.0.113.7");
    const res = await proxy(request("/to-chuc", { headers: stamped }));
    expect(res.headers.get("x-middleware-next")).toBe("1");
    expect(forwardedHeaders(res)).toBeNull();
  });
});
