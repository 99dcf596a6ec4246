// The formal parts of a report that Nghị định 30/2020/NĐ-CP (thể thức văn bản hành chính)
// prescribes around its content: the issuing body under its parent body, "Số, ký hiệu",
// place and date, "Nơi nhận" and the signature block.
//
// The issuing body is an administrator's setting (SystemSetting "reportLetterhead",
// /quan-tri/the-thuc-bao-cao), not a constant: since 01/07/2025 there is no district
// level, so reports come from a provincial department or a commune People's Committee,
// and which one is this installation's choice. A report copies the setting when it is
// created and keeps its own copy, so changing the setting never alters a report.
// Pure module.
import { z } from "zod";

export const LETTERHEAD_SETTING_KEY = "reportLetterhead";

export type Letterhead = {
  /** "Cơ quan chủ quản", e.g. "UBND TỈNH ĐỒNG THÁP"; "" when none. */
  parentBody: string;
  /** The issuing body, e.g. "SỞ TÀI CHÍNH"; several lines allowed. */
  issuingBody: string;
  /** Abbreviation of the issuing body in "Số: …/BC-STC". */
  abbreviation: string;
  /** Place in the date line ("Đồng Tháp, ngày …"). */
  place: string;
  /** Defaults of a new report's "Nơi nhận" and signature block. */
  recipients: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
};

/**
 * After the 2025 reorganisation the collective economy of the former Gò Công Tây is
 * followed by the Finance Department of Đồng Tháp province (Sở Kế hoạch và Đầu tư merged
 * into Sở Tài chính), which reports to the provincial People's Committee.
 */
export const DEFAULT_LETTERHEAD: Letterhead = {
  // Abbreviated as usual for a parent body, so that it holds on one line beside the motto.
  parentBody: "UBND TỈNH ĐỒNG THÁP",
  issuingBody: "SỞ TÀI CHÍNH",
  abbreviation: "STC",
  place: "Đồng Tháp",
  recipients: "Ủy ban nhân dân tỉnh (để báo cáo)\nBan Giám đốc Sở\nLưu: VT, KTTT",
  signerAuthority: "KT. GIÁM ĐỐC",
  signerTitle: "PHÓ GIÁM ĐỐC",
  signerName: "",
};

// ------------------------------------------------------------------ fields

const lines = (s: string) =>
  s
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trim().replace(/\s+/g, " "))
    .filter(Boolean);

/** Trimmed, one space between words, no empty line. */
const tidyLines = (s: string) => lines(s).join("\n");

/** A missing form field is an empty one (zod's own "expected string" is not for users). */
const blankIfMissing = <T extends z.ZodType>(schema: T) => z.preprocess((v) => v ?? "", schema);

const text = (label: string, max: number) =>
  blankIfMissing(
    z
      .string({ error: `Hãy nhập ${label}` })
      .transform((s) => s.trim().replace(/\s+/g, " "))
      .pipe(
        z
          .string()
          .min(2, { error: `Hãy nhập ${label}` })
          .max(max, { error: `${capital(label)} không được dài quá ${max} ký tự` }),
      ),
  );

const optionalText = (label: string, max: number) =>
  blankIfMissing(
    z
      .string({ error: `${capital(label)} không hợp lệ` })
      .transform((s) => s.trim().replace(/\s+/g, " "))
      .pipe(z.string().max(max, { error: `${capital(label)} không được dài quá ${max} ký tự` })),
  );

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Several lines, each at most `lineMax` characters, at most `maxLines` of them. */
const multiline = (
  label: string,
  o: { maxLines: number; lineMax: number; required?: boolean; check?: (line: string) => string | null },
) =>
  blankIfMissing(
    z
      .string({ error: `Hãy nhập ${label}` })
      .transform(tidyLines)
      .superRefine((v, ctx) => {
        const ls = v ? v.split("\n") : [];
        if (o.required && ls.length === 0) ctx.addIssue({ code: "custom", message: `Hãy nhập ${label}` });
        if (ls.length > o.maxLines)
          ctx.addIssue({ code: "custom", message: `${capital(label)}: tối đa ${o.maxLines} dòng` });
        if (ls.some((l) => l.length > o.lineMax))
          ctx.addIssue({ code: "custom", message: `${capital(label)}: mỗi dòng tối đa ${o.lineMax} ký tự` });
        for (const l of ls) {
          const problem = o.check?.(l);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        }
      }),
  );

/** The prefixes of NĐ 30/2020 for signing on behalf of someone (Điều 13). */
export const AUTHORITY_PREFIXES = ["TM.", "KT.", "Q.", "TL.", "TUQ."] as const;

