import { describe, expect, it } from "vitest";
import { parseMarkdown, parseInline } from "./markdown";

const plain = (text: string) => ({ text, bold: false, italic: false });

describe("safe Markdown subset", () => {
  it("paragraphs join their lines; blank lines separate them", () => {
    expect(parseMarkdown("Dòng một\ndòng hai\n\nĐoạn hai")).toEqual([
      { type: "paragraph", content: [plain("Dòng một dòng hai")] },
      { type: "paragraph", content: [plain("Đoạn hai")] },
    ]);
  });

  it("headings, bulleted and numbered lists", () => {
    const blocks = parseMarkdown("## Kết quả\n- Một\n* Hai\n  tiếp\n1. Thứ nhất\n2) Thứ hai\nSau danh sách");
    expect(blocks).toEqual([
      { type: "heading", level: 2, content: [plain("Kết quả")] },
      { type: "list", ordered: false, items: [[plain("Một")], [plain("Hai tiếp")]] },
      { type: "list", ordered: true, items: [[plain("Thứ nhất")], [plain("Thứ hai")]] },
      { type: "paragraph", content: [plain("Sau danh sách")] },
    ]);
  });

  it("a list pasted from Word, with • or – marks, is a list, not text with a literal mark", () => {
    expect(parseMarkdown("• Một\n• Hai\n\n– Ba")).toEqual([
      { type: "list", ordered: false, items: [[plain("Một")], [plain("Hai")]] },
      { type: "list", ordered: false, items: [[plain("Ba")]] },
    ]);
    // a dash inside a sentence stays text
    expect(parseMarkdown("Năm 2025 – 2026")).toEqual([{ type: "paragraph", content: [plain("Năm 2025 – 2026")] }]);
  });

  it("bold, italic, both, and escapes", () => {
    expect(parseInline("Đạt **60,5 %** kế hoạch, *vượt* _mức_")).toEqual([
      plain("Đạt "),
      { text: "60,5 %", bold: true, italic: false },
      plain(" kế hoạch, "),
      { text: "vượt", bold: false, italic: true },
      plain(" "),
      { text: "mức", bold: false, italic: true },
    ]);
    expect(parseInline("**đậm *nghiêng* đậm**")).toEqual([
      { text: "đậm ", bold: true, italic: false },
      { text: "nghiêng", bold: true, italic: true },
      { text: " đậm", bold: true, italic: false },
    ]);
    expect(parseInline("3 \\* 4 và \\*\\*không đậm\\*\\*")).toEqual([plain("3 * 4 và **không đậm**")]);
  });

  it("leaves unmatched markers and snake_case alone", () => {
    expect(parseInline("2 * 3 = 6 và ma_so_thue")).toEqual([plain("2 * 3 = 6 và ma_so_thue")]);
    expect(parseInline("**chưa đóng")).toEqual([plain("**chưa đóng")]);
  });

  it("raw HTML is text, never markup", () => {
    expect(parseMarkdown('<script>alert("x")</script> <b>đậm</b>')).toEqual([
      { type: "paragraph", content: [plain('<script>alert("x")</script> <b>đậm</b>')] },
    ]);
  });

  it("a heading needs a space after the hashes; an escaped hash is text", () => {
    expect(parseMarkdown("#không phải tiêu đề\n\n\\# cũng không")).toEqual([
      { type: "paragraph", content: [plain("#không phải tiêu đề")] },
      { type: "paragraph", content: [plain("# cũng không")] },
    ]);
  });
});
