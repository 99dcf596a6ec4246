import { Prisma, type OrgStatus, type PrismaClient } from "@/generated/prisma/client";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { col, queryRows } from "../db/typed-sql";
import { todayInVietnam } from "@/domain/time/vietnam";

/** The status in force today: the change with the latest effectiveFrom <= today (ACTIVE when none yet). */
export async function statusInForce(tx: Prisma.TransactionClient, organisationId: number): Promise<OrgStatus> {
  const latest = await tx.orgStatusChange.findFirst({
    where: { organisationId, effectiveFrom: { lte: todayInVietnam() } },
    orderBy: { effectiveFrom: "desc" },
    select: { status: true },
  });
  return latest?.status ?? "ACTIVE";
}

/**
 * A status change may be dated in the future (a dissolution decided today, effective
 * next month). Organisation.currentStatus, which lists and counts filter on, must switch
 * on that day without anybody editing the organisation: this brings every
 * organisation whose status in force on `today` differs up to date, with one audit row
 * each (actor "system"), in one transaction. Reads first and writes only when something
 * changed, so the hourly run does not touch the data version of the overview's cache.
 * Returns the number of organisations updated.
 */
export async function syncCurrentStatuses(prisma: PrismaClient, today: Date = todayInVietnam()): Promise<number> {
  const due = await queryRows(prisma, "statuses due", z.object({ id: col.int() }), dueSql(today));
  if (due.length === 0) return 0;
  return prisma.$transaction(async (tx) => {
    // Re-read inside the transaction, locking the rows: a status change committed in
    // between has already set the right value and is not audited twice.
    const rows = await queryRows(
      tx,
      "statuses brought up to date",
      z.object({ id: col.int(), before: col.text(), after: col.text() }),
      Prisma.sql`
      WITH due AS (${dueSql(today)} FOR UPDATE OF o)
      UPDATE "Organisation" o SET "currentStatus" = due.status, "updatedAt" = now()
      FROM due WHERE due.id = o.id
      RETURNING o.id, due.before, due.status::text AS after`,
    );
    for (const r of rows) {
      await recordAudit(tx, {
        actor: "system",
        action: "STATUS_CHANGE",
        entity: "Organisation",
        entityId: r.id,
        before: { currentStatus: r.before },
        after: { currentStatus: r.after, reason: "Thay đổi trạng thái đến ngày có hiệu lực" },
      });
    }
    return rows.length;
  });
}

/** Organisations whose denormalised status differs from the latest change on or before `today`. */
function dueSql(today: Date) {
  return Prisma.sql`
    SELECT o.id, o."currentStatus"::text AS before, cur.status
    FROM "Organisation" o
    JOIN LATERAL (
      SELECT s.status FROM "OrgStatusChange" s
      WHERE s."organisationId" = o.id AND s."effectiveFrom" <= ${today}::date
      ORDER BY s."effectiveFrom" DESC LIMIT 1
    ) cur ON true
    WHERE o."currentStatus" <> cur.status`;
}
