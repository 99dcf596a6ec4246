// What a cached page depends on (page-cache.ts), read in one statement per request by
// the production server (scripts/server.ts) through its own small pg pool: the Next.js
// app's Prisma client lives inside Next's bundles, out of the server's reach.
import type { Pool } from "pg";
import { vietnamDay } from "@/domain/time/vietnam";
import type { PageState } from "./page-cache";
import { sessionValidFor } from "../auth/session-revocation";

/**
 * The data version is the same sum as dataVersion() (src/server/read-model/data-version.ts):
 * DataChangeBase.n + count(DataChange), read without folding (folding keeps the sum).
 * The user row is what loadViewer() (src/server/auth/session.ts) reads for the header
 * and the permissions; a disabled account reads as no user.
 */
export async function readPageState(
  pool: Pool,
  userId: number,
  now: Date = new Date(),
  /** When the session's sign-in happened (ms): a session ended on the server reads as no user. */
  signedInAt?: number,
): Promise<PageState> {
  const { rows } = await pool.query<{
    version: string;
    on: boolean;
    dataset: string | null;
    closing_rule: string | null;
    user: PageState["user"] & { disabled: boolean; sessionsValidFrom: number | null };
  }>(
    `SELECT (coalesce((SELECT n FROM "DataChangeBase" WHERE id = 1), 0) + (SELECT count(*) FROM "DataChange"))::text AS version,
            ktt_facts_on() AS on,
            (SELECT value::text FROM "SystemSetting" WHERE key = 'dataset') AS dataset,
            (SELECT value::text FROM "SystemSetting" WHERE key = 'closingRule') AS closing_rule,
            (SELECT json_build_object(
                      'id', u.id, 'username', u.username, 'fullName', u."fullName", 'role', u.role,
                      'disabled', u.disabled, 'programmeId', u."programmeId",
                      'sessionsValidFrom', (extract(epoch FROM u."sessionsValidFrom") * 1000)::bigint,
                      'communeIds', coalesce((SELECT json_agg(s."areaUnitId" ORDER BY s."areaUnitId")
                                              FROM "UserScope" s WHERE s."userId" = u.id), '[]'::json))
             FROM "User" u WHERE u.id = $1) AS "user"`,
    [userId],
  );
  const r = rows[0];
  let user: PageState["user"] = null;
  const ended =
    signedInAt !== undefined &&
    !sessionValidFor(
      r.user && {
        disabled: r.user.disabled,
        sessionsValidFrom: r.user.sessionsValidFrom === null ? null : Number(r.user.sessionsValidFrom),
      },
      signedInAt,
    );
  if (r.user && !r.user.disabled && !ended) {
    const { id, username, fullName, role, communeIds, programmeId } = r.user;
    user = { id, username, fullName, role, communeIds, programmeId };
  }
  return {
    on: r.on,
    user,
    dataVersion: r.version,
    dataset: r.dataset ?? "",
    closingRule: r.closing_rule ?? "",
    today: vietnamDay(now),
  };
}
