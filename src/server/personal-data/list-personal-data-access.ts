// The access log for administrators: the latest views and exports of personal data.
import type { PrismaClient } from "@/generated/prisma/client";
import { assertCanAdminister } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { AUDIT_ROW, NEWEST_FIRST } from "../history/audit-rows";

export async function listPersonalDataAccess(viewer: Viewer, prisma: PrismaClient, take = 200) {
  assertCanAdminister(viewer);
  const rows = await prisma.auditLog.findMany({
    where: { entity: "PersonalData" },
    orderBy: NEWEST_FIRST,
    take,
    select: { ...AUDIT_ROW, ip: true, user: { select: { fullName: true } } },
  });
  return rows.map((r) => {
    const after = (r.after ?? {}) as {
      what?: string;
      persons?: number;
      organisationId?: number | null;
      personId?: number | null;
    };
    return {
      id: String(r.id),
      at: r.at,
      who: r.user?.fullName ?? r.actor,
      kind: r.action === "PERSONAL_DATA_EXPORT" ? ("EXPORT" as const) : ("VIEW" as const),
      what: after.what ?? "",
      persons: after.persons ?? 0,
      organisationId: after.organisationId ?? null,
      personId: after.personId ?? null,
      ip: r.ip,
    };
  });
}
