// Route handlers called directly (no server): anonymous callers get 401 from every
// handler listed in authz-expectations.ts (and every route.ts must be listed), the
// import route lets writers import within their scope only and the committee not at
// all, and a refused import writes nothing. The session is replaced by a settable user
// id read through the real loadViewer; the database by the test database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Viewer } from "@/server/auth/viewer";
import { createReport } from "@/server/reports/create-report.action";
import { createActionWorld, tableCounter, type ActionWorld } from "./action-world";
import { organisationCsv, PUBLIC_ROUTES, ROUTE_EXPECTATIONS } from "./authz-expectations";

const state = vi.hoisted(() => ({ prisma: null as unknown, userId: null as number | null }));

vi.mock("@/server/db", () => ({
  get prisma() {
    return state.prisma;
  },
}));
vi.mock("@/server/auth/session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/auth/session")>();
  const getOptionalViewer = async () =>
    state.userId === null ? null : real.loadViewer(state.prisma as PrismaClient, state.userId);
  return { ...real, getOptionalViewer };
});

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routeModules = import.meta.glob<Record<string, Handler>>("../../src/app/**/route.ts");
const appDir = path.resolve(import.meta.dirname, "../../src/app");
const routeKey = (file: string) => path.relative(appDir, path.resolve(import.meta.dirname, file));

async function handler(route: string): Promise<Handler> {
  const key = Object.keys(routeModules).find((k) => routeKey(k) === route);
  if (!key) throw new Error(`no route ${route}`);
  const mod = await routeModules[key]();
  return mod[ROUTE_EXPECTATIONS[route].method];
}

/** Dynamic segments of a route file ("[kind]") filled with a plausible value. */
const SAMPLE_PARAMS: Record<string, string> = {
  kind: "dan-so",
  file: "tong-quan.csv",
  id: "1",
  format: "csv",
};
function paramsOf(route: string): Record<string, string> {
  return Object.fromEntries([...route.matchAll(/\[(\w+)\]/g)].map(([, k]) => [k, SAMPLE_PARAMS[k] ?? "x"]));
}

const BASE = "http://127.0.0.1:3000";
let w: ActionWorld;
let counts: () => Promise<Record<string, number>>;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "bi-mat-thu-nghiem-cho-proxy-khong-dung-that";
  w = await createActionWorld();
  state.prisma = w.prisma;
  counts = await tableCounter(w.prisma);
});
afterAll(async () => w?.db.dispose());

function as(viewer: Viewer | null) {
  state.userId = viewer?.id ?? null;
}

function importRequest(file: File, mode: "kiem-tra" | "nhap", headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("kind", "to-chuc-theo-nam");
  form.set("mode", mode);
  form.set("file", file);
  return new Request(`${BASE}/nhap-xuat/nhap`, { method: "POST", body: form, headers });
}

async function importAs(viewer: Viewer | null, file: File, mode: "kiem-tra" | "nhap", headers = {}) {
  as(viewer);
  const post = await handler("nhap-xuat/nhap/route.ts");
  const res = await post(importRequest(file, mode, headers), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as { ok: boolean; error?: string; fieldErrors?: unknown } };
}

describe("route handlers", () => {
  it("are all listed in authz-expectations.ts", () => {
    const onDisk = (fs.readdirSync(appDir, { recursive: true }) as string[])
      .filter((f) => path.basename(f) === "route.ts")
      .sort();
    expect(Object.keys(routeModules).map(routeKey).sort()).toEqual(onDisk);
    expect(onDisk.filter((r) => !(r in ROUTE_EXPECTATIONS) && !PUBLIC_ROUTES.includes(r))).toEqual([]);
  });

  it.each(Object.keys(ROUTE_EXPECTATIONS))("%s answers 401 to an anonymous caller", async (route) => {
    as(null);
    const { method } = ROUTE_EXPECTATIONS[route];
    const url = `${BASE}/${route.replace(/\/route\.ts$/, "")}`;
    const req =
      method === "POST"
        ? importRequest(organisationCsv(w.communeCode(w.communeOwn)), "nhap")
        : new Request(`${url}?nam=2025`, { method });
    const before = await counts();
    const res = await (await handler(route))(req, { params: Promise.resolve(paramsOf(route)) });
    expect(res.status).toBe(ROUTE_EXPECTATIONS[route].anonymous);
    expect(await counts()).toEqual(before);
  });

  it("the proxy sends anonymous visitors of pages and handlers to the sign-in page", async () => {
    const { proxy } = await import("@/proxy");
    for (const p of ["/nhap-xuat", "/nhap-xuat/nhap", "/xuat/tong-quan.pdf", "/quan-tri/nguoi-dung"]) {
      const res = await proxy(new NextRequest(`${BASE}${p}`));
      expect(res.status, p).toBe(307);
      expect(new URL(res.headers.get("location")!).pathname).toBe("/dang-nhap");
    }
    // the privacy notice is public, and nothing under it
    expect((await proxy(new NextRequest(`${BASE}/quyen-rieng-tu`))).headers.get("location")).toBeNull();
    expect((await proxy(new NextRequest(`${BASE}/quyen-rieng-tu/x`))).status).toBe(307);
  });
});

