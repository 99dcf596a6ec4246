import { expect, test, type Browser, type Locator } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support/sign-in";

// The 2025 reorganisation where people touch it (issue 11): an account of a dissolved
// commune is offered its successor once the administrator confirms, creates an
// organisation there and keeps its old commune's history; every unit picker lists the
// current units first and marks the old ones, and never shows one label twice.

async function as(browser: Browser, username: string, password = DEMO_PASSWORD) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username, password);
  return page;
}

/** The texts of a picker's choices: a select's options, or a fieldset's checkbox labels. */
async function choices(picker: Locator): Promise<string[]> {
  const tag = await picker.evaluate((el) => el.tagName);
  const texts =
    tag === "SELECT"
      ? await picker.locator("option").allTextContents()
      : await picker.locator("label").allTextContents();
  return texts.map((t) => t.trim()).filter((t) => t && t !== "Tất cả" && t !== "(chưa có)");
}

function expectCurrentFirstAndMarked(list: string[], where: string) {
  expect(list.length, where).toBeGreaterThan(3);
  expect(new Set(list).size, `${where}: a unit label appears twice`).toBe(list.length);
  const firstOld = list.findIndex((t) => t.includes("(cũ)"));
  expect(firstOld, `${where}: old units are marked`).toBeGreaterThan(0);
  expect(
    list.slice(firstOld).every((t) => t.includes("(cũ)")),
    `${where}: current units first`,
  ).toBe(true);
}

test("an official of a dissolved commune gets its successor after the administrator confirms", async ({ browser }) => {
  const username = `xa.yenluong.${Date.now() % 100000}`;
  const password = "mat-khau-xa-cu-2026";
  const admin = await as(browser, "admin");
  await admin.goto("/quan-tri/nguoi-dung");
  const form = admin
    .getByRole("form", { name: /tạo tài khoản/i })
    .or(admin.locator("form", { hasText: "Tạo tài khoản" }));
  await form.getByLabel("Tên đăng nhập").fill(username);
  await form.getByLabel("Họ và tên").fill("Cán bộ xã Yên Luông cũ");
  await form.getByLabel("Vai trò").selectOption("COMMUNE");
  await form.getByLabel(/Mật khẩu ban đầu/).fill(password);
  await form.getByLabel("Xã Yên Luông (cũ) – nay thuộc xã Phú Thành").check();
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(admin.getByText(/Đã tạo tài khoản/)).toBeVisible();

  // before the confirmation: only the old commune, which cannot take new data
  let official = await as(browser, username, password);
  await expect(official.getByTestId("user-role")).toContainText("Xã Yên Luông (cũ)");
  await official.goto("/to-chuc/moi");
  expect(await choices(official.getByLabel("Xã, thị trấn"))).toEqual(["Xã Yên Luông (cũ) – nay thuộc xã Phú Thành"]);

  // the administrator confirms in one step
  await admin.reload();
  const item = admin.locator("li", { hasText: username });
  await item.getByRole("button", { name: "Thêm Xã Phú Thành" }).click();
  await expect(admin.getByText(/Đã thêm Xã Phú Thành vào địa bàn/)).toBeVisible();

  official = await as(browser, username, password);
  await expect(official.getByTestId("user-role")).toContainText("Xã Phú Thành");
  await official.goto("/to-chuc/moi");
  expect(await choices(official.getByLabel("Xã, thị trấn"))).toEqual([
    "Xã Phú Thành",
    "Xã Yên Luông (cũ) – nay thuộc xã Phú Thành",
  ]);
  const code = `PT-E2E-${Date.now() % 100000}`;
  await official.getByLabel("Mã tổ chức").fill(code);
  await official.getByLabel("Tên tổ chức").fill("Hợp tác xã Phú Thành Mới");
  await official.getByLabel("Loại hình").selectOption("HTX");
  await official.getByLabel("Lĩnh vực").selectOption("AGRICULTURE");
  await official.getByLabel("Xã, thị trấn").selectOption({ label: "Xã Phú Thành" });
  await official.getByLabel("Ngày thành lập").fill("2026-03-15");
  await official.getByRole("button", { name: "Tạo tổ chức" }).click();
  await expect(official.getByText(/Đã tạo/)).toBeVisible();

  // the predecessor's history stays in reach: its organisations open for editing
  await official.goto("/to-chuc");
  await official.getByLabel("Xã, thị trấn").selectOption({ label: "Xã Yên Luông (cũ) – nay thuộc xã Phú Thành" });
  await official
    .getByRole("button", { name: /Lọc|Tìm/ })
    .first()
    .click();
  const first = official.getByRole("table").getByRole("link").first();
  await first.click();
  await expect(official.getByText(/nay thuộc xã Phú Thành/).first()).toBeVisible();
  await expect(official.getByRole("link", { name: /Sửa thông tin/ }).first()).toBeVisible();
});

test("every unit picker lists current units first, marks old ones and never repeats a label", async ({ browser }) => {
  const admin = await as(browser, "admin");
  const pickers: [string, (p: typeof admin) => Locator][] = [
    ["/to-chuc", (p) => p.getByLabel("Xã, thị trấn")],
    ["/to-chuc/moi", (p) => p.getByLabel("Xã, thị trấn")],
    ["/nhap-xuat", (p) => p.getByLabel("Xã, thị trấn")],
    ["/?nam=2024", (p) => p.locator("fieldset", { has: p.locator('input[name="xa"]') })],
  ];
  for (const [url, picker] of pickers) {
    await admin.goto(url);
    expectCurrentFirstAndMarked(await choices(picker(admin).first()), url);
  }
  await admin.goto("/quan-tri/nguoi-dung");
  const labels = (await admin
    .locator("form", { hasText: "Tạo tài khoản" })
    .locator('input[name="communeIds"]')
    .evaluateAll((inputs) => inputs.map((i) => (i.closest("label")?.textContent ?? "").trim()))) as string[];
  expectCurrentFirstAndMarked(labels, "/quan-tri/nguoi-dung");
});