export const parentBodyField = optionalText("cơ quan chủ quản", 120);
export const issuingBodyField = multiline("cơ quan ban hành", { maxLines: 3, lineMax: 120, required: true });
export const placeField = text("địa danh", 80);
export const recipientsField = multiline("nơi nhận", { maxLines: 20, lineMax: 200 });
export const signerAuthorityField = multiline("thẩm quyền ký", {
  maxLines: 3,
  lineMax: 80,
  check: (l) =>
    AUTHORITY_PREFIXES.some((p) => l.toUpperCase().startsWith(p))
      ? null
      : `Dòng “${l}” phải bắt đầu bằng ${AUTHORITY_PREFIXES.join(", ")} (ví dụ: KT. GIÁM ĐỐC)`,
});
export const signerTitleField = optionalText("chức vụ người ký", 80);
export const signerNameField = optionalText("họ tên người ký", 80);

/** "15/BC-STC" or, until the number is given, "/BC-STC"; empty: not set yet. */
const DOCUMENT_NUMBER = /^(\d{1,6})?\/[A-ZĐ]{1,10}(-[A-ZĐ0-9]{1,12}){1,3}$/u;

export const documentNumberField = blankIfMissing(
  z
    .string({ error: "Số, ký hiệu không hợp lệ" })
    .transform((s) => s.replace(/\s+/g, "").toUpperCase())
    .refine((s) => s === "" || DOCUMENT_NUMBER.test(s), {
      error: "Số, ký hiệu phải có dạng 15/BC-STC (số/BC-chữ viết tắt của cơ quan)",
    }),
);

/** Whether a document number carries its number ("15/BC-STC"), not only the code. */
export function isNumbered(documentNumber: string): boolean {
  return /^\d+\//.test(documentNumber);
}

export const letterheadSchema = z.object({
  parentBody: parentBodyField,
  issuingBody: issuingBodyField,
  abbreviation: blankIfMissing(
    z
      .string({ error: "Hãy nhập chữ viết tắt của cơ quan" })
      .transform((s) => s.trim().toUpperCase())
      .pipe(
        z
          .string()
          .min(1, { error: "Hãy nhập chữ viết tắt của cơ quan, ví dụ STC, UBND" })
          .regex(/^[A-ZĐ]{1,10}(-[A-ZĐ0-9]{1,12}){0,2}$/u, {
            error: "Chữ viết tắt chỉ gồm chữ in hoa, ví dụ STC, UBND",
          }),
      ),
  ),
  place: placeField,
  recipients: recipientsField,
  signerAuthority: signerAuthorityField,
  signerTitle: signerTitleField,
  signerName: signerNameField,
});

/** The stored setting, or the defaults when it is missing or malformed (reports must open). */
export function parseLetterhead(value: unknown): Letterhead {
  const parsed = letterheadSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_LETTERHEAD;
}

/** The "Số" of a new report: the code only ("/BC-STC"), the number is given at signing. */
export function documentCode(abbreviation: string): string {
  return `/BC-${abbreviation}`;
}

// ------------------------------------------------------------------ rendering

/**
 * "Nơi nhận" as printed: "- Như trên;" for every recipient but the last, which ends with
 * a full stop ("- Lưu: VT, KTTT."). Leading dashes and ending punctuation typed by the
 * author are dropped first, so either way gives the same list.
 */
export function recipientLines(recipients: string): string[] {
  const items = lines(recipients)
    .map((l) =>
      l
        .replace(/^[-–•+*]\s*/, "")
        .replace(/[;.,]+$/, "")
        .trim(),
    )
    .filter(Boolean);
  return items.map((item, i) => `- ${item}${i === items.length - 1 ? "." : ";"}`);
}

/** "Số: 15/BC-STC"; a code without its number leaves room to write it in ("Số:      /BC-STC"). */
export function numberLine(documentNumber: string): string {
  if (!documentNumber) return "Số:\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0 /BC";
  return isNumbered(documentNumber)
    ? `Số: ${documentNumber}`
    : `Số:\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0 ${documentNumber}`;
}

export type Signature = {
  /** Authority lines and the position, upper case, bold: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC". */
  heading: string[];
  /** The signer's name, bold; "" leaves the line empty. */
  name: string;
};

export function signatureBlock(o: { signerAuthority: string; signerTitle: string; signerName: string }): Signature {
  return {
    heading: [...lines(o.signerAuthority), ...lines(o.signerTitle)].map((l) => l.toUpperCase()),
    name: o.signerName.trim(),
  };
}

/** The body lines of the header: the parent body (if any) and the issuing body. */
export function splitLines(s: string): string[] {
  return lines(s);
}

/**
 * What a report still lacks to be issued, by field: a document goes out numbered and
 * signed. Empty when it may be published.
 */
export function publicationProblems(r: {
  documentNumber: string;
  signerTitle: string;
  signerName: string;
}): Partial<Record<"documentNumber" | "signerTitle" | "signerName", string>> {
  const problems: Partial<Record<"documentNumber" | "signerTitle" | "signerName", string>> = {};
  if (!isNumbered(r.documentNumber)) problems.documentNumber = "Hãy ghi số văn bản, ví dụ 15/BC-STC";
  if (!r.signerTitle.trim()) problems.signerTitle = "Hãy ghi chức vụ người ký";
  if (!r.signerName.trim()) problems.signerName = "Hãy ghi họ tên người ký";
  return problems;
}
