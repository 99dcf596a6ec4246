// What a user meets in an English-language browser and on destructive actions (issue 14):
// dates typed day first, Vietnamese messages instead of the browser's own, a Vietnamese
// 404, and "Cho ra" that asks first and can be undone.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { signIn } from "./support/sign-in";

const suffix = String(Date.now()).slice(-6);

async function joinedOn(name: string): Promise<string | null> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(
      `SELECT to_char(m."joinedOn", 'YYYY-MM-DD') AS d FROM "Membership" m JOIN "Person" p ON p.id = m."personId" WHERE p."fullName" = $1`,
      [name],
    );
    return (r.rows[0]?.d as string | undefined) ?? null;
  } finally {
    await client.end();
  }
}

test.use({ locale: "en-US", timezoneId: "America/New_York" });

test("in an en-US browser: a day typed 12/03/2025 is 12 March; 'Cho ra' asks, then can be undone", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "xa.binhphu");
  await page.goto("/to-chuc/moi");
  const name = `THT Rau an toàn ${suffix}`;
  await page.getByLabel("Mã tổ chức").fill(`THT-UX-${suffix}`);
  await page.getByLabel("Tên tổ chức").fill(name);
  await page.getByLabel("Loại hình").selectOption("THT");
  await page.getByLabel("Lĩnh vực").selectOption("AGRICULTURE");
  // not a native date control: a plain field that reads day first
  await expect(page.getByLabel("Ngày thành lập")).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await page.getByLabel("Ngày thành lập").fill("31/02/2020");
  await page.getByRole("button", { name: "Tạo tổ chức" }).click();
  await expect(page.getByText(/Ngày thành lập không hợp lệ: nhập theo ngày\/tháng\/năm/)).toBeVisible();
  await page.getByLabel("Ngày thành lập").fill("15/01/2020");
  await page.getByRole("button", { name: "Tạo tổ chức" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã tạo tổ chức" })).toBeVisible();
  // the notice's links lead on; wait for the dossier before looking for its own links,
  // or the notice's "Thêm thành viên" may be found just as the page is replaced
  await page.getByRole("link", { name: "Mở hồ sơ" }).click();
  await expect(page).toHaveURL(/\/to-chuc\/\d+$/);
  await page.getByRole("link", { name: "Sổ thành viên" }).click();
  await expect(page).toHaveURL(/\/to-chuc\/\d+\/thanh-vien$/);

  // an empty required field: the app's Vietnamese message, never the browser's bubble
  await page.getByRole("button", { name: "Thêm thành viên" }).click();
  await expect(page.getByText(/Hãy nhập họ và tên/i)).toBeVisible();

  const member = `Võ Thị Ngày ${suffix}`;
  await page.getByLabel("Họ và tên").fill(member);
  await page.getByLabel("Năm sinh").fill("1980");
  await page.getByLabel("Ngày vào").fill("12/03/2025");
  await page.getByRole("button", { name: "Thêm thành viên" }).click();
  const table = page.getByTestId("members-table");
  const row = table.getByRole("row").filter({ hasText: member });
  await expect(row).toContainText("12/03/2025");
  const stored = await joinedOn(member);
  if (stored !== null) expect(stored).toBe("2025-03-12");

  // "Cho ra" asks first; "Huỷ" sends nothing
  await row.getByRole("button", { name: `Cho ${member} ra khỏi tổ chức` }).click();
  await expect(row.getByText(`Cho ${member} ra khỏi tổ chức?`)).toBeVisible();
  await row.getByRole("button", { name: "Huỷ" }).click();
  await expect(row.getByRole("button", { name: `Cho ${member} ra khỏi tổ chức` })).toBeFocused();
  await row.getByLabel(`Ngày ra của ${member}`).fill("01/06/2025");
  await row.getByRole("button", { name: `Cho ${member} ra khỏi tổ chức` }).click();
  await row.getByRole("button", { name: "Cho ra", exact: true }).click();
  const notice = page.getByTestId("notice");
  await expect(notice).toContainText(`Đã cho ${member} ra khỏi tổ chức từ ngày 01/06/2025.`);
  await expect(row).toContainText("01/06/2025");
  await expect(page.getByTestId("member-total")).toContainText("0 thành viên hiện tại");
  await notice.getByRole("button", { name: "Hoàn tác" }).click();
  await expect(notice).toContainText(`Đã hoàn tác: ${member} vẫn là thành viên.`);
  await expect(page.getByTestId("member-total")).toContainText("1 thành viên hiện tại");
  await expect(row.getByRole("button", { name: `Cho ${member} ra khỏi tổ chức` })).toBeVisible();
});

test("an unknown address answers with a Vietnamese page, not Next's English one", async ({ page }) => {
  await signIn(page, "thuongtruc");
  const res = await page.goto("/khong-co-trang-nay");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByText("This page could not be found")).toHaveCount(0);
});
