"use client";
// The main menu. On a phone it folds behind one "Menu" button so the page's figures
// start in the first screen; from the md breakpoint up it is always shown.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";

export function MainNav({ items, children }: { items: { href: string; label: string }[]; children?: ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <div className="no-print contents">
      <button
        type="button"
        className="min-h-11 rounded border border-white/60 px-3 text-sm font-semibold md:hidden"
        aria-expanded={open}
        aria-controls="menu-chinh"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Đóng menu" : "Menu"}
      </button>
      <div
        id="menu-chinh"
        className={`${open ? "flex" : "hidden"} w-full flex-col gap-3 md:flex md:w-auto md:flex-row md:items-center`}
      >
        <nav aria-label="Điều hướng chính">
          <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap">
            {items.map((item) => {
              const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    onClick={() => setOpen(false)}
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
        {children}
      </div>
    </div>
  );
}
