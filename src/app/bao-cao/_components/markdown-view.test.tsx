import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { MarkdownView } from "./markdown-view";

const html = (source: string) => renderToStaticMarkup(<MarkdownView source={source} />);

describe("MarkdownView", () => {
  it("renders headings, paragraphs, lists and emphasis", () => {
    const out = html("# Kết quả\nĐạt **60,5 %** kế hoạch, *vượt*.\n\n- Một\n- Hai\n\n1. Thứ nhất");
    expect(out).toContain("<h4");
    expect(out).toContain("Kết quả</h4>");
    expect(out).toContain("<strong>60,5 %</strong>");
    expect(out).toContain("<em>vượt</em>");
    expect(out).toMatch(/<ul[^>]*><li>Một<\/li><li>Hai<\/li><\/ul>/);
    expect(out).toMatch(/<ol[^>]*><li>Thứ nhất<\/li><\/ol>/);
  });

  it("never emits author-written HTML", () => {
    const out = html('<script>alert(1)</script><img src=x onerror="alert(2)"> [liên kết](javascript:alert(3))');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<a ");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("says when a section is empty", () => {
    expect(html("  \n ")).toContain("Chưa có nội dung");
  });
});
