// Accessibility and the phone, as each role meets the product (issue 14):
// - axe over every main page × role × desktop/phone: no critical or serious violation;
// - the menu shows only what the role may open, the sign-in page shows none;
// - on a phone the overview's scoreboard starts in the first screen (844 px).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

const ROLES = ["admin", "phongtckh", "thuongtruc", "xa.binhphu"] as const;

/** What each demo account's menu must offer, and must not. */
const MENU: Record<(typeof ROLES)[number], { has: string[]; lacks: string[] }> = {
  admin: { has: ["Duyệt số liệu", "Quản trị"], lacks: ["Chỉ tiêu, danh mục"] },
  phongtckh: { has: ["Duyệt số liệu", "Chỉ tiêu, danh mục"], lacks: ["Quản trị"] },
  thuongtruc: { has: ["Tổng quan", "Báo cáo", "Chỉ tiêu, danh mục"], lacks: ["Duyệt số liệu", "Quản trị"] },
  "xa.binhphu": { has: ["Tổ chức", "Nhập / xuất Excel"], lacks: ["Duyệt số liệu", "Quản trị"] },
};

async function session(browser: Browser, viewport: keyof typeof VIEWPORTS, user?: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    isMobile: viewport === "phone",
    hasTouch: viewport === "phone",
  });
  const page = await context.newPage();
  if (user) await signIn(page, user);
  return page;
}

/** The pages a role reaches: its menu, then one organisation, its members and its latest
 *  dossier year, a report and a submission to review when the menu leads there. */
async function pagesOf(page: Page): Promise<string[]> {
  // hrefs read without waiting: a link a role does not get must not stall the test
  const hrefs = (selector: string) =>
    page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  await page.goto("/");
  const menu = await hrefs('nav[aria-label="Điều hướng chính"] a');
  const pages = [...menu];
  await page.goto("/to-chuc?pham-vi=tat-ca");
  const org = (await hrefs('main a[href^="/to-chuc/"]')).find((h) => /^\/to-chuc\/\d+$/.test(h));
  if (org) {
    pages.push(org, `${org}/thanh-vien`);
    await page.goto(org);
    const year = (await hrefs(`main a[href^="${org}/nam/"]`))[0];
    if (year) pages.push(year);
  }
  await page.goto("/bao-cao");
  const report = (await hrefs('main a[href^="/bao-cao/"]')).find((h) => /^\/bao-cao\/\d+$/.test(h));
  if (report) pages.push(report);
  if (menu.includes("/duyet-so-lieu")) {
    await page.goto("/duyet-so-lieu");
    const review = (await hrefs('main a[href^="/duyet-so-lieu/"]'))[0];
    if (review) pages.push(review);
  }
  if (menu.includes("/quan-tri")) pages.push("/quan-tri/don-vi", "/dan-so");
  // programmes (issue 12): another programme's overview, the targets and an allocation page
  pages.push("/?chuong_trinh=NQ20");
  if (menu.includes("/quan-tri"))
    pages.push(
      "/quan-tri/chi-tieu?chuong_trinh=NQ20",
      "/quan-tri/chi-tieu/giao?chuong_trinh=CTR26-GCT&ma=HTX_COUNT",
      "/quan-tri/chuong-trinh",
      "/quan-tri/chuong-trinh/CTR26-GCT",
    );
  return [...new Set(pages)];
}

test("the sign-in page shows no menu and passes axe, on desktop and phone", async ({ browser }) => {
  for (const viewport of ["desktop", "phone"] as const) {
    const page = await session(browser, viewport);
    await page.goto("/dang-nhap");
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Menu" })).toHaveCount(0);
    expect(await axeViolations(page), `sign-in, ${viewport}`).toEqual([]);
    await page.context().close();
  }
});

for (const user of ROLES) {
  test(`${user}: the menu offers only what the role may open, and every page passes axe on desktop and phone`, async ({
    browser,
  }) => {
    test.setTimeout(360_000);
    const desktop = await session(browser, "desktop", user);
    const nav = desktop.getByRole("navigation", { name: "Điều hướng chính" });
    for (const label of MENU[user].has) await expect(nav.getByRole("link", { name: label })).toBeVisible();
    for (const label of MENU[user].lacks) await expect(nav.getByRole("link", { name: label })).toHaveCount(0);
    const pages = await pagesOf(desktop);
    expect(pages.length).toBeGreaterThanOrEqual(7);
    const phone = await session(browser, "phone", user);
    const failures: string[] = [];
    for (const [viewport, page] of [
      ["desktop", desktop],
      ["phone", phone],
    ] as const) {
      for (const url of pages) {
        const res = await page.goto(url);
        expect(res?.status(), `${url} (${viewport})`).toBe(200);
        for (const v of await axeViolations(page)) failures.push(`${viewport} ${url}: ${v}`);
      }
    }
    expect(failures).toEqual([]);
    await desktop.context().close();
    await phone.context().close();
  });
}

test("phone: the folded menu opens and closes, and the overview's scoreboard starts in the first screen", async ({
  browser,
}) => {
  const page = await session(browser, "phone", "thuongtruc");
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(nav).toBeHidden();
  const toggle = page.getByRole("button", { name: "Menu" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(nav).toBeVisible();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await page.getByRole("button", { name: "Đóng menu" }).click();
  await expect(nav).toBeHidden();

  const board = page.getByTestId("scoreboard");
  const box = await board.boundingBox();
  expect(box, "the scoreboard is drawn").not.toBeNull();
  expect(box!.y, "the scoreboard starts within the first 844 px").toBeLessThan(844 - 80);
  // the header, the menu button and the chips leave room: the first target's row is seen too
  const firstRow = board.locator("tbody tr").first();
  expect((await firstRow.boundingBox())!.y + 20).toBeLessThan(844);
  // every control in the first screen is at least 24 × 24 px (WCAG 2.2 target size)
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button, input[type=checkbox], input[type=radio], select")]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ el, r }) => `${el.outerHTML.slice(0, 80)} ${r.width}×${r.height}`),
  );
  expect(small).toEqual([]);
  await page.context().close();
});

test("a status chip filters the scoreboard and the cards; each row links to its card", async ({ page }) => {
  await signIn(page, "phongtckh");
  await page.goto("/");
  // the demo data always has a closed year, which the overview opens on: chips are shown
  const chips = page.getByTestId("status-summary");
  await expect(chips).toBeVisible();
  const board = page.getByTestId("scoreboard");
  const total = await board.locator("tbody tr").count();
  expect(total).toBe(11);
  const chip = chips.locator('a[data-testid^="chip-"]').filter({ hasNotText: ": 0" }).first();
  const n = Number(((await chip.locator("strong").textContent()) ?? "").trim());
  await chip.click();
  await expect(page).toHaveURL(/trang_thai=/);
  await expect(board.locator("tbody tr")).toHaveCount(n);
  await expect(page.locator('article[data-testid^="target-"]')).toHaveCount(n);
  const row = board.locator("tbody tr").first().getByRole("link");
  const code = (await row.getAttribute("href"))!.replace("#chi-tieu-", "");
  await row.click();
  await expect(page.getByTestId(`target-${code}`)).toBeInViewport();
  await page.getByRole("link", { name: "Xem tất cả chỉ tiêu" }).click();
  await expect(board.locator("tbody tr")).toHaveCount(11);
});
