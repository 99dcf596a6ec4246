// next-auth v4 configuration: Credentials provider, JWT sessions of 8 hours.
// Cookies are next-auth's defaults: HttpOnly, SameSite=Lax, Path=/, and Secure with
// the __Secure-/__Host- prefixes when NEXTAUTH_URL is https (see secret.ts).
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import { SIGN_IN_ERROR, SIGN_IN_PATH } from "./routes";
import { getAuthSecret } from "./secret";
import { clientIpFrom } from "../http/client-ip";

declare module "next-auth" {
  interface Session {
    /** User.id as a string; everything else about the user is read fresh (session.ts). */
    userId?: string;
  }
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;


export function getAuthOptions(): AuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Tên đăng nhập",
        credentials: {
          username: { label: "Tên đăng nhập", type: "text" },
          password: { label: "Mật khẩu", type: "password" },
        },
        async authorize(credentials, req) {
          // Imported here so that loading the options (e.g. in the proxy) never opens the database.
          const { prisma } = await import("../db");
          const result = await authenticate(prisma, {
            username: String(credentials?.username ?? ""),
            password: String(credentials?.password ?? ""),
            ip: clientIpFrom(req?.headers),
          });
          if (result.ok) return { id: String(result.user.id), name: result.user.fullName };
          if (result.reason === "LOCKED") throw new Error(SIGN_IN_ERROR.locked);
          return null;
        },
      }),
    ],
    callbacks: {
      // The token carries only the user id; role, name and scope are read from the
      // database on every request (getViewer), so changes apply at once.
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return { sub: token.sub, name: token.name };
      },
      async session({ session, token }) {
        return { ...session, user: { name: session.user?.name ?? null }, userId: token.sub };
      },
    },
  };
}
