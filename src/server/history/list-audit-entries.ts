import type { PrismaClient } from "../../generated/prisma/client";
import { assertCanAdminister } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../errors";
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

export async function listAuditEntries(
  viewer: Viewer,
  prisma: PrismaClient,
  entity: string,
  entityId: string,
  take = 200,
) {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  // Own keys only: "__proto__", "constructor", "toString" are "in" every object.
  if (!Object.hasOwn(AUDITED_ENTITIES, entity))
    throw new AppError("NOT_FOUND", "Không có lịch sử cho loại dữ liệu này");
  if (entityId.length > 64) throw new AppError("NOT_FOUND", "Không có lịch sử cho bản ghi này");
  if (entity === "User") assertCanAdminister(viewer);
  return prisma.auditLog.findMany({
    where: { entity, entityId },
    orderBy: NEWEST_FIRST,
    take,
    select: { ...AUDIT_ROW, before: true, user: { select: { fullName: true, username: true } } },
  });
}
