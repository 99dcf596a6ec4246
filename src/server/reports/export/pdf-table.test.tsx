// A long table in the PDF: its header on every page, and never a caption or a header
// alone at the foot of a page.
import { describe, expect, it } from "vitest";
import type { Table } from "@/domain/reports/tables";
import { pageTexts } from "./pdf-pages.test-support";
import { PdfTable } from "./pdf-table";

const table = (rows: number): Table => ({
  id: "xa",
  title: "Kết quả theo xã",
  columns: [
    { header: "Xã, thị trấn", width: 30, kind: "text" },
    { header: "Thành viên HTX", width: 10, kind: "integer" },
    { header: "HTX tốt, khá (%)", width: 10, kind: "percent" },
  ],
  rows: Array.from({ length: rows }, (_, i) => [
    { v: `Xã số ${i + 1}`, kind: "text" },
    { v: 100 + i, kind: "integer" },
    { v: 50 + (i % 10), kind: "percent" },
  ]),
  footer: [
    { v: "Tổng cộng", kind: "text" },
    { v: 12345, kind: "integer" },
    { v: 55.5, kind: "percent" },
  ],
});

/** Each page's text. `before`: height (pt) of what precedes the table on page 1. */
const pages = (rows: number, before = 0) =>
  pageTexts(<PdfTable table={table(rows)} caption="Biểu 2. Kết quả theo xã, thị trấn" />, before);

describe("a PDF table over several pages", () => {
  it("repeats its header on every page and keeps every row whole", async () => {
    const text = await pages(150);
    expect(text.length).toBeGreaterThanOrEqual(3);
    for (const [i, page] of text.entries()) {
      expect(page, `page ${i + 1}`).toContain("Thành viên HTX");
      expect(page, `page ${i + 1}`).toContain("HTX tốt, khá (%)");
    }
    const all = text.join("\n");
    for (let i = 1; i <= 150; i++) expect(all).toMatch(new RegExp(`Xã số ${i}\\b`));
    expect(text.at(-1)).toContain("Tổng cộng");
  }, 60_000);

  it("a table starting at a page's foot moves with its caption to the next page", async () => {
    // A4 is 842 pt, 57 pt margins: 700 pt leaves room for the caption and the header
    // but not a row after them.
    const text = await pages(20, 700);
    expect(text[0]).not.toContain("Biểu 2");
    expect(text[0]).not.toContain("Thành viên HTX");
    expect(text[1]).toContain("Biểu 2");
    expect(text[1]).toContain("Xã số 1");
  });
});
