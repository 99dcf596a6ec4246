import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// The approval gate as people use it, on data the journey creates itself (so changes to
// the demo data cannot break it): a commune official creates a cooperative and sends its
// dossiers; the district approves last year's together with other clean ones, then opens
// this year's whole submission with its changes against last year; a content change after
// the reviewer opened it is refused with a conflict; approving asks for confirmation and
// says what happened; the overview (approved data only, its default) moves only then.

const suffix = String(Date.now()).slice(-6);
const code = `HTX-DUYET-${suffix}`;
const orgName = `HTX Rau sạch duyệt thử ${suffix}`;
const members = [`Phạm Văn Duyệt ${suffix}`, `Võ Thị Gửi ${suffix}`];
/** The current year in Vietnam (the app's "today"). */
const year = Number(
  new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()),
);
const lastYear = year - 1;

async function as(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/** No WCAG 2.1 A/AA violation in the page's main content (axe-core, as shipped with the
 *  project's eslint-plugin-jsx-a11y). */
async function expectAccessible(page: Page, label: string) {
  await page.addScriptTag({ path: path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }).axe;
    type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const result = await axe.run(document.querySelector("main"), {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  expect(violations, `accessibility of ${label}`).toEqual([]);
}

/** "Thành viên hợp tác xã" on the overview of the year, approved data only (the default). */
async function htxMembers(page: Page): Promise<number> {
  await page.goto(`/?nam=${year}`);
  const text = (await page.getByTestId("value-HTX_MEMBERS").textContent()) ?? "";
  const n = Number(text.replace(/\D/g, ""));
  expect(Number.isFinite(n) && /\d/.test(text), `a figure, not "${text}"`).toBe(true);
  return n;
}

/** The year's one form: the report and, when a score is given, the rating; one save. */
async function fillReport(
  page: Page,
  figures: { members?: string; employees: string; revenue: string; score?: string },
) {
  if (figures.members) await page.getByLabel("Số thành viên", { exact: true }).fill(figures.members);
  await page.getByLabel("Số lao động").fill(figures.employees);
  await page.getByLabel("Doanh thu (đồng)").fill(figures.revenue);
  if (figures.score) {
    await page.getByRole("radio", { name: "Có điểm đánh giá" }).check();
    await page.getByLabel("Điểm (0–100)").fill(figures.score);
  }
  await page.getByRole("button", { name: "Lưu số liệu năm" }).click();
  await expect(page.getByText(/^Đã lưu số liệu năm \d{4}/)).toBeVisible();
}

test("a commune official submits, the district reviews the whole submission and approves; the overview moves only then", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const district = await as(browser, "phongtckh");
  const membersBefore = await htxMembers(district);

  // 1. The commune official of Bình Phú creates a cooperative: a change not sent yet.
  const commune = await as(browser, "xa.binhphu");
  await commune.goto("/to-chuc/moi");
  await commune.getByLabel("Mã tổ chức").fill(code);
  await commune.getByLabel("Tên tổ chức").fill(orgName);
  await commune.getByLabel("Loại hình").selectOption("HTX");
  await commune.getByLabel("Lĩnh vực").selectOption("AGRICULTURE");
  await commune.getByLabel("Ngày thành lập").fill("2020-01-15");
  await commune.getByRole("button", { name: "Tạo tổ chức" }).click();
  await expect(commune.getByRole("status").filter({ hasText: "Đã tạo tổ chức" })).toBeVisible();
  const href = await commune.getByRole("link", { name: "Mở hồ sơ" }).getAttribute("href");
  const orgId = Number(href!.split("/").pop());
  expect(orgId).toBeGreaterThan(0);
  await commune.goto(`/to-chuc?q=${code}`);
  const listed = commune.locator("tbody tr").filter({ hasText: orgName });
  await expect(listed.getByTestId("badge-unsent")).toBeVisible();

  // 2. Last year's dossier, complete (report and rating): sent, then approved by the
  //    district together with any other clean dossier, with one confirmation.
  await commune.goto(`/to-chuc/${orgId}/nam/${lastYear}`);
  await fillReport(commune, { employees: "3", revenue: "1.000.000.000", score: "82,5" });
  await expect(commune.getByText(`Đã lưu số liệu năm ${lastYear}: xếp loại`)).toBeVisible();
  await commune.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(commune.getByRole("status").filter({ hasText: `Đã gửi duyệt hồ sơ năm ${lastYear}` })).toBeVisible();

  await district.goto(`/duyet-so-lieu?nam=${lastYear}`);
  await district.getByRole("checkbox", { name: `Chọn hồ sơ ${orgName} để duyệt cùng lúc` }).check();
  await district.getByRole("button", { name: "Duyệt 1 hồ sơ đã chọn" }).click();
  const many = district.getByRole("dialog", { name: `Duyệt 1 hồ sơ năm ${lastYear}?` });
  await expect(many).toContainText(orgName);
  await many.getByRole("button", { name: "Xác nhận duyệt" }).click();
  await expect(
    district.getByRole("status").filter({ hasText: `Đã duyệt 1 hồ sơ năm ${lastYear}: ${orgName}` }),
  ).toBeVisible();

  // 3. This year: two members join, the report; the checklist warns (no rating), the
  //    official sends anyway; every form of the dossier is then read-only.
  await commune.goto(`/to-chuc/${orgId}/thanh-vien`);
  for (const [i, name] of members.entries()) {
    await commune.getByLabel("Họ và tên").fill(name);
    await commune.getByLabel("Năm sinh").fill(String(1975 + i));
    await commune.getByLabel("Ngày vào").fill(`${year}-01-01`);
    await commune.getByLabel("Vốn góp (đồng)").fill("5.000.000");
    await commune.getByRole("button", { name: "Thêm thành viên" }).click();
    await expect(commune.getByTestId("members-table")).toContainText(name);
  }
  await expect(commune.getByTestId("members-table").getByTestId("badge-unsent")).toHaveCount(2);
  await commune.goto(`/to-chuc/${orgId}/nam/${year}`);
  await fillReport(commune, { members: "2", employees: "3", revenue: "1.250.000.000" });
  await expect(commune.getByTestId("submit-checklist")).toContainText(`Hợp tác xã chưa có xếp loại năm ${year}`);
  await commune.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(commune.getByRole("status").filter({ hasText: `Đã gửi duyệt hồ sơ năm ${year}` })).toBeVisible();
  await expect(commune.getByTestId("approval-status")).toContainText("Đã gửi");
  const lockNote = commune.getByRole("note").filter({ hasText: `Hồ sơ năm ${year} đã gửi duyệt` });
  await expect(lockNote).toContainText("đang chờ huyện duyệt");
  await expect(commune.getByLabel("Doanh thu (đồng)")).toBeDisabled();
  await expect(commune.getByRole("button", { name: "Lưu số liệu năm" })).toBeDisabled();
  await expectAccessible(commune, "the locked year dossier");
  await commune.goto(`/to-chuc/${orgId}/thanh-vien`);
  await expect(commune.getByRole("note").filter({ hasText: "sổ thành viên chỉ xem" })).toBeVisible();
  await expect(commune.getByRole("button", { name: "Thêm thành viên" })).toBeDisabled();
  await commune.goto(`/to-chuc?q=${code}`);
  await expect(listed.getByTestId("badge-waiting")).toBeVisible();
  await expectAccessible(commune, "the organisation list with approval badges");

  // 4. Sent is not approved: the overview has not moved.
  expect(await htxMembers(district)).toBe(membersBefore);

  // 5. The reviewer opens the whole submission: the new members, the report against last year.
  await district.goto(`/duyet-so-lieu?nam=${year}`);
  const row = district.getByTestId("pending-list").locator("tbody tr").filter({ hasText: orgName });
  await expect(row).toContainText("Xã Bình Phú");
  await expect(row).toContainText(`chưa có xếp loại năm ${year}`);
  await expect(row.getByRole("checkbox")).toHaveCount(0); // flagged: approved on its own
  await expectAccessible(district, "the approval queue");
  await row.getByRole("link", { name: orgName }).click();
  await expect(district.getByRole("heading", { name: `Hồ sơ năm ${year}: ${orgName}` })).toBeVisible();
  const memberChanges = district.getByTestId("member-changes");
  for (const name of members)
    await expect(memberChanges.locator("tr").filter({ hasText: name })).toContainText("Vào tổ chức");
  const revenue = district.getByTestId("report-comparison").locator("tr").filter({ hasText: "Doanh thu" });
  await expect(revenue).toContainText("1 tỷ đồng");
  await expect(revenue).toContainText("1,25 tỷ đồng");
  await expect(revenue).toContainText("+25,0 %");
  await expect(district.getByRole("columnheader", { name: `Năm ${lastYear} (đã duyệt)` })).toBeVisible();
  await expect(district.getByTestId("submission-flags")).toContainText(`chưa có xếp loại năm ${year}`);
  await expectAccessible(district, "the whole submission");

  // 6. Meanwhile the commune withdraws it (keyboard only: the dialog takes the focus),
  //    corrects the revenue and sends it again.
  await commune.goto(`/to-chuc/${orgId}/nam/${year}`);
  await commune.getByRole("button", { name: "Rút lại để sửa" }).focus();
  await commune.keyboard.press("Enter");
  const withdraw = commune.getByRole("dialog", { name: `Rút lại hồ sơ năm ${year}?` });
  await expect(withdraw).toContainText("bản nháp");
  await expect(withdraw.getByRole("button", { name: "Huỷ" })).toBeFocused();
  await commune.keyboard.press("Tab");
  await expect(withdraw.getByRole("button", { name: "Rút lại để sửa" })).toBeFocused();
  await commune.keyboard.press("Enter");
  await expect(commune.getByRole("status").filter({ hasText: `Đã rút lại hồ sơ năm ${year}` })).toBeVisible();
  await expect(commune.getByLabel("Doanh thu (đồng)")).toBeEnabled();
  await fillReport(commune, { employees: "3", revenue: "1.500.000.000" });
  await commune.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(commune.getByTestId("approval-status")).toContainText("Đã gửi");

  // 7. The reviewer, still on the old page, approves: refused, with the conflict said.
  await district.getByRole("button", { name: "Duyệt hồ sơ" }).click();
  const confirmStale = district.getByRole("dialog", { name: `Duyệt hồ sơ năm ${year} của ${orgName}?` });
  await expect(confirmStale).toBeVisible();
  await district.keyboard.press("Escape"); // Escape cancels …
  await expect(confirmStale).toBeHidden();
  await district.getByRole("button", { name: "Duyệt hồ sơ" }).click(); // … then confirm for real
  await confirmStale.getByRole("button", { name: "Xác nhận duyệt" }).click();
  await expect(
    district.getByRole("alert").filter({ hasText: "Hồ sơ đã thay đổi sau khi bạn mở trang duyệt" }),
  ).toBeVisible();
  expect(await htxMembers(district)).toBe(membersBefore);

  // 8. Reloaded, the new content; approved with confirmation; a message says what happened.
  await district.goto(`/duyet-so-lieu/${orgId}/${year}`);
  await expect(revenue).toContainText("1,5 tỷ đồng");
  await expect(revenue).toContainText("+50,0 %");
  await district.getByRole("button", { name: "Duyệt hồ sơ" }).click();
  const confirm = district.getByRole("dialog", { name: `Duyệt hồ sơ năm ${year} của ${orgName}?` });
  await expect(confirm).toContainText("sẽ được tính vào các chỉ tiêu");
  await expect(confirm).toContainText("1 cảnh báo");
  await confirm.getByRole("button", { name: "Xác nhận duyệt" }).click();
  await expect(
    district
      .getByRole("status")
      .filter({ hasText: `Đã duyệt hồ sơ năm ${year} của ${orgName}; số liệu đã được tính vào các chỉ tiêu.` }),
  ).toBeVisible();
  await expect(district.getByTestId("submission-status")).toContainText("Đã duyệt");

  // 9. Only now does the overview move: the two new members count.
  expect(await htxMembers(district)).toBe(membersBefore + 2);
  await commune.goto(`/to-chuc?q=${code}`);
  await expect(listed.getByTestId("badge-waiting")).toHaveCount(0);
  await expect(listed.getByTestId("badge-unsent")).toHaveCount(0);
});
