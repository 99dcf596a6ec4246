import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// One journey through data entry and approval, each role in its own browser context.
const suffix = String(Date.now()).slice(-6);
const code = `HTX-E2E-${suffix}`;
const orgName = `HTX Dừa sáp thử nghiệm ${suffix}`;
const members = [`Nguyễn Văn Thử ${suffix}`, `Trần Thị Nghiệm ${suffix}`];
const year = new Date().getFullYear();

async function as(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

test("a commune official enters a cooperative, the district approves it, the committee only reads", async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // 1. The commune official of Bình Phú creates a cooperative.
  const commune = await as(browser, "xa.binhphu");
  await commune.goto("/to-chuc");
  await commune.getByRole("link", { name: "Thêm tổ chức" }).click();
  await expect(commune.getByRole("heading", { name: "Thêm tổ chức kinh tế tập thể" })).toBeVisible();
  // The picker offers the units that existed on the founding date: Bình Phú (dissolved
  // 30/06/2025) for a cooperative founded in 2020, marked as old.
  await commune.getByLabel("Ngày thành lập").fill("2020-01-15");
  const communeOptions = await commune.getByLabel("Xã, thị trấn").locator("option").allTextContents();
  expect(communeOptions.length).toBeGreaterThan(0);
  for (const o of communeOptions) expect(o).toContain("Bình Phú (cũ)");
  await commune.getByLabel("Mã tổ chức").fill(code);
  await commune.getByLabel("Tên tổ chức").fill(orgName);
  await commune.getByLabel("Loại hình").selectOption("HTX");
  await commune.getByLabel("Lĩnh vực").selectOption("AGRICULTURE");
  await commune.getByLabel("Sản phẩm, dịch vụ chính").fill("Dừa sáp, bưởi");
  await commune.getByRole("button", { name: "Tạo tổ chức" }).click();
  await expect(commune.getByRole("status").filter({ hasText: "Đã tạo tổ chức" })).toBeVisible();
  const href = await commune.getByRole("link", { name: "Mở hồ sơ" }).getAttribute("href");
  const orgId = Number(href!.split("/").pop());
  expect(orgId).toBeGreaterThan(0);

  // 2. Two members.
  await commune.getByRole("link", { name: "Thêm thành viên" }).click();
  await expect(commune.getByRole("heading", { name: /Sổ thành viên/ })).toBeVisible();
  for (const [i, name] of members.entries()) {
    await commune.getByLabel("Họ và tên").fill(name);
    await commune.getByLabel("Năm sinh").fill(String(1970 + i));
    await commune.getByLabel("Vốn góp (đồng)").fill("5.000.000");
    await commune.getByRole("button", { name: "Thêm thành viên" }).click();
    await expect(commune.getByTestId("members-table")).toContainText(name);
  }
  await expect(commune.getByTestId("member-total")).toContainText("2 thành viên hiện tại");

  // 3. The yearly report of the current year, then submit it.
  await commune
    .getByRole("link", { name: `Số liệu năm ${year}` })
    .first()
    .click();
  // One place for the year: its steps at the top, each a link to its part.
  const steps = commune.getByRole("navigation", { name: `Các bước của hồ sơ năm ${year}` });
  for (const step of ["1. Báo cáo & xếp loại", "2. Chuyển đổi số", "3. Hỗ trợ", "4. Gửi duyệt"])
    await expect(steps.getByRole("link", { name: step })).toBeVisible();
  await expect(commune.getByRole("heading", { name: `Báo cáo và xếp loại năm ${year}` })).toBeVisible();
  await commune.getByLabel("Số thành viên", { exact: true }).fill("2");
  await commune.getByLabel("Số lao động").fill("3");
  await commune.getByLabel("Doanh thu (đồng)").fill("1.250.000.000");
  // A mistyped amount is reported beside its field before anything is sent.
  await commune.getByLabel("Vốn điều lệ (đồng)").fill("1,5");
  await commune.getByRole("button", { name: "Lưu số liệu năm" }).click();
  await expect(commune.getByLabel("Vốn điều lệ (đồng)")).toHaveAccessibleDescription(/không có phần lẻ/);
  await expect(commune.getByLabel("Doanh thu (đồng)")).toHaveValue("1.250.000.000");
  await commune.getByLabel("Vốn điều lệ (đồng)").fill("");
  // The rating is not known yet ("Chưa nhập xếp loại", the default): the report alone is saved.
  await expect(commune.getByRole("radio", { name: "Chưa nhập xếp loại" })).toBeChecked();
  await commune.getByRole("button", { name: "Lưu số liệu năm" }).click();
  await expect(commune.getByText(`Đã lưu số liệu năm ${year}.`)).toBeVisible();
  await expect(commune.getByTestId("approval-status")).toContainText("Nháp");
  await expect(steps.getByRole("link", { name: "1. Báo cáo & xếp loại" })).toContainText("chưa xếp loại");
  // A digital-transformation practice of the year: year-keyed data, counted by the
  // dashboard (approved data only, its default) once the district approves the year.
  await commune.getByRole("button", { name: "Thêm hình thức" }).click();
  await expect(commune.getByText("Đã ghi nhận.")).toBeVisible();
  await commune.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(commune.getByTestId("approval-status")).toContainText("Đã gửi");

  // 4. The district officer approves it from the queue, and the dashboard figure moves.
  const district = await as(browser, "phongtckh");
  const digitalNumerator = async () => {
    // the year of the dossier, explicitly: the overview opens on the latest closed year
    await district.goto(`/?nam=${year}`);
    const formula = await district.getByTestId("formula-ORG_DIGITAL").textContent();
    return Number((formula ?? "").split(" ")[0].replace(/\./g, ""));
  };
  const digitalBefore = await digitalNumerator();
  await district.goto(`/duyet-so-lieu?nam=${year}`);
  const item = district.getByTestId("pending-list").locator("tbody tr").filter({ hasText: orgName });
  await expect(item).toBeVisible();
  await item.getByRole("link", { name: orgName }).click();
  await district.getByRole("button", { name: "Duyệt hồ sơ" }).click();
  await district
    .getByRole("dialog", { name: `Duyệt hồ sơ năm ${year} của ${orgName}?` })
    .getByRole("button", { name: "Xác nhận duyệt" })
    .click();
  await expect(
    district.getByRole("status").filter({ hasText: `Đã duyệt hồ sơ năm ${year} của ${orgName}` }),
  ).toBeVisible();
  await district.goto(`/duyet-so-lieu?nam=${year}`);
  await expect(district.getByText(orgName)).toHaveCount(0);
  expect(await digitalNumerator()).toBe(digitalBefore + 1);
  await district.goto(`/to-chuc/${orgId}/nam/${year}`);
  await expect(district.getByTestId("approval-status")).toContainText("Đã duyệt");
  await expect(
    district.getByRole("note").filter({ hasText: `Số liệu năm ${year} của tổ chức này đã được duyệt` }),
  ).toBeVisible();

  // 5. The committee member sees the organisation but no edit buttons, and is refused the edit page.
  const committee = await as(browser, "thuongtruc");
  await committee.goto(`/to-chuc/${orgId}`);
  await expect(committee.getByRole("heading", { name: orgName })).toBeVisible();
  await expect(committee.getByRole("heading", { name: "Sửa / Nhập số liệu" })).toHaveCount(0);
  await expect(committee.getByRole("link", { name: /Sửa thông tin/ })).toHaveCount(0);
  await committee.goto("/to-chuc");
  await expect(committee.getByRole("link", { name: "Thêm tổ chức" })).toHaveCount(0);
  await committee.goto(`/to-chuc/${orgId}/sua`);
  await expect(committee.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
  await expect(committee.getByRole("button", { name: "Lưu thông tin" })).toHaveCount(0);

  // 6. The commune official cannot open the edit page of another commune's organisation.
  // The list opens on their own commune; the whole area is one link away.
  await commune.goto("/to-chuc");
  await expect(commune.getByTestId("own-communes")).toContainText("Bình Phú");
  for (const cell of await commune.locator("tbody tr td:nth-child(4)").allTextContents())
    expect(cell).toContain("Bình Phú");
  await commune.getByRole("link", { name: "Xem toàn địa bàn" }).click();
  await expect(commune).toHaveURL(/pham-vi=tat-ca/);
  const rows = commune.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  let otherHref: string | null = null;
  for (let i = 0; i < (await rows.count()) && !otherHref; i++) {
    const cells = rows.nth(i).locator("td");
    if (!(await cells.nth(3).innerText()).includes("Bình Phú")) {
      otherHref = await cells.nth(1).getByRole("link").getAttribute("href");
    }
  }
  expect(otherHref).not.toBeNull();
  await commune.goto(`${otherHref}/sua`);
  await expect(commune.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
  await expect(commune.getByRole("button", { name: "Lưu thông tin" })).toHaveCount(0);
  // Its own organisation's edit page works.
  await commune.goto(`/to-chuc/${orgId}/sua`);
  await expect(commune.getByRole("button", { name: "Lưu thông tin" })).toBeVisible();
});
