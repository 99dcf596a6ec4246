"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/", label: "Tổng quan" },
  { href: "/to-chuc", label: "Tổ chức" },
  { href: "/duyet-so-lieu", label: "Duyệt số liệu" },
  { href: "/nhap-xuat", label: "Nhập / xuất Excel" },
  { href: "/chat-luong", label: "Chất lượng số liệu" },
  { href: "/bao-cao", label: "Báo cáo" },
  { href: "/quan-tri", label: "Quản trị" },
] as const;

export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Điều hướng chính" className="no-print">
      <ul className="flex flex-wrap gap-1">
        {ITEMS.map((item) => {
          const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`block rounded px-3 py-2 text-sm font-semibold ${
                  active ? "bg-white text-brand-800" : "text-white hover:bg-brand-600"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
