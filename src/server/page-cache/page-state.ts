// What a cached page depends on (page-cache.ts), read in one statement per request by
// the production server (scripts/server.ts) through its own small pg pool: the Next.js
// app's Prisma client lives inside Next's bundles, out of the server's reach.
import type { Pool } from "pg";
import { vietnamDay } from "../entry/dates";
import type { PageState } from "./page-cache";

/**
 * The data version is the same sum as dataVersion() (src/server/cache/data-version.ts):
 * DataChangeBase.n + count(DataChange), read without folding (folding keeps the sum).
 * The user row is what loadViewer() (src/server/auth/session.ts) reads for the header
 * and the permissions; a disabled account reads as no user.
 */
export async function readPageState(pool: Pool, userId: number, now: Date = new Date()): Promise<PageState> {
  const { rows } = await pool.query<{
    version: string;
    dataset: string | null;
    closing_rule: string | null;
    user: PageState["user"] & { disabled: boolean };
  }>(
    `SELECT (coalesce((SELECT n FROM "DataChangeBase" WHERE id = 1), 0) + (SELECT count(*) FROM "DataChange"))::text AS version,
            (SELECT value::text FROM "SystemSetting" WHERE key = 'dataset') AS dataset,
            (SELECT value::text FROM "SystemSetting" WHERE key = 'closingRule') AS closing_rule,
            (SELECT json_build_object(
                      'id', u.id, 'username', u.username, 'fullName', u."fullName", 'role', u.role,
                      'disabled', u.disabled,
                      'communeIds', coalesce((SELECT json_agg(s."areaUnitId" ORDER BY s."areaUnitId")
                                              FROM "UserScope" s WHERE s."userId" = u.id), '[]'::json))
             FROM "User" u WHERE u.id = $1) AS "user"`,
    [userId],
  );
  const r = rows[0];
  let user: PageState["user"] = null;
  if (r.user && !r.user.disabled) {
    const { id, username, fullName, role, communeIds } = r.user;
    user = { id, username, fullName, role, communeIds };
  }
  return {
    user,
    dataVersion: r.version,
    dataset: r.dataset ?? "",
    closingRule: r.closing_rule ?? "",
    today: vietnamDay(now),
  };
}
