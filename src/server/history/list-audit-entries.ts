import type { PrismaClient } from "../../generated/prisma/client";
import { assertCanAdminister, canWriteCommune } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors";
import { recordPersonalDataAccess } from "../audit/personal-data-access";
import { AUDIT_ROW, NEWEST_FIRST } from "./audit-rows";

/** Entities whose history is shown; accounts' history (sign-ins included) is for admins only. */
export const AUDITED_ENTITIES: Record<string, string> = {
  Organisation: "Tổ chức",
  OrgStatusChange: "Thay đổi trạng thái",
  Person: "Thành viên",
  Membership: "Tư cách thành viên",
  AnnualReport: "Báo cáo năm",
  Rating: "Xếp loại",
  ValueChainLink: "Liên kết chuỗi",
  HighTechApplication: "Ứng dụng công nghệ cao",
  DigitalPractice: "Chuyển đổi số",
  SupportReceived: "Hỗ trợ đã nhận",
  Population: "Dân số",
  Target: "Chỉ tiêu",
  User: "Tài khoản",
};

const ID_PATTERN = /^[1-9][0-9]{0,9}$/;

/**
 * The communes a person's or a membership's history belongs to: the person's own commune
 * and those of the organisations they are (or were) a member of. None when the record is
 * gone (a membership goes only with its organisation).
 */
async function personalDataCommunes(prisma: PrismaClient, entity: "Person" | "Membership", entityId: string) {
  const id = ID_PATTERN.test(entityId) ? Number(entityId) : null;
  if (id === null || id > 2_147_483_647) return [];
  if (entity === "Person") {
    const person = await prisma.person.findUnique({
      where: { id },
      select: { communeId: true, memberships: { select: { organisation: { select: { communeId: true } } } } },
    });
    if (!person) return [];
    return [person.communeId, ...person.memberships.map((m) => m.organisation.communeId)].filter(
      (c): c is number => c !== null,
    );
  }
  const membership = await prisma.membership.findUnique({
    where: { id },
    select: { organisation: { select: { communeId: true } } },
  });
  return membership ? [membership.organisation.communeId] : [];
}

/**
 * A record's history, newest first. A person's and a membership's history shows names,
 * birth years and ID digits: it is seen by whoever may see the member register
 * (thanh-vien/page.tsx: writers of one of the communes involved — ADMIN, DISTRICT, a
 * COMMUNE official of that commune; never COMMITTEE), and each view is logged in the
 * personal-data access log like the register's (Law 91/2025/QH15).
 */
export async function listAuditEntries(
  viewer: Viewer,
  prisma: PrismaClient,
  entity: string,
  entityId: string,
  { take = 200, ip = null }: { take?: number; ip?: string | null } = {},
) {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  // Own keys only: "__proto__", "constructor", "toString" are "in" every object.
  if (!Object.hasOwn(AUDITED_ENTITIES, entity))
    throw new AppError("NOT_FOUND", "Không có lịch sử cho loại dữ liệu này");
  if (entityId.length > 64) throw new AppError("NOT_FOUND", "Không có lịch sử cho bản ghi này");
  if (entity === "User") assertCanAdminister(viewer);
  const personal = entity === "Person" || entity === "Membership";
  if (personal) {
    const communes = await personalDataCommunes(prisma, entity, entityId);
    // ADMIN and DISTRICT see every register, whether or not the record still exists.
    const allowed =
      viewer.role === "ADMIN" || viewer.role === "DISTRICT" || communes.some((c) => canWriteCommune(viewer, c));
    if (!allowed) {
      throw new AppError(
        "FORBIDDEN",
        "Lịch sử này có dữ liệu cá nhân: chỉ người được xem sổ thành viên của tổ chức liên quan mới xem được",
      );
    }
  }
  const entries = await prisma.auditLog.findMany({
    where: { entity, entityId },
    orderBy: NEWEST_FIRST,
    take,
    select: { ...AUDIT_ROW, before: true, user: { select: { fullName: true, username: true } } },
  });
  if (personal && entries.length > 0) {
    const personId = entity === "Person" ? Number(entityId) : personIdOf(entries);
    await recordPersonalDataAccess(
      prisma,
      viewer,
      { kind: "VIEW", what: `Lịch sử thay đổi: ${AUDITED_ENTITIES[entity]} #${entityId}`, personId, persons: 1 },
      ip,
    );
  }
  return entries;
}

/** The person a membership's history is about, as its audit rows name them. */
function personIdOf(entries: { before: unknown; after: unknown }[]): number | null {
  for (const e of entries) {
    for (const side of [e.after, e.before]) {
      const id = (side as { personId?: unknown } | null)?.personId;
      if (typeof id === "number" && Number.isSafeInteger(id)) return id;
    }
  }
  return null;
}
