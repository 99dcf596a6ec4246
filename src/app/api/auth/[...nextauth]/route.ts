import NextAuth from "next-auth";
import { getAuthOptions } from "@/server/auth/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: the secret may be generated on first use (secret.ts),
// which must not happen while `next build` collects the route.
async function handler(req: Request, context: Context) {
  const { nextauth } = await context.params;
  // The credentials callback is only ever POSTed by the sign-in form; next-auth v4 answers
  // a GET of it with an exception (a 500).
  if (req.method === "GET" && nextauth?.[0] === "callback") {
    return Response.json({ error: "Hãy đăng nhập từ trang đăng nhập" }, { status: 405, headers: { allow: "POST" } });
  }
  // next-auth/react's client logging endpoint: this app does not use that client, and it
  // lets anyone write lines of their choosing into the server's log.
  if (nextauth?.[0] === "_log") return Response.json({ error: "Không tìm thấy" }, { status: 404 });
  return NextAuth(req as never, context as never, getAuthOptions());
}

export { handler as GET, handler as POST };
