// Whether a state-changing request comes from this app's own pages. Browsers send Origin
// on every POST; "null" (sandboxed frames, some redirects) or an unparsable value is a
// foreign origin, refused with 403 — never an exception (issue 13: "Origin: null" was a 500).
type RequestLike = { headers: { get(name: string): string | null } };

export function sameOrigin(req: RequestLike): boolean {
  const origin = req.headers.get("origin");
  if (origin === null) return true; // not a browser's cross-site request (the cookie is SameSite=Lax too)
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host !== "" && host === (req.headers.get("x-forwarded-host") ?? req.headers.get("host"));
}
