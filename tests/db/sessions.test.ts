// Sessions end on the server (issue 13, finding 9): signing out, disabling the account
// and resetting its password end every session of the user signed in before; the page
// cache of the production server sees it too.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endSessions, sessionStillValid } from "@/server/auth/session-revocation";
import { readPageState } from "@/server/read-model/page-state";
import { resetUserPassword } from "@/server/users/reset-user-password.action";
import { setUserDisabled } from "@/server/users/set-user-disabled.action";
import { makeViewer } from "./import-support";
import { createTestDatabase, type TestDatabase } from "./test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
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
