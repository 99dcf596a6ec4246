// Programmes as data (issue 12), as the users meet them: the overview switches from the
// district's programme to Resolution 20-NQ/TW; a one-commune view is judged against what
// the programme allocated to that commune, and not judged without an allocation; an
// admin fills the province template with two targets and sees its overview judge them.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

const suffix = String(Date.now()).slice(-5);

test("switching programme on the overview: Resolution 20-NQ/TW's own targets over the whole country", async ({
  page,
}) => {
  await signIn(page, "thuongtruc");
  await page.goto("/");
  const switcher = page.getByRole("navigation", { name: "Chọn chương trình" });
  await expect(switcher.getByRole("link", { name: /Chương trình 26-CTr\/TU/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("target-LHHTX_COUNT")).toHaveCount(0);
  await switcher.getByRole("link", { name: /Nghị quyết 20-NQ\/TW/ }).click();
  await expect(page).toHaveURL(/chuong_trinh=NQ20/);
  await expect(page.getByTestId("dashboard-programme")).toContainText("Nghị quyết 20-NQ/TW ngày 16/06/2022");
  await expect(page.getByTestId("target-LHHTX_COUNT")).toBeVisible();
  await expect(page.getByTestId("target-HTX_COUNT")).toContainText("45.000");
  await expect(page.getByTestId("target-ORG_GOOD_FAIR")).toBeVisible();
});

test("a commune's view is judged against its allocation, and not judged without one", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin");
  await page.goto("/quan-tri/chi-tieu?chuong_trinh=CTR26-GCT");
  await page
    .getByTestId("target-settings-HTX_COUNT")
    .getByRole("link", { name: "Giao chỉ tiêu cho từng địa bàn" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Giao chỉ tiêu: Số hợp tác xã");
  const fields = page.locator('input[name^="giao_"]');
  await expect(fields).toHaveCount(5);
  const allocatedId = (await fields.nth(0).getAttribute("name"))!.slice("giao_".length);
  const otherId = (await fields.nth(1).getAttribute("name"))!.slice("giao_".length);
  await fields.nth(1).fill("ba");
  await fields.nth(0).fill("1");
  await page.getByRole("button", { name: "Lưu mức giao" }).click();
  await expect(page.getByText("Nhập số, ví dụ 1.500")).toBeVisible();
  await fields.nth(1).fill("");
  await page.getByRole("button", { name: "Lưu mức giao" }).click();
  await expect(page.getByRole("status")).toContainText("Đã lưu mức giao");
  await page.reload();
  await expect(page.getByTestId("allocation-summary")).toContainText("Đã giao 1/5 địa bàn");

  try {
    await page.goto(`/?xa=${allocatedId}`);
    await expect(page.getByTestId("allocated-note")).toContainText("1 chỉ tiêu có mức giao");
    await expect(page.getByTestId("status-HTX_COUNT")).toBeVisible();
    await expect(page.getByTestId("status-HTX_GOOD_FAIR")).toHaveCount(0);

    await page.goto(`/?xa=${otherId}`);
    await expect(page.getByTestId("allocated-note")).toHaveCount(0);
    await expect(page.getByTestId("status-HTX_COUNT")).toHaveCount(0);
  } finally {
    // leave the demo data as other journeys expect it
    await page.goto("/quan-tri/chi-tieu/giao?chuong_trinh=CTR26-GCT&ma=HTX_COUNT");
    await page.locator(`input[name="giao_${allocatedId}"]`).fill("");
    await page.getByRole("button", { name: "Lưu mức giao" }).click();
    await expect(page.getByRole("status")).toContainText("Đã lưu mức giao");
  }
});

test("an admin creates a province's plan over its territory, adds two targets, sees its overview, then deletes it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "admin");
  await page.goto("/quan-tri/chuong-trinh");
  await page.getByRole("link", { name: "Thêm chương trình" }).click();
  const code = `KH-DT-${suffix}`;
  const form = page.getByRole("form", { name: "Chương trình mới" });
  await form.getByLabel("Mã chương trình").fill(code);
  await form.getByLabel("Tên ngắn").fill(`Kế hoạch tỉnh Đồng Tháp ${suffix}`);
  await form.getByLabel("Tên đầy đủ").fill("Kế hoạch thực hiện Nghị quyết 20-NQ/TW của UBND tỉnh Đồng Tháp");
  await form.getByLabel("Cấp ban hành").selectOption("PROVINCE");
  await form.getByLabel("Ngày ban hành").fill("15/03/2023");
  // nothing ticked yet: the territory is asked for, field by field, before any round trip
  await form.getByRole("button", { name: "Tạo chương trình" }).click();
  await expect(form.getByText("Chọn ít nhất một đơn vị")).toBeVisible();
  await form.getByRole("checkbox", { name: "Tỉnh Đồng Tháp", exact: true }).check();
  await form.getByRole("button", { name: "Tạo chương trình" }).click();
  await expect(form.getByRole("status")).toContainText("Đã tạo chương trình");
  await form.getByRole("link", { name: "Thêm chỉ tiêu" }).click();
  await expect(page).toHaveURL(new RegExp(`chuong_trinh=${code}`));

  const add = page.locator("section[aria-labelledby=ct-moi]");
  const targets = [
    { code: `HTX_TINH_${suffix}`, kind: "HTX_COUNT", title: "Số hợp tác xã toàn tỉnh", value: "5" },
    { code: `TOT_KHA_${suffix}`, kind: "ORG_GOOD_FAIR", title: "Tổ chức KTTT tốt, khá", value: "70" },
  ];
  for (const t of targets) {
    await add.getByLabel("Mã chỉ tiêu").fill(t.code);
    await add.getByLabel("Loại chỉ tiêu (cách tính)").selectOption(t.kind);
    await add.getByLabel("Tên chỉ tiêu").fill(t.title);
    await add.getByLabel(/Ngưỡng/).fill(t.value);
    await add.getByLabel("Hiệu lực từ ngày").fill("01/01/2024");
    await add.getByLabel("Nguyên văn trong văn bản").fill(`${t.title} theo kế hoạch của tỉnh`);
    await add.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
    await expect(add.getByRole("status")).toContainText("Đã thêm chỉ tiêu");
    await page.reload();
  }
  await expect(page.getByTestId(`target-settings-${targets[0].code}`)).toBeVisible();

  await page.goto(`/?chuong_trinh=${code}`);
  await expect(page.getByTestId("no-targets")).toHaveCount(0);
  for (const t of targets) await expect(page.getByTestId(`target-${t.code}`)).toBeVisible();
  // the latest closed year is judged: each card carries a status
  await expect(page.getByTestId(`status-${targets[0].code}`)).toBeVisible();

  // no report refers to it: it can be deleted, after a confirmation
  await page.goto("/quan-tri/chuong-trinh");
  const row = page.getByTestId(`programme-${code}`);
  await expect(row).toContainText("2 chỉ tiêu");
  await row.getByRole("button", { name: /^Xoá Kế hoạch tỉnh Đồng Tháp/ }).click();
  await row.getByRole("button", { name: "Xoá", exact: true }).click();
  await expect(page.getByTestId("notice")).toContainText(`Đã xoá Kế hoạch tỉnh Đồng Tháp ${suffix}`);
  await expect(page.getByTestId(`programme-${code}`)).toHaveCount(0);
});
