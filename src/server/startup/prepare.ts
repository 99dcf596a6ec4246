// Start-up preparation, run before the web server opens the database:
// apply pending migrations; on the embedded database, load demo data the first time
// (never again: a restart keeps what is there). A server database only gets the
// reference data (area units, scope, thresholds, targets) unless demo is asked for.
// Its own folder, above db/ and seed/: in db/ it made the folders cycle
// (db → seed → auth → db), since seeding hashes the demo users' passwords.
import { env } from "@/config/env";
import { openDatabase, resolveDatabaseTarget } from "../db/connection";
import { applyMigrations } from "../db/migrator";
import { isDemoDatabase, seedDemoIfEmpty, seedReference } from "../seed";
import { DEMO_PASSWORD, DEMO_USERS } from "../seed/users";

export async function prepareDatabase({
  log = () => {},
  demo = resolveDatabaseTarget().kind !== "server" || env().SEED_DEMO,
}: { log?: (msg: string) => void; demo?: boolean } = {}) {
  const db = openDatabase();
  try {
    const applied = await applyMigrations(db.factory);
    if (applied.length) log(`Đã áp dụng ${applied.length} migration: ${applied.join(", ")}`);
    if (demo) {
      const seeded = await seedDemoIfEmpty(db.prisma, log);
      if (seeded) log("Đã nạp dữ liệu minh họa (demo) lần đầu.");
    } else {
      await seedReference(db.prisma);
    }
    if (await isDemoDatabase(db.prisma)) {
      const existing = await db.prisma.user.findMany({
        where: { username: { in: DEMO_USERS.map((u) => u.username) }, disabled: false },
        select: { username: true },
      });
      const names = new Set(existing.map((u) => u.username));
      log(`Tài khoản minh họa (mật khẩu chung: ${DEMO_PASSWORD}):`);
      for (const u of DEMO_USERS.filter((x) => names.has(x.username))) log(`  ${u.username.padEnd(12)} ${u.label}`);
    }
  } finally {
    await db.close();
  }
}
