import fs from "node:fs";
import JSZip from "jszip";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { defaultPeriod } from "../src/domain/reports/period";

// One journey, in order: the district officer creates, writes and publishes; the
// committee member reads, comments and downloads the PDF; the commune official cannot
// publish (no button, and the server refuses a forged submission).
test.describe.configure({ mode: "serial" });

let reportUrl = "";

async function as(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

async function createDraft(page: Page, year: string, kind = "Báo cáo định kỳ") {
  await page.goto("/bao-cao");
  await page.getByRole("link", { name: "Lập báo cáo mới" }).click();
  await expect(page.getByRole("heading", { name: "Lập báo cáo mới" })).toBeVisible();
  await page.getByLabel("Loại báo cáo").selectOption({ label: kind });
  await page.getByLabel("Kỳ báo cáo").selectOption({ label: "Năm" });
  await page.getByRole("combobox", { name: "Năm", exact: true }).selectOption(year);
  await page.getByRole("button", { name: "Lập báo cáo và chốt số liệu" }).click();
  await expect(page).toHaveURL(/\/bao-cao\/\d+$/, { timeout: 30_000 });
  await expect(page.getByTestId("report-status")).toHaveText("Dự thảo");
  return page.url();
}

/** The formal parts a report needs to be issued: its number and its signer. */
async function numberAndSign(page: Page, number: string) {
  await page.getByRole("textbox", { name: "Số, ký hiệu" }).fill(number);
  await page.getByRole("textbox", { name: "Họ tên người ký" }).fill("Nguyễn Văn An");
}

test("the new-report form starts from the period most likely meant today", async ({ browser }) => {
  const page = await as(browser, "phongtckh");
  await page.goto("/bao-cao/tao-moi");
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const expected = defaultPeriod(today);
  await expect(page.getByLabel("Kỳ báo cáo")).toHaveValue(expected.periodType);
  await expect(page.getByLabel("Loại báo cáo")).toHaveValue(expected.kind);
  await expect(page.getByRole("combobox", { name: "Năm", exact: true })).toHaveValue(String(expected.year));
  // The letterhead setting: no district body since 01/07/2025.
  await expect(page.getByRole("textbox", { name: "Cơ quan ban hành" })).toHaveValue("SỞ TÀI CHÍNH");
  await expect(page.getByRole("textbox", { name: "Số, ký hiệu" })).toHaveValue("/BC-STC");
  await page.context().close();
});

test("a district officer creates, writes and publishes a report", async ({ browser }) => {
  const page = await as(browser, "phongtckh");
  reportUrl = await createDraft(page, "2025");
  const doc = page.getByTestId("report-document");
  await expect(doc).toContainText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  await expect(doc).toContainText("Độc lập - Tự do - Hạnh phúc");
  await expect(page.getByTestId("as-of-line")).toHaveText("(Số liệu tính đến ngày 31 tháng 12 năm 2025)");
  // Every filter by name, defaults included, under the title.
  await expect(page.getByTestId("report-context")).toContainText(
    "Bộ lọc: năm số liệu 2025; ngày số liệu 31/12/2025; địa bàn: Địa bàn huyện Gò Công Tây",
  );
  await expect(page.getByTestId("bang-muc-tieu").locator("tbody tr")).toHaveCount(11);

  await page
    .getByRole("textbox", { name: "I. Kết quả thực hiện" })
    .fill("Năm 2025, kinh tế tập thể **phát triển ổn định**.\n\n- Thành lập mới hợp tác xã\n- Mở rộng liên kết");
  await page.getByRole("textbox", { name: "II. Hạn chế, nguyên nhân" }).fill("Một số hợp tác xã chưa được *xếp loại*.");
  await page.getByRole("textbox", { name: "III. Nhiệm vụ, giải pháp thời gian tới" }).fill("1. Hoàn thành xếp loại");
  await page.getByRole("button", { name: "Lưu dự thảo" }).click();
  await expect(page.getByText("Đã lưu dự thảo.")).toBeVisible();
  await expect(doc.locator("strong", { hasText: "phát triển ổn định" })).toBeVisible();

  // Not numbered, no signer yet: refused, and said why.
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Ban hành báo cáo" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Chưa ban hành được" })).toContainText(
    "hãy ghi số văn bản, ví dụ 15/BC-STC",
  );
  await page.reload();
  await page.getByRole("textbox", { name: "Thẩm quyền ký" }).fill("GIÁM ĐỐC");
  await numberAndSign(page, "15/BC-STC");
  await page.getByRole("button", { name: "Lưu dự thảo" }).click();
  await expect(page.getByText(/phải bắt đầu bằng TM\., KT\./)).toBeVisible();
  await page.getByRole("textbox", { name: "Thẩm quyền ký" }).fill("KT. GIÁM ĐỐC");
  await page.getByRole("button", { name: "Lưu dự thảo" }).click();
  await expect(page.getByText("Đã lưu dự thảo.")).toBeVisible();

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Ban hành báo cáo" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("Đã ban hành");
  await expect(page.getByTestId("date-line")).toHaveText(/^Đồng Tháp, ngày \d{2} tháng \d{2} năm \d{4}$/);
  await expect(page.getByTestId("issuing-body")).toHaveText(/UBND TỈNH ĐỒNG THÁP\s*SỞ TÀI CHÍNH/);
  await expect(page.getByTestId("document-number")).toHaveText("Số: 15/BC-STC");
  await expect(page.getByTestId("recipients")).toContainText("- Lưu: VT, KTTT.");
  await expect(page.getByTestId("signature").getByText("KT. GIÁM ĐỐC", { exact: true })).toBeVisible();
  await expect(page.getByTestId("signature").getByText("PHÓ GIÁM ĐỐC", { exact: true })).toBeVisible();
  await expect(page.getByTestId("signature")).toContainText("Nguyễn Văn An");
  await expect(page.getByRole("button", { name: "Lưu dự thảo" })).toHaveCount(0);
  await page.context().close();
});

