import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

const parseVi = (s: string | null) => Number((s ?? "").replace(/[^\d,]/g, "").replace(",", "."));

function collectConsoleErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => {
    // The browser reports 404s of optional resources as errors too; only script errors count here.
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

test.beforeEach(async ({ page }) => {
  await signIn(page, "phongtckh");
});

test("all 11 targets are shown with a status, a chart and a table alternative, without console errors", async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/");
  const cards = page.locator('[data-testid^="target-"]');
  await expect(cards).toHaveCount(11);
  // recharts draws on the client, a chart once its card is near the screen: wait for
  // the SVG lines, then check every card's parts.
  await cards.first().scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-line").first()).toBeVisible();
  for (const code of ["THT_COUNT", "HTX_GOOD_FAIR", "POP_SHARE", "ORG_DIGITAL"]) {
    const card = page.getByTestId(`target-${code}`);
    await expect(card.getByTestId(`status-${code}`)).toHaveText(
      /Đã đạt|Đúng tiến độ|Cần đẩy nhanh|Chậm tiến độ|Đang giảm sút|Chưa đủ số liệu/,
    );
    await card.getByText("Bảng số liệu và cách tính").click();
    await expect(card.locator("table caption")).toHaveText(/Số liệu theo năm/);
    await expect(card.getByTestId(`formula-${code}`)).not.toBeEmpty();
  }
  // Breakdowns have tables, the charts are hidden from assistive technology.
  await expect(page.getByTestId("breakdown-commune").locator("tbody tr")).not.toHaveCount(0);
  await expect(page.getByTestId("ratings-table").locator("tbody tr")).not.toHaveCount(0);
  expect(
    await page
      .locator(".recharts-responsive-container")
      .evaluateAll((els) => els.every((e) => e.closest('[aria-hidden="true"]'))),
  ).toBe(true);
  // …and out of the keyboard's way: nothing inside them takes focus (axe aria-hidden-focus).
  expect(
    await page
      .locator(
        '[aria-hidden="true"] [tabindex]:not([tabindex="-1"]), [aria-hidden="true"] a, [aria-hidden="true"] button',
      )
      .count(),
  ).toBe(0);
  expect(errors).toEqual([]);
});

/** This year in Vietnam: provisional in the demo data, with dossiers still waiting. */
const thisYear = Number(
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()).slice(0, 4),
);

test("changing a filter changes the numbers and the URL", async ({ page }) => {
  // This year has unapproved dossiers (the default view, the last closed year, has none).
  await page.goto(`/?nam=${thisYear}`);
  const before = await page.getByTestId("value-HTX_GOOD_FAIR").textContent();
  const beforeFormula = await page.getByTestId("formula-HTX_GOOD_FAIR").textContent();

  await page.getByLabel("Tính cả số liệu chưa được duyệt").check();
  await expect(page).toHaveURL(/chua_duyet=1/);
  await expect(page.getByTestId("dashboard-scope")).toContainText("gồm cả số liệu chưa duyệt");
  const formulaWithPending = await page.getByTestId("formula-HTX_GOOD_FAIR").textContent();
  expect(formulaWithPending).not.toBe(beforeFormula);

  await page.getByLabel("Năm số liệu").selectOption("2023");
  await expect(page).toHaveURL(/nam=2023/);
  await expect(page.getByTestId("dashboard-scope")).toContainText("năm 2023, tính đến ngày 31/12/2023");
  const in2023 = parseVi(await page.getByTestId("value-HTX_COUNT").textContent());
  expect(in2023).toBeGreaterThan(0);

  // A shared link reproduces the same view.
  const url = page.url();
  const again = await page.context().newPage();
  await again.goto(url);
  expect(parseVi(await again.getByTestId("value-HTX_COUNT").textContent())).toBe(in2023);
  expect(before).not.toBeNull();
});

test("the dashboard fits a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByTestId("target-THT_COUNT")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
