// next-auth v4 configuration: Credentials provider, JWT sessions of 8 hours.
// Cookies are next-auth's defaults: HttpOnly, SameSite=Lax, Path=/, and Secure with
// the __Secure-/__Host- prefixes when NEXTAUTH_URL is https (see secret.ts).
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import { safeCallbackPath, SIGN_IN_ERROR, SIGN_IN_PATH } from "@/domain/auth/routes";
import { getAuthSecret } from "./secret";
import { clientIpFrom } from "../http/client-ip";
import { recordAudit } from "../audit/record-audit";
import { endSessions, sessionStillValid } from "./session-revocation";

const SESSION_ENDED = "SESSION_ENDED";

declare module "next-auth" {
  interface Session {
    /** User.id as a string; everything else about the user is read fresh (session.ts). */
    userId?: string;
  }
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

let warnedNoAddress = false;
/**
 * Without scripts/server.ts in front (`next start`, standalone, `next dev`) no client's
 * address is known: the per-client throttle is off and each username's lock is shared by
 * every client (authenticate.ts, docs/security.md). Said once, so an operator who runs the
 * app that way learns it.
 */
function warnNoClientAddress(): void {
  if (warnedNoAddress) return;
  warnedNoAddress = true;
  console.warn(
    "Không biết địa chỉ máy khách (ứng dụng không chạy sau scripts/server.ts, hãy dùng `npm start`): " +
      "giới hạn đăng nhập theo máy khách tắt, khoá theo tên đăng nhập áp dụng chung cho mọi máy khách.",
  );
}

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
          const ip = clientIpFrom(req?.headers);
          if (ip === null) warnNoClientAddress();
          const result = await authenticate(prisma, {
            username: String(credentials?.username ?? ""),
            password: String(credentials?.password ?? ""),
            ip,
          });
          if (result.ok) return { id: String(result.user.id), name: result.user.fullName };
          if (result.reason === "LOCKED") throw new Error(SIGN_IN_ERROR.locked);
          return null;
        },
      }),
    ],
    callbacks: {
      // Where next-auth sends the browser after a sign-in or sign-out post (its callbackUrl).
      // Its default parses the value with new URL() and throws on anything else — a post
      // with callbackUrl "\n" answered 500 — and the pages decide their own destination
      // anyway (sign-in-form.tsx, sign-out-button.tsx). The sign-in page's rule instead: a
      // path on this app, else "/".
      async redirect({ url, baseUrl }) {
        let path = url;
        if (!url.startsWith("/")) {
          try {
            const parsed = new URL(url);
            path = parsed.origin === new URL(baseUrl).origin ? parsed.pathname + parsed.search + parsed.hash : "/";
          } catch {
            path = "/";
          }
        }
        return new URL(safeCallbackPath(path), baseUrl).toString();
      },
      // The token carries the user id and when the sign-in happened; role, name and scope
      // are read from the database on every request (getOptionalViewer), so changes apply at once.
      // A session ended on the server (signed out, account disabled: session-revocation.ts)
      // throws here, and next-auth then clears the cookie and answers with no session.
      async jwt({ token, user }) {
        if (user) return { sub: user.id, name: token.name, signedInAt: Date.now() };
        const { prisma } = await import("../db");
        const signedInAt = Number(token.signedInAt ?? 0);
        if (!(await sessionStillValid(prisma, Number(token.sub), signedInAt))) throw new Error(SESSION_ENDED);
        return { sub: token.sub, name: token.name, signedInAt };
      },
      async session({ session, token }) {
        return { ...session, user: { name: session.user?.name ?? null }, userId: token.sub };
      },
    },
    events: {
      // Signing out ends every session of the user on the server, not only this cookie.
      async signOut({ token }) {
        const userId = Number(token?.sub);
        if (!Number.isSafeInteger(userId) || userId <= 0) return;
        const { prisma } = await import("../db");
        await endSessions(prisma, userId);
        await recordAudit(prisma, {
          viewer: { id: userId, username: String(token?.name ?? userId) },
          action: "SIGN_OUT",
          entity: "User",
          entityId: userId,
        });
      },
    },
    logger: {
      // An ended session is expected, not an error worth a stack trace in the log.
      error(code, metadata) {
        const message = (metadata as { message?: string } | undefined)?.message ?? "";
        if (code === "JWT_SESSION_ERROR" && message.includes(SESSION_ENDED)) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
  };
}