describe("POST /nhap-xuat/nhap", () => {
  it("refuses the committee, in preview and import mode, and writes nothing", async () => {
    const before = await counts();
    const file = organisationCsv(w.communeCode(w.communeOwn));
    expect((await importAs(w.committee, file, "kiem-tra")).status).toBe(403);
    const res = await importAs(w.committee, file, "nhap");
    expect(res.body).toMatchObject({ ok: false, error: expect.stringMatching(/chỉ được xem/) });
    expect(await counts()).toEqual(before);
  });

  it("refuses a commune official's rows of another commune and writes nothing", async () => {
    const before = await counts();
    const file = organisationCsv(w.communeCode(w.communeOther));
    for (const mode of ["kiem-tra", "nhap"] as const) {
      const res = await importAs(w.commune, file, mode);
      expect(res.body.ok).toBe(false);
      expect(JSON.stringify(res.body.fieldErrors)).toMatch(/ngoài địa bàn/);
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a cross-site post even from a signed-in district officer", async () => {
    const before = await counts();
    const file = organisationCsv(w.communeCode(w.communeOwn));
    const res = await importAs(w.district, file, "nhap", { origin: "https://evil.example", host: "127.0.0.1:3000" });
    expect(res.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("imports for a commune official in their commune and for district staff anywhere", async () => {
    const own = await importAs(w.commune, organisationCsv(w.communeCode(w.communeOwn), "ROUTE-XA"), "nhap");
    expect(own.body, JSON.stringify(own.body)).toMatchObject({ ok: true });
    const other = await importAs(w.district, organisationCsv(w.communeCode(w.communeOther), "ROUTE-HUYEN"), "nhap");
    expect(other.body).toMatchObject({ ok: true });
    const orgs = await w.prisma.organisation.findMany({
      where: { code: { in: ["ROUTE-XA", "ROUTE-HUYEN"] } },
      orderBy: { code: "asc" },
    });
    expect(orgs.map((o) => [o.code, o.communeId])).toEqual([
      ["ROUTE-HUYEN", w.communeOther],
      ["ROUTE-XA", w.communeOwn],
    ]);
  });
});

describe("exports", () => {
  it("serve every signed-in role, the committee included", async () => {
    as(w.committee);
    const get = await handler("nhap-xuat/xuat/[kind]/route.ts");
    const res = await get(new Request(`${BASE}/nhap-xuat/xuat/dan-so?dinh_dang=csv`), {
      params: Promise.resolve({ kind: "dan-so" }),
    });
    expect(res.status).toBe(200);
    const template = await (
      await handler("nhap-xuat/mau/[kind]/route.ts")
    )(new Request(`${BASE}/nhap-xuat/mau/thanh-vien?dinh_dang=csv`), {
      params: Promise.resolve({ kind: "thanh-vien" }),
    });
    expect(template.status).toBe(200);
  });

  it("hide a draft report from a commune official and the committee, not from district staff", async () => {
    const created = await createReport.run(w.district, { kind: "DINH_KY", periodType: "YEAR", year: 2025 }, w.prisma);
    if (!created.ok) throw new Error(created.error);
    const draft = created.data;
    const get = await handler("bao-cao/[id]/xuat/[format]/route.ts");
    const fetchAs = async (viewer: Viewer) => {
      as(viewer);
      const res = await get(new Request(`${BASE}/bao-cao/${draft.id}/xuat/csv?bang=muc-tieu`), {
        params: Promise.resolve({ id: String(draft.id), format: "csv" }),
      });
      return res.status;
    };
    expect(await fetchAs(w.commune)).toBe(404);
    expect(await fetchAs(w.committee)).toBe(404);
    expect(await fetchAs(w.district)).toBe(200);
  });
});

describe("a person's data export", () => {
  it("is for administrators only, and each export is logged", async () => {
    const person = await w.prisma.person.create({ data: { fullName: "Ngô Thị Yêu Cầu", birthYear: 1975 } });
    const get = await handler("quan-tri/du-lieu-ca-nhan/[id]/xuat/route.ts");
    const fetchAs = async (viewer: Viewer) => {
      as(viewer);
      return get(new Request(`${BASE}/quan-tri/du-lieu-ca-nhan/${person.id}/xuat`), {
        params: Promise.resolve({ id: String(person.id) }),
      });
    };
    for (const v of [w.district, w.commune, w.committee]) expect((await fetchAs(v)).status).toBe(403);
    const res = await fetchAs(w.admin);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Ngô Thị Yêu Cầu");
    expect(
      await w.prisma.auditLog.count({ where: { action: "PERSONAL_DATA_EXPORT", entityId: `person:${person.id}` } }),
    ).toBe(1);
    as(w.admin);
    const missing = await get(new Request(`${BASE}/quan-tri/du-lieu-ca-nhan/99999999999/xuat`), {
      params: Promise.resolve({ id: "99999999999" }),
    });
    expect(missing.status).toBe(404);
  });
});
