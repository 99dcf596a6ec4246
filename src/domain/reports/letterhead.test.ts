import { describe, expect, it } from "vitest";
import {
  DEFAULT_LETTERHEAD,
  documentNumberField,
  letterheadSchema,
  numberLine,
  parseLetterhead,
  publicationProblems,
  recipientLines,
  signatureBlock,
  signerAuthorityField,
} from "./letterhead";

describe("Nơi nhận", () => {
  it("prints one dash per recipient, ';' after each but the last, '.' after the last", () => {
    expect(recipientLines("Như trên\nThường trực Tỉnh ủy (để báo cáo)\nLưu: VT, KTTT")).toEqual([
      "- Như trên;",
      "- Thường trực Tỉnh ủy (để báo cáo);",
      "- Lưu: VT, KTTT.",
    ]);
  });

  it("gives the same list whether the author typed the dashes and punctuation or not", () => {
    expect(recipientLines("- Như trên;\r\n\n  -  Lưu:   VT.  ")).toEqual(recipientLines("Như trên\nLưu: VT"));
    expect(recipientLines("")).toEqual([]);
  });
});

describe("Số, ký hiệu", () => {
  it("accepts 15/BC-STC and the code alone, upper-cased and without spaces", () => {
    expect(documentNumberField.parse(" 15 / bc-ubnd ")).toBe("15/BC-UBND");
    expect(documentNumberField.parse("/BC-STC")).toBe("/BC-STC");
    expect(documentNumberField.parse(undefined)).toBe("");
  });

  it("refuses what is not a number and a code, in Vietnamese", () => {
    for (const bad of ["15", "số 15/BC", "15-BC-STC", "15/BC"]) {
      const r = documentNumberField.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/^Số, ký hiệu phải có dạng 15\/BC-STC/);
    }
  });

  it("leaves room for the number until it is given", () => {
    expect(numberLine("15/BC-STC")).toBe("Số: 15/BC-STC");
    expect(numberLine("/BC-STC")).toMatch(/^Số:\s+\/BC-STC$/);
  });
});

describe("signature block", () => {
  it("authority lines, then the position, upper case; the name as typed", () => {
    expect(
      signatureBlock({
        signerAuthority: "TM. Ủy ban nhân dân\nkt. chủ tịch",
        signerTitle: "Phó Chủ tịch",
        signerName: " Lê Thị Hồng ",
      }),
    ).toEqual({ heading: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], name: "Lê Thị Hồng" });
  });

  it("each authority line starts with TM., KT., Q., TL. or TUQ.", () => {
    expect(signerAuthorityField.safeParse("TL. GIÁM ĐỐC\nKT. TRƯỞNG PHÒNG").success).toBe(true);
    const r = signerAuthorityField.safeParse("GIÁM ĐỐC");
    expect(r.error?.issues[0]?.message).toBe(
      "Dòng “GIÁM ĐỐC” phải bắt đầu bằng TM., KT., Q., TL., TUQ. (ví dụ: KT. GIÁM ĐỐC)",
    );
  });

  it("a report is issued numbered and signed", () => {
    expect(publicationProblems({ documentNumber: "/BC-STC", signerTitle: "", signerName: " " })).toEqual({
      documentNumber: "Hãy ghi số văn bản, ví dụ 15/BC-STC",
      signerTitle: "Hãy ghi chức vụ người ký",
      signerName: "Hãy ghi họ tên người ký",
    });
    expect(publicationProblems({ documentNumber: "3/BC-STC", signerTitle: "GIÁM ĐỐC", signerName: "A" })).toEqual({});
  });
});

describe("the letterhead setting", () => {
  it("the defaults are valid and name no district body (abolished on 01/07/2025)", () => {
    expect(letterheadSchema.parse(DEFAULT_LETTERHEAD)).toEqual(DEFAULT_LETTERHEAD);
    expect(JSON.stringify(DEFAULT_LETTERHEAD)).not.toMatch(/HUYỆN/i);
  });

  it("a missing or malformed stored value is the default", () => {
    expect(parseLetterhead(undefined)).toEqual(DEFAULT_LETTERHEAD);
    expect(parseLetterhead({ issuingBody: "" })).toEqual(DEFAULT_LETTERHEAD);
    const stored = { ...DEFAULT_LETTERHEAD, issuingBody: "ỦY BAN NHÂN DÂN XÃ BÌNH PHÚ", abbreviation: "UBND" };
    expect(parseLetterhead(stored)).toEqual(stored);
  });
});
