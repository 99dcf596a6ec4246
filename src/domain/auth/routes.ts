// Paths and codes shared by the proxy, the next-auth options and the sign-in page.
export const SIGN_IN_PATH = "/dang-nhap";
/** Error codes the sign-in page translates (next-auth passes a thrown message through). */
export const SIGN_IN_ERROR = { invalid: "CredentialsSignin", locked: "TaiKhoanTamKhoa" } as const;

/** Stands for this app's own origin when a path is resolved: never a real host. */
const OWN_ORIGIN = "http://ktt.invalid";

/**
 * A same-origin path to return to after sign-in; anything else becomes "/". Decided by
 * parsing the value as a browser would, against our own origin, not by string prefixes:
 * browsers drop tab and newline and read "\" as "/", so "/\t/host" and "/\\host" mean
 * "//host", another site. Control characters are refused outright, so none can reach a
 * Location header. The result is the parsed URL's own (percent-encoded) path and query.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u001f\u007f]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, OWN_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== OWN_ORIGIN) return "/";
  if (url.pathname.startsWith(SIGN_IN_PATH) || url.pathname.startsWith("/api/")) return "/";
  return url.pathname + url.search + url.hash;
}
