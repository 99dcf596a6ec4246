// Sessions end on the server (issue 13, finding 9): signing out, disabling the account
// and resetting its password end every session of the user signed in before; the page
// cache of the production server sees it too.
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AuthOptions } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { getAuthOptions } from "@/server/auth/auth-options";
import { endSessions, sessionStillValid } from "@/server/auth/session-revocation";
import { readPageState } from "@/server/read-model/page-state";
import { resetUserPassword } from "@/server/users/reset-user-password.action";
import { setUserDisabled } from "@/server/users/set-user-disabled.action";
import { makeViewer } from "./import-support";
import { createTestDatabase, type TestDatabase } from "./test-database";

const SECRET = "sessions-test-secret-0123456789-abcdefghij";

// The app's one database client (src/server/db.ts), which the next-auth callbacks open
// themselves, is this test's database.
const current = vi.hoisted(() => ({ db: undefined as TestDatabase | undefined }));
vi.mock("@/server/db", () => ({
  get prisma() {
    return current.db!.prisma;
  },
  get database() {
    return current.db;
  },
}));

let db: TestDatabase;
beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  db = current.db = await createTestDatabase();
});
afterAll(async () => db?.dispose());

describe("sessions ended on the server", () => {
  it("signing out ends every session signed in before, not later ones", async () => {
    const user = await makeViewer(db.prisma, "mot.nguoi", "DISTRICT");
    const phone = Date.now() - 60_000;
    const desk = Date.now() - 1_000;
    expect(await sessionStillValid(db.prisma, user.id, phone)).toBe(true);
    await endSessions(db.prisma, user.id, new Date());
    expect(await sessionStillValid(db.prisma, user.id, phone)).toBe(false);
    expect(await sessionStillValid(db.prisma, user.id, desk)).toBe(false);
    expect(await sessionStillValid(db.prisma, user.id, Date.now() + 1_000)).toBe(true);
    expect(await sessionStillValid(db.prisma, 987_654, Date.now())).toBe(false);
  });

  it("disabling and resetting the password end the user's sessions", async () => {
    const admin = await makeViewer(db.prisma, "quan.tri", "ADMIN");
    const a = await makeViewer(db.prisma, "se.khoa", "COMMITTEE");
    const b = await makeViewer(db.prisma, "doi.mk", "COMMITTEE");
    const signedIn = Date.now() - 5_000;
    const rowA = await db.prisma.user.findUniqueOrThrow({ where: { id: a.id } });
    expect(
      await setUserDisabled.run(admin, { id: a.id, version: rowA.version, disabled: "true" }, db.prisma),
    ).toMatchObject({ ok: true });
    // re-enabled: the old session stays ended
    const again = await db.prisma.user.findUniqueOrThrow({ where: { id: a.id } });
    await setUserDisabled.run(admin, { id: a.id, version: again.version, disabled: "false" }, db.prisma);
    expect(await sessionStillValid(db.prisma, a.id, signedIn)).toBe(false);

    const rowB = await db.prisma.user.findUniqueOrThrow({ where: { id: b.id } });
    expect(
      await resetUserPassword.run(
        admin,
        { id: b.id, version: rowB.version, password: "mat-khau-moi-rat-dai" },
        db.prisma,
      ),
    ).toMatchObject({ ok: true });
    expect(await sessionStillValid(db.prisma, b.id, signedIn)).toBe(false);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)("the page cache treats an ended session as no user", async () => {
    const user = await makeViewer(db.prisma, "trang.dem", "DISTRICT");
    const [{ name }] = await db.prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
    try {
      const signedIn = Date.now() - 10_000;
      expect((await readPageState(pool, user.id, new Date(), signedIn)).user?.id).toBe(user.id);
      await endSessions(db.prisma, user.id);
      expect((await readPageState(pool, user.id, new Date(), signedIn)).user).toBeNull();
      expect((await readPageState(pool, user.id, new Date(), Date.now() + 1_000)).user?.id).toBe(user.id);
    } finally {
      await pool.end();
    }
  });
});

// next-auth's own machinery with the app's options: the jwt callback it runs on every read
// of a session, the signOut event, and the /api/auth/session answer (next-auth's request
// handler, reached by path: its package does not export it).
type JwtCallback = (params: { token: JWT; user?: { id: string; name?: string } }) => Promise<JWT>;
const callbacks = (options: AuthOptions) => ({
  jwt: options.callbacks!.jwt as unknown as JwtCallback,
  signOut: options.events!.signOut as unknown as (message: { token: JWT }) => Promise<void>,
});
type InternalResponse = {
  status?: number;
  body?: unknown;
  cookies?: { name: string; value: string; options?: { maxAge?: number } }[];
};
const { AuthHandler } = createRequire(import.meta.url)(
  path.join(process.cwd(), "node_modules", "next-auth", "core", "index.js"),
) as { AuthHandler: (p: { req: Request; options: AuthOptions }) => Promise<InternalResponse> };

async function sessionEndpoint(token: JWT): Promise<InternalResponse> {
  const cookie = `next-auth.session-token=${await encode({ token, secret: SECRET })}`;
  return AuthHandler({
    req: new Request("http://127.0.0.1:3000/api/auth/session", { headers: { cookie, host: "127.0.0.1:3000" } }),
    options: getAuthOptions(),
  });
}

describe("next-auth with the app's options", () => {
  it("the jwt callback stamps the sign-in and ends a session after sign-out or disabling", async () => {
    const admin = await makeViewer(db.prisma, "qt.jwt", "ADMIN");
    const user = await makeViewer(db.prisma, "jwt.mot", "DISTRICT");
    const { jwt, signOut } = callbacks(getAuthOptions());
    const signedIn = await jwt({ token: { name: "Một" }, user: { id: String(user.id), name: "Một" } });
    expect(signedIn).toMatchObject({ sub: String(user.id), name: "Một", signedInAt: expect.any(Number) });
    // an ordinary read of the session keeps it
    expect(await jwt({ token: signedIn })).toMatchObject({ sub: String(user.id), signedInAt: signedIn.signedInAt });

    // signing out (next-auth's signOut event) ends it on the server, audited
    await signOut({ token: signedIn });
    await expect(jwt({ token: signedIn })).rejects.toThrow("SESSION_ENDED");
    expect(
      await db.prisma.auditLog.count({ where: { action: "SIGN_OUT", entity: "User", entityId: String(user.id) } }),
    ).toBe(1);
    // a later sign-in works; disabling the account ends it too
    const again = await jwt({ token: {}, user: { id: String(user.id), name: "Một" } });
    expect((await jwt({ token: again })).sub).toBe(String(user.id));
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(
      await setUserDisabled.run(admin, { id: user.id, version: row.version, disabled: "true" }, db.prisma),
    ).toMatchObject({ ok: true });
    await expect(jwt({ token: again })).rejects.toThrow("SESSION_ENDED");
    // a token naming no user, or a user that does not exist
    await expect(jwt({ token: { sub: "987654", signedInAt: Date.now() } })).rejects.toThrow("SESSION_ENDED");
    await expect(jwt({ token: { signedInAt: Date.now() } })).rejects.toThrow("SESSION_ENDED");
  });

  it("/api/auth/session names a signed-in user, and no one once the account is disabled or signed out", async () => {
    const admin = await makeViewer(db.prisma, "qt.session", "ADMIN");
    const user = await makeViewer(db.prisma, "session.hai", "COMMITTEE");
    const token = { sub: String(user.id), name: "Người dùng session.hai", signedInAt: Date.now() };
    const live = await sessionEndpoint(token);
    expect(live.body).toMatchObject({ user: { name: "Người dùng session.hai" }, userId: String(user.id) });

    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    await setUserDisabled.run(admin, { id: user.id, version: row.version, disabled: "true" }, db.prisma);
    const disabled = await sessionEndpoint(token);
    expect(disabled.body).toEqual({});
    expect(JSON.stringify(disabled.body)).not.toContain("session.hai");
    // and the browser is told to drop the cookie
    expect(disabled.cookies?.find((c) => c.name === "next-auth.session-token")?.options?.maxAge).toBe(0);

    // re-enabled, the old cookie stays dead; a signed-out session likewise
    const again = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    await setUserDisabled.run(admin, { id: user.id, version: again.version, disabled: "false" }, db.prisma);
    expect((await sessionEndpoint(token)).body).toEqual({});
    const fresh = { ...token, signedInAt: Date.now() + 1 };
    expect((await sessionEndpoint(fresh)).body).toMatchObject({ userId: String(user.id) });
    await callbacks(getAuthOptions()).signOut({ token: fresh });
    expect((await sessionEndpoint(fresh)).body).toEqual({});
  });
});
