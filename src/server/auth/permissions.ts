// Who may do what. Pure functions of the viewer (and the commune a record lives in,
// which callers must read from the database, never from the request).
import { AppError } from "@/server/errors";
import type { Viewer } from "./viewer";

/** Every signed-in, enabled user reads the whole district. */
export function canRead(viewer: Viewer | null | undefined): viewer is Viewer {
  return !!viewer;
}

/** ADMIN and DISTRICT write anywhere; COMMUNE only inside its own units; COMMITTEE never. */
export function canWriteCommune(viewer: Viewer | null | undefined, communeId: number | null | undefined): boolean {
  if (!viewer) return false;
  switch (viewer.role) {
    case "ADMIN":
    case "DISTRICT":
      return true;
    case "COMMUNE":
      return typeof communeId === "number" && viewer.communeIds.includes(communeId);
    case "COMMITTEE":
      return false;
    default:
      return false;
  }
}

/** Whether the viewer may write anything at all (used to hide edit links, never as the check). */
export function canWriteSomewhere(viewer: Viewer | null | undefined): boolean {
  if (!viewer) return false;
  return (
    viewer.role === "ADMIN" || viewer.role === "DISTRICT" || (viewer.role === "COMMUNE" && viewer.communeIds.length > 0)
  );
}

/** Approving, returning and reopening yearly data: district staff and administrators. */
export function canApprove(viewer: Viewer | null | undefined): boolean {
  return viewer?.role === "ADMIN" || viewer?.role === "DISTRICT";
}

/** Users, targets and settings. */
export function canAdminister(viewer: Viewer | null | undefined): boolean {
  return viewer?.role === "ADMIN";
}

export function assertCanWriteCommune(viewer: Viewer | null | undefined, communeId: number | null | undefined): void {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  if (!canWriteCommune(viewer, communeId)) {
    throw new AppError(
      "FORBIDDEN",
      viewer.role === "COMMITTEE"
        ? "Tài khoản Thường trực chỉ được xem, không được sửa dữ liệu"
        : "Bạn không có quyền sửa dữ liệu của xã này",
    );
  }
}

export function assertCanApprove(viewer: Viewer | null | undefined): void {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  if (!canApprove(viewer)) throw new AppError("FORBIDDEN", "Chỉ cán bộ huyện hoặc quản trị viên được duyệt số liệu");
}

export function assertCanAdminister(viewer: Viewer | null | undefined): void {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Bạn cần đăng nhập");
  if (!canAdminister(viewer)) throw new AppError("FORBIDDEN", "Chỉ quản trị viên được thực hiện thao tác này");
}
