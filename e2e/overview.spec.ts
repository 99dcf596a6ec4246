import { expect, test } from "@playwright/test";
import pg from "pg";
import { signIn } from "./support/sign-in";

// Expected figures come straight from the database when the app runs on a server
// (E2E_DATABASE_URL); on the embedded database (one owner only) the specs check that
// independent pages computing the same figure agree.
async function sql<T>(query: string): Promise<T[] | null> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(query)).rows as T[];
  } finally {
    await client.end();
  }
}

const parseVi = (s: string | null) => Number((s ?? "").replace(/[^\d]/g, ""));

// Every page requires sign-in (personal data); district staff see the whole district.
test.beforeEach(async ({ page }) => {
  await signIn(page, "phongtckh");
});

test("the overview shows target figures that match the database, marked as demo", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Tổng quan tiến độ các chỉ tiêu" })).toBeVisible();
  await expect(page.getByText("Dữ liệu minh họa (demo)")).toBeVisible();

  const shown = {
    HTX: parseVi(await page.getByTestId("value-HTX_COUNT").textContent()),
    THT: parseVi(await page.getByTestId("value-THT_COUNT").textContent()),
  };
  expect(shown.HTX).toBeGreaterThan(0);
  expect(shown.THT).toBeGreaterThan(0);

  // Active today = the latest status change on or before today is ACTIVE.
  const rows = await sql<{ type: string; n: string }>(
    `SELECT o.type, count(*) AS n FROM "Organisation" o
     WHERE (o."foundedOn" IS NULL OR o."foundedOn" <= current_date)
       AND (SELECT s.status FROM "OrgStatusChange" s WHERE s."organisationId" = o.id AND s."effectiveFrom" <= current_date
            ORDER BY s."effectiveFrom" DESC LIMIT 1) = 'ACTIVE'
     GROUP BY o.type`,
  );
  if (rows) {
    const db = Object.fromEntries(rows.map((r) => [r.type, Number(r.n)]));
    expect(shown.HTX).toBe(db.HTX);
    expect(shown.THT).toBe(db.THT);
  }

  // The organisations list, filtered the same way, must give the same number.
  await page.goto("/to-chuc?type=HTX&status=ACTIVE");
  expect(parseVi(await page.getByTestId("org-total").textContent())).toBe(shown.HTX);
});

test("the organisations list filters by commune, type and status through the URL", async ({ page }) => {
  await page.goto("/to-chuc");
  const all = parseVi(await page.getByTestId("org-total").textContent());
  expect(all).toBeGreaterThan(0);

  await page.getByLabel("Loại hình").selectOption("THT");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/type=THT/);
  const tht = parseVi(await page.getByTestId("org-total").textContent());
  expect(tht).toBeGreaterThan(0);
  expect(tht).toBeLessThan(all);
  const typeCells = await page.locator("tbody tr td:nth-child(3)").allTextContents();
  expect(new Set(typeCells)).toEqual(new Set(["THT"]));

  const commune = page.getByLabel("Xã, thị trấn");
  const firstCommune = await commune.locator("option").nth(1).getAttribute("value");
  await commune.selectOption(firstCommune!);
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(new RegExp(`commune=${firstCommune}`));
  expect(parseVi(await page.getByTestId("org-total").textContent())).toBeLessThanOrEqual(tht);
});
