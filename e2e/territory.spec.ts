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

/** The texts of a picker's choices: a select's options (not an empty "choose" one), or a
 *  fieldset's checkbox labels. */
async function choices(picker: Locator): Promise<string[]> {
  const tag = await picker.evaluate((el) => el.tagName);
  const texts =
    tag === "SELECT"
      ? await picker.locator('option:not([value=""])').allTextContents()
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

  // before the confirmation: only the old commune, which takes no new organisation, only
  // one founded before the merger
  let official = await as(browser, username, password);
  await expect(official.getByTestId("user-role")).toContainText("Xã Yên Luông (cũ)");
  await official.goto("/to-chuc/moi");
  const commune = official.getByLabel("Xã, thị trấn");
  expect(await choices(commune)).toEqual([]);
  await official.getByLabel("Ngày thành lập").fill("01/05/2023");
  await expect.poll(() => choices(commune)).toEqual(["Xã Yên Luông (cũ) – nay thuộc xã Phú Thành"]);

  // the administrator confirms in one step
  await admin.reload();
  const item = admin.locator("li", { hasText: username });
  await item.getByRole("button", { name: "Thêm Xã Phú Thành" }).click();
  await expect(admin.getByText(/Đã thêm Xã Phú Thành vào địa bàn/)).toBeVisible();

  // after it: Phú Thành for new organisations; for one founded before the merger, every old
  // commune Phú Thành took over (their history is the account's now)
  official = await as(browser, username, password);
  await expect(official.getByTestId("user-role")).toContainText("Xã Phú Thành");
  await official.goto("/to-chuc/moi");
  expect(await choices(official.getByLabel("Xã, thị trấn"))).toEqual(["Xã Phú Thành"]);
  await official.getByLabel("Ngày thành lập").fill("01/05/2023");
  await expect
    .poll(() => choices(official.getByLabel("Xã, thị trấn")))
    .toEqual([
      "Xã Bình Phú (cũ) – nay thuộc xã Phú Thành",
      "Xã Thành Công (cũ) – nay thuộc xã Phú Thành",
      "Xã Yên Luông (cũ) – nay thuộc xã Phú Thành",
    ]);
  const code = `PT-E2E-${Date.now() % 100000}`;
  await official.getByLabel("Mã tổ chức").fill(code);
  await official.getByLabel("Tên tổ chức").fill("Hợp tác xã Phú Thành Mới");
  await official.getByLabel("Loại hình").selectOption("HTX");
  await official.getByLabel("Lĩnh vực").selectOption("AGRICULTURE");
  await official.getByLabel("Ngày thành lập").fill("15/03/2026");
  await official.getByLabel("Xã, thị trấn").selectOption({ label: "Xã Phú Thành" });
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
    ["/nhap-xuat", (p) => p.getByLabel("Xã, thị trấn")],
    ["/?nam=2024", (p) => p.locator("fieldset", { has: p.locator('input[name="xa"]') })],
  ];
  for (const [url, picker] of pickers) {
    await admin.goto(url);
    expectCurrentFirstAndMarked(await choices(picker(admin).first()), url);
  }
  // a new organisation's picker offers the units of its founding date: the current ones for
  // today, the old ones, marked, for a date before the merger
  await admin.goto("/to-chuc/moi");
  const newOrgCommune = admin.getByLabel("Xã, thị trấn");
  expect(await choices(newOrgCommune)).toEqual([
    "Xã Đồng Sơn",
    "Xã Long Bình",
    "Xã Phú Thành",
    "Xã Vĩnh Bình",
    "Xã Vĩnh Hựu",
  ]);
  await admin.getByLabel("Ngày thành lập").fill("01/05/2023");
  await expect.poll(async () => (await choices(newOrgCommune)).length).toBe(13);
  const old = await choices(newOrgCommune);
  expect(new Set(old).size).toBe(old.length);
  expect(old.every((t) => t.includes("(cũ) – nay thuộc xã"))).toBe(true);

  const checkboxLabels = (scope: Locator) =>
    scope
      .locator('input[name="communeIds"]')
      .evaluateAll((inputs) => inputs.map((i) => (i.closest("label")?.textContent ?? "").trim())) as Promise<string[]>;
  await admin.goto("/quan-tri/nguoi-dung");
  expectCurrentFirstAndMarked(
    await checkboxLabels(admin.locator("form", { hasText: "Tạo tài khoản" })),
    "/quan-tri/nguoi-dung",
  );
  await admin.goto("/bao-cao/tao-moi");
  expectCurrentFirstAndMarked(await checkboxLabels(admin.locator("main")), "/bao-cao/tao-moi");
});

test("no unit is listed twice under one label: tables and lists of units", async ({ browser }) => {
  const admin = await as(browser, "admin");
  const texts = async (l: Locator) => (await l.allTextContents()).map((t) => t.trim());
  // one row a unit: current units first, old ones marked
  const lists: [string, (p: typeof admin) => Locator][] = [
    ["/duyet-so-lieu", (p) => p.getByTestId("pending-by-commune").locator("tbody th")],
    ["/bao-cao", (p) => p.getByTestId("commune-summary").locator("tbody th")],
    ["/quan-tri", (p) => p.getByTestId("commune-units").locator("li > span:first-child")],
  ];
  for (const [url, rows] of lists) {
    await admin.goto(url);
    expectCurrentFirstAndMarked(await texts(rows(admin)), url);
  }

  // the data-quality table of a year before the arrangement: only old units, each marked
  // with where it counts today, none twice
  await admin.goto("/chat-luong?nam=2024");
  const quality = await texts(admin.getByTestId("completeness-table").locator("tbody th"));
  expect(quality.length).toBe(13);
  expect(new Set(quality).size).toBe(quality.length);
  expect(quality.every((t) => /\(cũ\) – nay thuộc xã /.test(t))).toBe(true);

  // a column of units (one row an organisation or a dossier) names each unit by a label of
  // the list above it: the approval queue by the table by commune, the organisations by
  // the commune filter, and some of them are old units
  await admin.goto("/duyet-so-lieu");
  const byCommune = await texts(admin.getByTestId("pending-by-commune").locator("tbody th"));
  const queue = await texts(
    admin.getByRole("region", { name: /^Hồ sơ chờ duyệt/ }).locator("tbody tr td:nth-child(3)"),
  );
  expect(queue.length, "the current year's queue has dossiers").toBeGreaterThan(0);
  expect(queue.filter((t) => !byCommune.includes(t))).toEqual([]);

  await admin.goto("/to-chuc");
  const offered = await choices(admin.getByLabel("Xã, thị trấn"));
  const column = await texts(admin.getByRole("table").locator("tbody tr td:nth-child(4)"));
  expect(column.length).toBeGreaterThan(0);
  expect(column.filter((t) => !offered.includes(t))).toEqual([]);
  expect(column.some((t) => t.includes("(cũ)"))).toBe(true);
});
