// The main menu a viewer sees: only what the role may open, so a commune official is
// never sent to a page that answers "Không có quyền". The pages check again themselves.
import { canAdminister, canApprove } from "./permissions";
import type { Viewer } from "./viewer";

export type MenuItem = { href: string; label: string };

export function menuFor(viewer: Viewer): MenuItem[] {
  return [
    { href: "/", label: "Tổng quan" },
    { href: "/to-chuc", label: "Tổ chức" },
    ...(canApprove(viewer) ? [{ href: "/duyet-so-lieu", label: "Duyệt số liệu" }] : []),
    { href: "/nhap-xuat", label: "Nhập / xuất Excel" },
    { href: "/chat-luong", label: "Chất lượng số liệu" },
    { href: "/bao-cao", label: "Báo cáo" },
    // Everyone may read the targets' definitions and the lists of units; only an
    // administrator changes them, so only an administrator's menu calls it "Quản trị".
    { href: "/quan-tri", label: canAdminister(viewer) ? "Quản trị" : "Chỉ tiêu, danh mục" },
  ];
}
