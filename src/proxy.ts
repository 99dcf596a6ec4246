// Every page except the sign-in page needs a session: the data is about people
// (member registers). This proxy only redirects early; each page, data function and
// action checks the viewer itself (src/server/auth/session.ts, define-action.ts).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { SIGN_IN_PATH } from "@/domain/auth/routes";
import { getAuthSecret, secureCookiesEnabled } from "@/server/auth/secret";
import { sameOrigin } from "@/server/http/same-origin";
import { dropForgedClientIp } from "@/server/http/client-ip";

/** The largest id a record can have (PostgreSQL int4). */
const MAX_ID = 2_147_483_647;

const plainPage = (status: number, text: string) =>
  new NextResponse(
    `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${text}</title><body style="font-family:sans-serif;padding:2rem"><h1>${text}</h1><p><a href="/">Về trang Tổng quan</a></p></body></html>`,
    { status, headers: { "content-type": "text/html; charset=utf-8" } },
  );

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // The client's address is believed only with the production server's key
  // (src/server/http/client-ip.ts): a client that sends x-ktt-client-ip itself, or any
  // request when no scripts/server.ts stands in front (`next start`), goes on without it.
  const headers = new Headers(req.headers);
  const forged = dropForgedClientIp(headers);
  const pass = () => (forged ? NextResponse.next({ request: { headers } }) : NextResponse.next());
  // Odd paths answer 4xx here, before the router (which answers 500 to them): broken
  // percent-encoding ("/to-chuc/%E0%A4%A"), and a numeric segment no record can have.
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return plainPage(400, "Đường dẫn không hợp lệ");
  }
  // A NUL byte ("%00") can be in no record and PostgreSQL refuses it in any text it is
  // given (an error, a 500): no page or route handler is asked with one, in the path or
  // the query.
  if (decoded.includes("\0") || [...req.nextUrl.searchParams].some(([k, v]) => k.includes("\0") || v.includes("\0"))) {
    return plainPage(400, "Đường dẫn không hợp lệ");
  }
  if (pathname.split("/").some((seg) => /^\d+$/.test(seg) && (seg.length > 10 || Number(seg) > MAX_ID))) {
    return plainPage(404, "Không tìm thấy trang");
  }
  // A server action posted from another site: Next refuses it with an exception (a 500);
  // answer 403 before it gets there.
  if (req.method === "POST" && req.headers.has("next-action") && !sameOrigin(req)) {
    return new NextResponse("Yêu cầu không hợp lệ", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  // The privacy notice is public: a person whose data is kept must be able to read it.
  if (pathname === SIGN_IN_PATH || pathname === "/quyen-rieng-tu" || pathname.startsWith("/api/auth/")) return pass();

  const token = await getToken({ req, secret: getAuthSecret(), secureCookie: secureCookiesEnabled() });
  if (token?.sub) return pass();

  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Bạn cần đăng nhập" }, { status: 401 });
  }
  const url = req.nextUrl.clone();
  url.pathname = SIGN_IN_PATH;
  url.search = "";
  if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(url);
}

// Every path but Next's own assets and the app icon (the app has no public/ folder): a
// path ending in ".txt" reaches pages and route handlers too ("/lich-su/Organisation/%00.txt"),
// so it must get the checks above.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg).*)"],
};
