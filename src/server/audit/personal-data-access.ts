// Who viewed or exported personal data (Law on Personal Data Protection 91/2025/QH15: a
// controller must be able to show who processed a person's data). Kept in the audit log
// under entity "PersonalData"; read by administrators (list-personal-data-access.ts).
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { recordAudit } from "./record-audit";

type Db = PrismaClient | Prisma.TransactionClient;

export type PersonalDataAccess = {
  kind: "VIEW" | "EXPORT";
  /** What was seen, in Vietnamese: "Sổ thành viên, trang 2", "Hồ sơ dữ liệu cá nhân (JSON)". */
  what: string;
  organisationId?: number | null;
  personId?: number | null;
  /** Persons whose data it showed. */
  persons: number;
};

export async function recordPersonalDataAccess(
  db: Db,
  /** Who saw it (the signed-in user; only its id and name are recorded). */
  viewer: { id: number; username: string },
  access: PersonalDataAccess,
  ip: string | null = null,
): Promise<void> {
  await recordAudit(db, {
    viewer,
    action: access.kind === "VIEW" ? "PERSONAL_DATA_VIEW" : "PERSONAL_DATA_EXPORT",
    entity: "PersonalData",
    entityId: access.personId
      ? `person:${access.personId}`
      : access.organisationId
        ? `org:${access.organisationId}`
        : null,
    after: {
      what: access.what,
      organisationId: access.organisationId ?? null,
      personId: access.personId ?? null,
      persons: access.persons,
    },
    ip,
  });
}
