import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import pg from "pg";
import { signIn } from "./support/sign-in";

// Several instances of the production server on one PostgreSQL database
// (docs/deploy.md): behind a loopback proxy that alternates between them, a write
// through one shows on the other's next overview (page cache and figures cache follow
// the data version), and a background task runs once per period across instances.
// The instance Playwright started (A) is joined by B and C, started here.

const dbUrl = process.env.E2E_DATABASE_URL;
const portA = Number(process.env.E2E_PORT ?? 3100);
const portB = portA + 20;
const portC = portA + 21;
const portProxy = portA + 22;
const PERIOD_MS = 1_500;

async function sql<T>(query: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query(query)).rows as T[];
  } finally {
    await client.end();
  }
}

function startInstance(port: number): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: dbUrl,
      NODE_ENV: "production",
      NEXTAUTH_URL: `http://127.0.0.1:${portA}`,
      KTT_READ_MODEL: "on",
      KTT_BACKGROUND_PERIOD_MS: String(PERIOD_MS),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}

async function waitUntilUp(port: number) {
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/dang-nhap`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance on ${port} did not start`);
}

let b: ChildProcess | undefined;
let c: ChildProcess | undefined;
let proxy: http.Server | undefined;

test.describe.configure({ mode: "serial" });
test.skip(!dbUrl, "several instances share a PostgreSQL server (not the embedded database)");

test.beforeAll(async () => {
  test.setTimeout(180_000);
  b = startInstance(portB);
  c = startInstance(portC);
  // Round robin over A and B, naming the instance that answered.
  let turn = 0;
  proxy = http.createServer((req, res) => {
    const [port, name] = turn++ % 2 === 0 ? [portA, "A"] : [portB, "B"];
    const upstream = http.request(
      { host: "127.0.0.1", port, path: req.url, method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, { ...r.headers, "x-e2e-instance": name });
        r.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy!.listen(portProxy, "127.0.0.1", resolve));
  await Promise.all([waitUntilUp(portB), waitUntilUp(portC)]);
});

test.afterAll(async () => {
  b?.kill("SIGTERM");
  c?.kill("SIGTERM");
  await new Promise((r) => proxy?.close(r));
});

test("a write through one instance shows on the other's next overview", async ({ page }) => {
  await signIn(page, "phongtckh");
  const cookie = (await page.context().cookies()).map((k) => `${k.name}=${k.value}`).join("; ");
  const view = "/?nam=2025&loai=HTX";
  const overview = async () => {
    const r = await fetch(`http://127.0.0.1:${portProxy}${view}`, { headers: { cookie } });
    expect(r.status).toBe(200);
    const html = await r.text();
    const value = html.match(/data-testid="value-HTX_COUNT"[^>]*>([^<]+)</)?.[1] ?? "";
    return {
      instance: r.headers.get("x-e2e-instance"),
      cache: r.headers.get("x-ktt-page-cache"),
      htx: Number(value.replace(/[^\d]/g, "")),
    };
  };
  // Two rounds: each instance renders the view, then answers it from its page cache.
  const first = [await overview(), await overview(), await overview(), await overview()];
  expect(first.map((v) => v.instance)).toEqual(["A", "B", "A", "B"]);
  expect(first.slice(2).map((v) => v.cache)).toEqual(["hit", "hit"]);
  const before = first[0].htx;
  expect(before).toBeGreaterThan(0);
  expect(new Set(first.map((v) => v.htx))).toEqual(new Set([before]));

  // Through A (the browser's instance): an HTX active all of 2025 is suspended from June.
  const [org] = await sql<{ id: number }>(
    `SELECT o.id FROM "Organisation" o
     WHERE o.type = 'HTX' AND (o."foundedOn" IS NULL OR o."foundedOn" < DATE '2025-01-01')
       AND NOT EXISTS (SELECT 1 FROM "OrgStatusChange" s WHERE s."organisationId" = o.id AND s."effectiveFrom" >= DATE '2025-01-01')
       AND NOT EXISTS (SELECT 1 FROM "AnnualReport" a WHERE a."organisationId" = o.id AND a."approvalStatus" = 'SUBMITTED')
       AND (SELECT s.status FROM "OrgStatusChange" s WHERE s."organisationId" = o.id
            ORDER BY s."effectiveFrom" DESC LIMIT 1) = 'ACTIVE'
     ORDER BY o.id LIMIT 1`,
  );
  await page.goto(`/to-chuc/${org.id}/sua`);
  const form = page.getByRole("form", { name: "Thay đổi trạng thái pháp lý" });
  await form.getByLabel("Trạng thái mới").selectOption("SUSPENDED");
  await form.getByLabel("Ngày hiệu lực").fill("2025-06-01");
  await form.getByLabel("Ghi chú").fill("e2e: hai máy chủ");
  await form.getByRole("button", { name: "Ghi nhận trạng thái" }).click();
  await expect(form.getByText("Đã ghi nhận thay đổi trạng thái.")).toBeVisible();
  try {
    // The next overview on either instance: rendered anew, one HTX fewer.
    const after = [await overview(), await overview()];
    expect(after.map((v) => v.instance).sort()).toEqual(["A", "B"]);
    for (const v of after) {
      expect(v.cache).toBe("miss");
      expect(v.htx).toBe(before - 1);
    }
  } finally {
    await sql(`DELETE FROM "OrgStatusChange" WHERE "organisationId" = ${org.id} AND note = 'e2e: hai máy chủ'`);
  }
});

test("a background task runs once per period across instances", async () => {
  // B and C both run the read model's upkeep every PERIOD_MS; A every 30 s.
  const runs = async () =>
    Number((await sql<{ runs: number }>(`SELECT runs FROM "BackgroundTask" WHERE name = 'read-model'`))[0]?.runs ?? 0);
  const start = await runs();
  const t0 = Date.now();
  await new Promise((r) => setTimeout(r, 8 * PERIOD_MS));
  const ran = (await runs()) - start;
  // A turn is taken at most once per 90 % of a period (claimRun); each instance on its
  // own would make it twice per period.
  const turns = Math.floor((Date.now() - t0) / (0.9 * PERIOD_MS)) + 1;
  expect(ran).toBeGreaterThanOrEqual(2);
  expect(ran).toBeLessThanOrEqual(turns);
});
