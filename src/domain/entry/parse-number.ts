// Reading numbers typed by people in vi-VN style: "1.500.000" (dots group thousands).
// Money is integer đồng: a comma (decimal separator in vi-VN) is refused, never guessed.
// Pure module, shared by the forms (zod schemas) and the server.

const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const PLAIN = /^\d+$/;

export type ParsedInteger = { ok: true; value: bigint } | { ok: false; reason: "FORMAT" | "NEGATIVE" | "DECIMAL" };

/** "1.500.000" or "1500000" (optionally "-…", spaces ignored) → 1500000n. */
export function parseViInteger(text: string, { allowNegative = false } = {}): ParsedInteger {
  let s = text.replace(/[\s\u00A0]/g, "").replace(/(đồng|đ)$/i, "");
  let negative = false;
  if (s.startsWith("-") || s.startsWith("−")) {
    negative = true;
    s = s.slice(1);
  }
  if (s.includes(",")) return { ok: false, reason: "DECIMAL" };
  if (!PLAIN.test(s) && !GROUPED.test(s)) return { ok: false, reason: "FORMAT" };
  const value = BigInt(s.replace(/\./g, ""));
  if (negative && value !== 0n && !allowNegative) return { ok: false, reason: "NEGATIVE" };
  return { ok: true, value: negative ? -value : value };
}

/** Vietnamese message for a refused amount in đồng. */
export function moneyErrorMessage(reason: "FORMAT" | "NEGATIVE" | "DECIMAL"): string {
  switch (reason) {
    case "DECIMAL":
      return "Số tiền tính bằng đồng, không có phần lẻ (viết 1.500.000, không dùng dấu phẩy)";
    case "NEGATIVE":
      return "Số tiền không được âm";
    default:
      return "Số tiền không hợp lệ (ví dụ: 1.500.000)";
  }
}
