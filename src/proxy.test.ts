// The proxy on its own (no server): what it does to odd requests and to a client's claim
// of its own address.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { config, proxy } from "./proxy";
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

describe("odd requests answered by the proxy itself", () => {
  it("broken percent-encoding in a path: 400, before the router (which answered 500)", async () => {
    for (const path of ["/lich-su/Organisation/%E0%A4%A", "/to-chuc/%", "/%C3%28"]) {
      const res = await proxy(request(path));
      expect(res.status, path).toBe(400);
      expect(await res.text()).toContain("Đường dẫn không hợp lệ");
    }
  });

  it("an id no record can have (beyond int4, or too long): 404, signed in or not", async () => {
    for (const path of [
      "/quan-tri/nguoi-dung/99999999999",
      "/to-chuc/2147483648",
      "/duyet-so-lieu/2147483648/2025",
      "/lich-su/Organisation/99999999999999999999",
    ]) {
      for (const headers of [{}, { cookie: sessionCookie }] as Record<string, string>[]) {
        const res = await proxy(request(path, { headers }));
        expect(res.status, path).toBe(404);
      }
    }
    // the largest id there can be is an ordinary path
    const edge = await proxy(request("/to-chuc/2147483647", { headers: { cookie: sessionCookie } }));
    expect(edge.headers.get("x-middleware-next")).toBe("1");
  });

  it("__proto__, constructor and toString segments are ordinary paths here (the page answers 404)", async () => {
    for (const segment of ["__proto__", "constructor", "toString"]) {
      const anonymous = await proxy(request(`/lich-su/${segment}/1`));
      expect(anonymous.status).toBe(307);
      expect(anonymous.headers.get("location")).toContain("/dang-nhap");
      const signedIn = await proxy(request(`/lich-su/${segment}/1`, { headers: { cookie: sessionCookie } }));
      expect(signedIn.headers.get("x-middleware-next")).toBe("1");
    }
  });

  it("a server action posted from another origin, or from Origin: null, gets 403 (Next's own check answered 500)", async () => {
    for (const origin of ["http://evil.example", "null", "not a url"]) {
      const res = await proxy(
        request("/to-chuc/moi", {
          method: "POST",
          headers: { origin, host: "app.test", "next-action": "0123456789abcdef", cookie: sessionCookie },
        }),
      );
      expect(res.status, origin).toBe(403);
    }
    const own = await proxy(
      request("/to-chuc/moi", {
        method: "POST",
        headers: {
          origin: "http://app.test",
          host: "app.test",
          "next-action": "0123456789abcdef",
          cookie: sessionCookie,
        },
      }),
    );
    expect(own.headers.get("x-middleware-next")).toBe("1");
  });

  it("anonymous: a page (the import route too) is sent to sign-in, /api answers 401, next-auth's own routes go through", async () => {
    expect((await proxy(request("/nhap-xuat/nhap", { method: "POST" }))).status).toBe(307);
    const api = await proxy(request("/api/khac"));
    expect(api.status).toBe(401);
    const callback = await proxy(request("/api/auth/callback/credentials"));
    expect(callback.headers.get("x-middleware-next")).toBe("1");
  });
});

describe("NUL bytes and the paths the proxy sees", () => {
  it("a NUL byte in the path or the query: 400 (PostgreSQL refuses it in any text: a 500)", async () => {
    for (const path of [
      "/lich-su/Organisation/%00",
      "/to-chuc?q=%00",
      "/quan-tri/du-lieu-ca-nhan?q=a%00b",
      "/nhap-xuat/xuat/dan-so?xa=%00",
      "/to-chuc?%00=1",
      "/lich-su/Organisation/%00.txt",
    ]) {
      const res = await proxy(request(path, { headers: { cookie: sessionCookie } }));
      expect(res.status, path).toBe(400);
    }
  });

  it("runs on every path but Next's assets and the icon, file-like endings included", async () => {
    const matcher = new RegExp(`^${config.matcher[0]}$`);
    for (const path of [
      "/",
      "/lich-su/Organisation/%00.txt",
      "/to-chuc/1.css",
      "/quan-tri/chuong-trinh/x.js",
      "/api/auth/session",
    ])
      expect(matcher.test(path), path).toBe(true);
    for (const path of ["/_next/static/chunks/a.js", "/_next/image", "/favicon.ico", "/icon.svg"])
      expect(matcher.test(path), path).toBe(false);
  });
});
