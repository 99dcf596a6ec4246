import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Import / export journeys of the district officer: a file with errors lists them and
// writes nothing; a valid file is imported, and its export re-imports unchanged.
// A past year in which Bình Phú still existed (it was merged into Phú Thành on 01/07/2025).
const YEAR = 2025;
const HEADER =
  "ma_to_chuc,loai_hinh,ten,ma_xa,ten_xa,linh_vuc,trang_thai,nam,so_thanh_vien,so_thanh_vien_chinh_thuc,so_lao_dong," +
  "von_dieu_le,tong_tai_san,doanh_thu,loi_nhuan,thu_nhap_binh_quan,diem_danh_gia,xep_loai,lien_ket_chuoi,ung_dung_cnc," +
  "chuyen_doi_so,hoat_dong_hieu_qua";
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join("\n"), "utf8");
const good = (code: string) =>
  `${code},HTX,HTX thử nghiệm ${code},,Bình Phú,nong_nghiep,dang_hoat_dong,${YEAR},45,40,6,"1.500.000.000","2.000.000.000","3.250.000.000","-15.000.000","42.000.000","72,5",kha,co,khong,co,`;

async function importFile(page: Page, file: { name: string; buffer: Buffer } | string) {
  const input = page.getByLabel(/Tệp Excel/);
  if (typeof file === "string") await input.setInputFiles(file);
  else await input.setInputFiles({ name: file.name, mimeType: "text/csv", buffer: file.buffer });
  await page.getByRole("button", { name: "Nhập dữ liệu" }).click();
}

async function exportYear(page: Page): Promise<string> {
  const form = page.locator('form[action="/nhap-xuat/xuat/to-chuc-theo-nam"]');
  await form.getByLabel("Năm").selectOption(String(YEAR));
  await form.getByLabel("Định dạng").selectOption("csv");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Xuất tổ chức theo năm" }).click(),
  ]);
  const path = await download.path();
  return path;
}

test.beforeEach(async ({ page }) => {
  await signIn(page, "phongtckh");
  await page.goto("/nhap-xuat");
  await expect(page.getByRole("heading", { name: "Nhập / xuất Excel", level: 1 })).toBeVisible();
});

test("an import with errors lists them by row and column and writes nothing", async ({ page }) => {
  const bad = good("E2E-LOI-2").replace('"1.500.000.000"', '"1,5"').replace(",kha,", ",tot,");
  await importFile(page, { name: "loi.csv", buffer: csv(good("E2E-LOI-1"), bad) });
  const alert = page.getByRole("alert").filter({ hasText: "chưa ghi dòng nào" });
  await expect(alert).toContainText("Tệp có 2 lỗi");
  const issues = page.getByTestId("import-issues");
  await expect(issues).toContainText(
    "Dòng 3, cột “Vốn điều lệ” (von_dieu_le): phải là số nguyên đồng, ví dụ 1.500.000",
  );
  await expect(issues).toContainText("Dòng 3, cột “Xếp loại” (xep_loai): không khớp với điểm 72,5");
  // Nothing written: not even the valid first row.
  const exported = fs.readFileSync(await exportYear(page), "utf8");
  expect(exported).not.toContain("E2E-LOI-1");
});

test("a valid import, then its export re-imports without changing anything", async ({ page }) => {
  await importFile(page, { name: "dung.csv", buffer: csv(good("E2E-HTX-1"), good("E2E-HTX-2")) });
  await expect(page.getByRole("status")).toContainText("Đã nhập xong");
  await expect(page.getByTestId("import-summary")).toContainText("2 tổ chức mới");
  await expect(page.getByTestId("import-summary")).toContainText("số liệu ở trạng thái Đã duyệt");

  const path = await exportYear(page);
  const exported = fs.readFileSync(path, "utf8");
  // Vietnamese labels in row 1, keys in row 2, values as the labels the dropdowns list.
  const [labels, keys] = exported.replace(/^\ufeff/, "").split(/\r?\n/);
  expect(labels).toMatch(/^Mã tổ chức,Loại hình,Tên tổ chức,Mã xã,/);
  expect(keys).toBe(HEADER);
  expect(exported).toContain("E2E-HTX-1,Hợp tác xã,HTX thử nghiệm E2E-HTX-1,28657,Bình Phú,Nông nghiệp,Đang hoạt động");
  const rows = exported.trim().split(/\r?\n/).length - 2;
  expect(rows).toBeGreaterThan(2); // the demo organisations of that year too

  await page.reload();
  await importFile(page, path);
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText(`${rows.toLocaleString("vi-VN")} dòng không thay đổi`);
  await expect(summary).toContainText("0 tổ chức mới");
  await expect(summary).toContainText("0 báo cáo năm cập nhật");
  await expect(summary).toContainText("0 thay đổi trạng thái");
});
