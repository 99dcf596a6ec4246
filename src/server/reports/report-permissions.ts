// Who may do what with periodic reports. District staff and administrators create,
// edit and publish; every signed-in user reads published reports; the standing
// committee (and district staff, administrators) comment on published ones. Drafts are
// visible to those who may edit them only.
import { AppError } from "../errors";
import type { Viewer } from "../auth/viewer";

export const PUBLISHED_IS_FROZEN = "Báo cáo đã ban hành: nội dung và số liệu không sửa được nữa";

export function canManageReports(viewer: Viewer | null | undefined): boolean {
  return viewer?.role === "ADMIN" || viewer?.role === "DISTRICT";
}

export function canCommentOnReports(viewer: Viewer | null | undefined): boolean {
  return viewer?.role === "ADMIN" || viewer?.role === "DISTRICT" || viewer?.role === "COMMITTEE";
}

export function canSeeReport(viewer: Viewer | null | undefined, status: "DRAFT" | "PUBLISHED"): boolean {
  if (!viewer) return false;
  return status === "PUBLISHED" || canManageReports(viewer);
}

export function assertCanManageReports(viewer: Viewer | null | undefined): void {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  if (!canManageReports(viewer)) {
    throw new AppError("FORBIDDEN", "Chỉ cán bộ huyện hoặc quản trị viên được lập, sửa và ban hành báo cáo");
  }
}

export function assertCanCommentOnReports(viewer: Viewer | null | undefined): void {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  if (!canCommentOnReports(viewer)) {
    throw new AppError("FORBIDDEN", "Chỉ Thường trực, cán bộ huyện và quản trị viên được góp ý báo cáo");
  }
}
