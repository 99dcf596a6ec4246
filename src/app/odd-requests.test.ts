// Odd requests that reach a route or a data function (past the proxy, src/proxy.test.ts),
// answered 4xx without a server and without touching the database.
import { describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Viewer } from "@/server/auth/viewer";

// Any use of the database is a failure here: each answer must come before it.
vi.mock("@/server/db", () => {
  const untouchable = new Proxy(
    {},
    {
      get(_, key) {
        throw new Error(`database touched (${String(key)})`);
      },
    },
  );
  return { prisma: untouchable, database: untouchable };
});

describe("odd requests", () => {
  it("an anonymous GET of the credentials callback: 405 with Allow: POST (next-auth answered 500)", async () => {
    const { GET } = await import("./api/auth/[...nextauth]/route");
    for (const provider of ["credentials", "khac"]) {
      const res = await GET(new Request(`http://app.test/api/auth/callback/${provider}`), {
        params: Promise.resolve({ nextauth: ["callback", provider] }),
      });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("POST");
      expect(await res.json()).toEqual({ error: "Hãy đăng nhập từ trang đăng nhập" });
    }
  });

  it("next-auth's client logging endpoint is not served: nobody writes into the server's log", async () => {
    const { POST } = await import("./api/auth/[...nextauth]/route");
    const res = await POST(
      new Request("http://app.test/api/auth/_log", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "level=error&code=GIA%0A[next-auth][error][SIGN_IN]&message=x",
      }),
      { params: Promise.resolve({ nextauth: ["_log"] }) },
    );
    expect(res.status).toBe(404);
  });

  it("the import route posted with Origin: null or from another site: 403 before anything is read", async () => {
    const { POST } = await import("./nhap-xuat/nhap/route");
    for (const origin of ["null", "http://evil.example", "%"]) {
      const form = new FormData();
      form.set("kind", "dan-so");
      form.set("mode", "kiem-tra");
      form.set("file", new File(["ma_xa,nam,dan_so\n"], "a.csv", { type: "text/csv" }));
      const res = await POST(
        new Request("http://app.test/nhap-xuat/nhap", {
          method: "POST",
          headers: { origin, host: "app.test" },
          body: form,
        }),
      );
      expect(res.status, origin).toBe(403);
      expect(await res.json()).toEqual({ ok: false, error: "Yêu cầu không hợp lệ" });
    }
  });

  it("a history of __proto__, constructor or toString is no history: NOT_FOUND, not a crash", async () => {
    const { listAuditEntries } = await import("@/server/history/list-audit-entries");
    const viewer = { id: 1, username: "a", role: "ADMIN", communeIds: [] } as unknown as Viewer;
    const untouched = {} as PrismaClient;
    for (const entity of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      await expect(listAuditEntries(viewer, untouched, entity, "1")).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(listAuditEntries(viewer, untouched, "Organisation", "9".repeat(65))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
