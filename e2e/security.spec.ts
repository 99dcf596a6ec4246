import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Security headers on every page (next.config.ts) and no secret or password hash in
// anything the browser receives: HTML, JavaScript chunks, RSC payloads, JSON.

// The pages are read from the navigation itself (so a page added there is covered), plus
// the administration sub-pages.
const EXTRA_PAGES = ["/quan-tri/nguoi-dung", "/quan-tri/chi-tieu"];

function authSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim() || process.env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.resolve(process.env.AUTH_SECRET_FILE ?? path.join(process.cwd(), ".data", "auth-secret"));
  return fs.readFileSync(file, "utf8").trim();
}

function expectSecurityHeaders(response: Response | APIResponse | null, url: string) {
  expect(response, `no response for ${url}`).not.toBeNull();
  const h = response!.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp, `CSP on ${url}`).toContain("default-src 'self'");
  expect(csp, `frame-ancestors on ${url}`).toContain("frame-ancestors 'none'");
  expect(csp, `object-src on ${url}`).toContain("object-src 'none'");
  expect(h["referrer-policy"], `Referrer-Policy on ${url}`).toBe("strict-origin-when-cross-origin");
  expect(h["x-content-type-options"], `nosniff on ${url}`).toBe("nosniff");
}

/** Records the text of every same-origin response the page receives. */
function collectBodies(page: Page, origin: string) {
  const bodies: { url: string; text: Promise<string> }[] = [];
  page.on("response", (res) => {
    if (!res.url().startsWith(origin)) return;
    const type = res.headers()["content-type"] ?? "";
    if (/image|font|octet-stream/.test(type)) return;
    bodies.push({ url: res.url(), text: res.text().catch(() => "") });
  });
  return bodies;
}

async function expectNoSecrets(bodies: { url: string; text: Promise<string> }[]) {
  const secret = authSecret();
  expect(secret.length).toBeGreaterThan(20);
  expect(bodies.length).toBeGreaterThan(0);
  for (const b of bodies) {
    const text = await b.text;
    expect(text.includes("$argon2"), `argon2 hash in ${b.url}`).toBe(false);
    expect(text.includes("passwordHash"), `passwordHash in ${b.url}`).toBe(false);
    expect(text.includes(secret), `NEXTAUTH secret in ${b.url}`).toBe(false);
  }
}

test("the sign-in page and a 404 carry the security headers and no secret", async ({ page, baseURL }) => {
  const bodies = collectBodies(page, baseURL!);
  for (const url of ["/dang-nhap", "/khong-co-trang-nay"]) {
    const res = await page.goto(url);
    expectSecurityHeaders(res, url);
  }
  await expectNoSecrets(bodies);
});

test("every page of the navigation, signed in as admin, carries the headers and leaks nothing", async ({
  page,
  baseURL,
}) => {
  const bodies = collectBodies(page, baseURL!);
  // The first overview of a cold embedded database can outlast signIn's 5 s wait.
  await signIn(page, "admin").catch(() =>
    expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible({ timeout: 60_000 }),
  );
  const navPages = await page
    .locator('nav[aria-label="Điều hướng chính"] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "").filter((h) => h.startsWith("/")));
  expect(navPages).toEqual(expect.arrayContaining(["/", "/to-chuc", "/chat-luong", "/bao-cao", "/quan-tri"]));
  for (const url of [...new Set([...navPages, ...EXTRA_PAGES])]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    expectSecurityHeaders(res, url);
  }
  // An organisation page (members, personal data) and a user page (account fields).
  await page.goto("/to-chuc");
  const orgHref = await page.locator('a[href^="/to-chuc/"]').first().getAttribute("href");
  await page.goto("/quan-tri/nguoi-dung");
  const userHref = await page.locator('a[href^="/quan-tri/nguoi-dung/"]').first().getAttribute("href");
  for (const url of [orgHref, userHref]) {
    expect(url).toBeTruthy();
    expectSecurityHeaders(await page.goto(url!), url!);
  }
  const session = await page.request.get("/api/auth/session");
  expectSecurityHeaders(session, "/api/auth/session");
  const sessionText = await session.text();
  expect(sessionText).not.toContain("$argon2");
  expect(sessionText).not.toContain("passwordHash");
  await expectNoSecrets(bodies);
  // The page scripts were scanned too, not just the HTML.
  expect(bodies.some((b) => b.url.includes("/_next/static/") && b.url.endsWith(".js"))).toBe(true);
});
