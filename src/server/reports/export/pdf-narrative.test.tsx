// The end of a formal report in the PDF: wherever the page breaks, "Nơi nhận" and the
// signature block start their page below at least the last paragraph (or list item) of
// the text, never alone; and Markdown lists are laid out as lists, with dashes.
import { describe, expect, it } from "vitest";
import type { ReportDocument } from "@/domain/reports/document";
import { PdfClosing, PdfMarkdown } from "./pdf-narrative";
import { pageTexts } from "./pdf-pages.test-support";

const formal: NonNullable<ReportDocument["formal"]> = {
  documentNumber: "15/BC-STC",
  recipients: ["- Ủy ban nhân dân tỉnh (để báo cáo);", "- Ban Giám đốc Sở;", "- Lưu: VT, KTTT."],
  signature: { heading: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name: "Nguyễn Văn An" },
};

const CLOSING_TEXT = [
  "Tiếp tục rà soát, hướng dẫn các hợp tác xã hoàn thành xếp loại theo Thông tư 01/2020/TT-BKHĐT trước ngày 31 tháng 3 năm sau; phối hợp với Ủy ban nhân dân các xã cập nhật sổ thành viên.",
  "",
  "- Mở rộng liên kết chuỗi giá trị với doanh nghiệp.",
  "- Đoạn cuối cùng của báo cáo: hỗ trợ chuyển đổi số cho các tổ hợp tác.",
].join("\n");

describe("the end of a formal report", () => {
  it("keeps the signature block with at least the last paragraph, wherever the page breaks", async () => {
    let movedToNextPage = 0;
    // A4 is 842 pt with 57 pt margins: 728 pt of content; from 400 to 720 pt down the
    // first page, the break falls before, inside and after the text.
    for (let before = 400; before <= 720; before += 16) {
      const text = await pageTexts(
        <PdfClosing
          heading="III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI"
          source={CLOSING_TEXT}
          formal={formal}
          draft={false}
        />,
        before,
      );
      const signed = text.find((p) => p.includes("Nơi nhận:"))!;
      expect(signed, `${before} pt`).toBeDefined();
      expect(signed, `${before} pt: the signature's page`).toContain("Nguyễn Văn An");
      expect(signed, `${before} pt: the last item on the signature's page`).toMatch(/Đoạn cuối cùng/);
      if (text.indexOf(signed) > 0) movedToNextPage++;
      // the heading never stays alone at the foot of the first page
      if (!text[0]!.includes("Tiếp tục rà soát")) expect(text[0], `${before} pt`).not.toContain("III. NHIỆM VỤ");
    }
    expect(movedToNextPage, "some positions put the signature on the next page").toBeGreaterThan(0);
  }, 120_000);

  it("a section of one paragraph moves with its heading and the signature", async () => {
    const text = await pageTexts(
      <PdfClosing heading="III. NHIỆM VỤ" source="Một đoạn duy nhất." formal={formal} draft={false} />,
      650,
    );
    expect(text[0]).not.toContain("III. NHIỆM VỤ");
    expect(text[1]).toContain("III. NHIỆM VỤ");
    expect(text[1]).toContain("Một đoạn duy nhất.");
    expect(text[1]).toContain("Nơi nhận:");
  });
});

describe("Markdown lists in the PDF", () => {
  it("mark bullets with a dash and number the numbered items, never a '•'", async () => {
    const [text] = await pageTexts(
      <PdfMarkdown source={"Mở đầu.\n\n- Ý một\n- Ý hai\n\n1. Bước một\n2. Bước hai"} />,
      0,
    );
    expect(text).not.toContain("•");
    expect(text).toMatch(/-\s+Ý một/);
    expect(text).toMatch(/-\s+Ý hai/);
    expect(text).toMatch(/1\.\s+Bước một/);
    expect(text).toMatch(/2\.\s+Bước hai/);
  });
});
