// The parts every page is built of: its header (where it sits, its title, what it is
// about) and its titled sections. No hooks: server and client components both use them.
import type { ReactNode } from "react";
import Link from "next/link";

/** "Quản trị › Người dùng › admin": the pages above, linked, then this one. */
export function Breadcrumb({
  links,
  here,
}: {
  links: readonly (readonly [href: string, label: ReactNode])[];
  here: ReactNode;
}) {
  return (
    <p className="no-print text-sm">
      {links.map(([href, label]) => (
        <span key={href}>
          <Link href={href} className="underline">
            {label}
          </Link>{" "}
          ›{" "}
        </span>
      ))}
      {here}
    </p>
  );
}

/**
 * A page's h1, with the breadcrumb above it, what sits beside it (a "Thêm …" button, status
 * badges go in the title itself), the lead text under it, then anything else (`children`).
 */
export function PageHeader({
  title,
  trail,
  actions,
  lead,
  leadTestId,
  children,
}: {
  title: ReactNode;
  trail?: Parameters<typeof Breadcrumb>[0];
  actions?: ReactNode;
  lead?: ReactNode;
  leadTestId?: string;
  children?: ReactNode;
}) {
  const h1 = <h1 className="flex flex-wrap items-center gap-2 text-2xl font-bold">{title}</h1>;
  return (
    <div className="space-y-2">
      {trail && <Breadcrumb {...trail} />}
      {actions ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          {h1}
          {actions}
        </div>
      ) : (
        h1
      )}
      {lead && (
        <p className="max-w-3xl text-sm text-slate-700" data-testid={leadTestId}>
          {lead}
        </p>
      )}
      {children}
    </div>
  );
}

/** A section named by its h2; `id` is the heading's (and the page anchor's). */
export function Section({
  id,
  title,
  className = "space-y-3",
  testId,
  children,
}: {
  id: string;
  title: ReactNode;
  /** The section's own classes: spacing, "break-before-page", a card. */
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className} data-testid={testId}>
      <h2 id={id} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** "← Trang trước · Trang 2 / 5 · Trang sau →"; nothing when everything fits on one page. */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Phân trang" className="no-print flex items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className="underline">
          ← Trang trước
        </Link>
      )}
      <span>
        Trang {page} / {pages}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} className="underline">
          Trang sau →
        </Link>
      )}
    </nav>
  );
}
