// Paths and codes shared by the proxy, the next-auth options and the sign-in page.
export const SIGN_IN_PATH = "/dang-nhap";
/** Error codes the sign-in page translates (next-auth passes a thrown message through). */
export const SIGN_IN_ERROR = { invalid: "CredentialsSignin", locked: "TaiKhoanTamKhoa" } as const;

/** A same-origin path to return to after sign-in; anything else becomes "/". */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return "/";
  if (value.startsWith(SIGN_IN_PATH) || value.startsWith("/api/")) return "/";
  return value;
}
