// Every page except the sign-in page needs a session: the data is about people
// (member registers). This proxy only redirects early; each page, data function and
// action checks the viewer itself (src/server/auth/session.ts, define-action.ts).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { SIGN_IN_PATH } from "@/server/auth/routes";
import { getAuthSecret, secureCookiesEnabled } from "@/server/auth/secret";
import { sameOrigin } from "@/server/http/same-origin";

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // A server action posted from another site: Next refuses it with an exception (a 500);
  // answer 403 before it gets there.
  if (req.method === "POST" && req.headers.has("next-action") && !sameOrigin(req)) {
    return new NextResponse("Yêu cầu không hợp lệ", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  // The privacy notice is public: a person whose data is kept must be able to read it.
  if (pathname === SIGN_IN_PATH || pathname === "/quyen-rieng-tu" || pathname.startsWith("/api/auth/"))
    return NextResponse.next();

  const token = await getToken({ req, secret: getAuthSecret(), secureCookie: secureCookiesEnabled() });
  if (token?.sub) return NextResponse.next();

  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Bạn cần đăng nhập" }, { status: 401 });
  }
  const url = req.nextUrl.clone();
  url.pathname = SIGN_IN_PATH;
  url.search = "";
  if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon\\.ico|.*\\.(?:css|js|map|woff2?|ttf|png|jpe?g|gif|svg|ico|webp|txt)$).*)",
  ],
};