test("the committee member opens it, comments and downloads the PDF", async ({ browser }) => {
  const page = await as(browser, "thuongtruc");
  await page.goto("/bao-cao");
  await expect(page.getByRole("link", { name: "Lập báo cáo mới" })).toHaveCount(0);
  await page.goto(reportUrl);
  await expect(page.getByTestId("report-status")).toHaveText("Đã ban hành");
  await expect(page.getByRole("button", { name: "Ban hành báo cáo" })).toHaveCount(0);

  await expect(page.getByTestId("comments-link")).toHaveText("Ý kiến góp ý (0)");
  await page
    .getByRole("textbox", { name: "Góp ý", exact: true })
    .fill("Đề nghị bổ sung kết quả liên kết chuỗi của từng xã.");
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(page.getByTestId("comments")).toContainText("Đề nghị bổ sung kết quả liên kết chuỗi của từng xã.");
  await expect(page.getByTestId("comments")).toContainText("Trần Văn Minh");

  // A comment on one section, started from the section itself: shown under it.
  await page.getByTestId("gop-y-han-che").getByRole("link", { name: "Góp ý về mục này" }).click();
  await expect(page.getByLabel("Góp ý cho")).toHaveValue("han-che");
  await page.getByRole("textbox", { name: "Góp ý", exact: true }).fill("Cần nêu rõ nguyên nhân chưa xếp loại.");
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(page.getByTestId("gop-y-han-che")).toContainText("Cần nêu rõ nguyên nhân chưa xếp loại.");
  await expect(page.getByTestId("comments")).toContainText("II. Hạn chế, nguyên nhân");
  await expect(page.getByTestId("comments-link")).toHaveText("Ý kiến góp ý (2)");
  await page.getByTestId("comments-link").click();
  await expect(page).toHaveURL(/#gop-y$/);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF", exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bao-cao-\d+-nam-2025\.pdf$/);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");

  // The Word file from the built server: its charts are PNG images (native rasteriser).
  const downloadingWord = page.waitForEvent("download");
  await page.getByRole("link", { name: "Word (DOCX)" }).click();
  const word = await downloadingWord;
  expect(word.suggestedFilename()).toMatch(/^bao-cao-\d+-nam-2025\.docx$/);
  const zip = await JSZip.loadAsync(fs.readFileSync(await word.path()));
  expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(3);
  await page.context().close();
});

test("a commune official has no publish button and the server refuses to publish", async ({ browser }) => {
  // A draft by the district officer. Their click on "Ban hành" is captured (the request
  // the browser really sends) and held back, to be replayed with other sessions.
  const district = await as(browser, "phongtckh");
  const draftUrl = await createDraft(district, "2024");
  await district.getByRole("textbox", { name: "I. Kết quả thực hiện" }).fill("Nội dung dự thảo");
  await numberAndSign(district, "16/BC-STC");
  await district.getByRole("button", { name: "Lưu dự thảo" }).click();
  await expect(district.getByText("Đã lưu dự thảo.")).toBeVisible();
  await district.reload();
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await district.route("**/bao-cao/**", async (route) => {
    const req = route.request();
    if (req.method() === "POST" && req.headers()["next-action"]) {
      captured = { url: req.url(), headers: req.headers(), body: req.postDataBuffer()! };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  district.once("dialog", (d) => d.accept());
  await district.getByRole("button", { name: "Ban hành báo cáo" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await district.unrouteAll();
  const request = captured!;
  const replay = (page: Page) =>
    page.request.post(request.url, {
      headers: {
        "next-action": request.headers["next-action"]!,
        "content-type": request.headers["content-type"]!,
        origin: new URL(request.url).origin,
        accept: "text/x-component",
      },
      data: request.body,
    });

  const commune = await as(browser, "xa.binhphu");
  await commune.goto("/bao-cao");
  await expect(commune.getByRole("link", { name: "Lập báo cáo mới" })).toHaveCount(0);
  await commune.goto("/bao-cao/tao-moi");
  await expect(commune.getByText("Chỉ cán bộ huyện hoặc quản trị viên được lập báo cáo.")).toBeVisible();
  await commune.goto(reportUrl);
  await expect(commune.getByTestId("report-status")).toHaveText("Đã ban hành");
  await expect(commune.getByRole("button", { name: "Ban hành báo cáo" })).toHaveCount(0);
  await expect(commune.getByRole("button", { name: "Gửi góp ý" })).toHaveCount(0);
  // Drafts do not exist for a commune official.
  expect((await commune.goto(draftUrl))?.status()).toBe(404);

  // The district officer's publish request, sent with the commune official's session: refused.
  const refused = await replay(commune);
  expect(await refused.text()).toContain("Chỉ cán bộ huyện hoặc quản trị viên được lập, sửa và ban hành báo cáo");
  await district.reload();
  await expect(district.getByTestId("report-status")).toHaveText("Dự thảo");

  // The same request with the district officer's session publishes: the replay was well formed.
  await replay(district);
  await district.reload();
  await expect(district.getByTestId("report-status")).toHaveText("Đã ban hành");
  await commune.context().close();
  await district.context().close();
});
