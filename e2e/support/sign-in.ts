import { expect, type Page } from "@playwright/test";

/** The shared password of the demo accounts (src/server/seed/users.ts). */
export const DEMO_PASSWORD = "demo-ktt-2026!";

/** Signs in through the sign-in page and waits until the header holds the user's menu. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  // argon2 verification on a loaded 2-core machine can take seconds. The user menu, not
  // its "Đăng xuất" button: on a phone the button sits behind the folded "Menu".
  await expect(page.getByTestId("user-menu")).toBeAttached({ timeout: 20_000 });
}
