import NextAuth from "next-auth";
import { getAuthOptions } from "@/server/auth/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: the secret may be generated on first use (secret.ts),
// which must not happen while `next build` collects the route.
async function handler(req: Request, context: Context) {
  return NextAuth(req as never, context as never, getAuthOptions());
}

export { handler as GET, handler as POST };
