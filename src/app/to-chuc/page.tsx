import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { listOrganisations } from "@/server/organisation/list-organisations";
import { listCommunes } from "@/server/territory/list-communes";
import { UnitOptions } from "@/app/_components/unit-options";
import { organisationListFilters } from "@/domain/organisations/list-filters";
import { ORG_STATUS_SHORT, ORG_TYPE_LABELS, SECTOR_LABELS } from "@/domain/labels";
import { requireViewer } from "@/server/auth/session";
import { canWriteSomewhere } from "@/server/auth/permissions";
import { PendingBadges } from "@/app/_components/entry/approval-badges";
import { ColumnHeads } from "@/app/_components/table";

/** ?duyet=chua-gui | cho-duyet: organisations with changes not sent / waiting for the district. */
const PENDING_FILTERS = { "chua-gui": "UNSENT", "cho-duyet": "WAITING" } as const;

export const metadata: Metadata = { title: "Tổ chức" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganisationsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const sp = await searchParams;
  const filters = organisationListFilters.parse(sp);
  const duyet =
    typeof sp.duyet === "string" && sp.duyet in PENDING_FILTERS
      ? (sp.duyet as keyof typeof PENDING_FILTERS)
      : undefined;
  // Sequential: the embedded database has a single connection.
  const communes = await listCommunes(prisma);
  const { total, rows, pageSize } = await listOrganisations(viewer, prisma, filters, {
    pending: duyet ? PENDING_FILTERS[duyet] : undefined,
  });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (page: number) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, duyet, page }))
      if (v !== undefined && v !== "") p.set(k, String(v));
    return `/to-chuc?${p.toString()}`;
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Tổ chức kinh tế tập thể</h1>
        {canWriteSomewhere(viewer) && (
          <Link
            href="/to-chuc/moi"
            className="no-print rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          >
            Thêm tổ chức
          </Link>
        )}
      </div>
      <form
        noValidate
        method="get"
        className="no-print grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
        aria-label="Lọc danh sách tổ chức"
      >
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Xã, thị trấn</span>
          <select
            name="commune"
            defaultValue={filters.commune ?? ""}
            className="mt-1 rounded border border-slate-300 p-2"
          >
            <option value="">Tất cả</option>
            <UnitOptions units={communes} />
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Loại hình</span>
          <select name="type" defaultValue={filters.type ?? ""} className="mt-1 rounded border border-slate-300 p-2">
            <option value="">Tất cả</option>
            {Object.entries(ORG_TYPE_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Trạng thái</span>
          <select
            name="status"
            defaultValue={filters.status ?? ""}
            className="mt-1 rounded border border-slate-300 p-2"
          >
            <option value="">Tất cả</option>
            {Object.entries(ORG_STATUS_SHORT).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Duyệt số liệu</span>
          <select name="duyet" defaultValue={duyet ?? ""} className="mt-1 rounded border border-slate-300 p-2">
            <option value="">Tất cả</option>
            <option value="chua-gui">Chưa gửi duyệt</option>
            <option value="cho-duyet">Chờ duyệt</option>
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Tìm theo tên, mã</span>
          <input name="q" defaultValue={filters.q ?? ""} className="mt-1 rounded border border-slate-300 p-2" />
        </label>
        <div className="flex items-end gap-2">
          <button
            type="submit"
            className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          >
            Lọc
          </button>
          <Link href="/to-chuc" className="rounded px-3 py-2 text-sm text-brand-800 underline">
            Bỏ lọc
          </Link>
        </div>
      </form>

      <p className="text-sm text-slate-700" data-testid="org-total">
        {total.toLocaleString("vi-VN")} tổ chức
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Danh sách tổ chức kinh tế tập thể theo bộ lọc</caption>
          <ColumnHeads
            pad="px-3 py-2"
            columns={[
              "Mã",
              "Tên tổ chức",
              "Loại hình",
              "Xã, thị trấn",
              "Lĩnh vực",
              "Trạng thái",
              { label: "Thành viên (sổ)", numeric: true },
            ]}
          />
          <tbody>
            {rows.map((o) => (
              <tr key={o.id} className="border-t border-slate-100">
                <td className="px-3 py-2 font-mono text-xs">{o.code}</td>
                <td className="px-3 py-2">
                  <span className="inline-flex flex-wrap items-center gap-1">
                    <Link href={`/to-chuc/${o.id}`} className="text-brand-800 underline">
                      {o.name}
                    </Link>
                    <PendingBadges waiting={o.pending.waiting} unsent={o.pending.unsent} />
                  </span>
                </td>
                <td className="px-3 py-2">{o.type}</td>
                <td className="px-3 py-2">{o.commune.name}</td>
                <td className="px-3 py-2">{SECTOR_LABELS[o.sector]}</td>
                <td className="px-3 py-2">{ORG_STATUS_SHORT[o.currentStatus]}</td>
                <td className="px-3 py-2 text-right">{o._count.memberships.toLocaleString("vi-VN")}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={7} className="px-3 py-6 text-center text-slate-600">
                  Không có tổ chức nào khớp bộ lọc.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Phân trang" className="no-print flex items-center gap-3 text-sm">
          {filters.page > 1 && (
            <Link href={pageHref(filters.page - 1)} className="underline">
              ← Trang trước
            </Link>
          )}
          <span>
            Trang {filters.page} / {pages}
          </span>
          {filters.page < pages && (
            <Link href={pageHref(filters.page + 1)} className="underline">
              Trang sau →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
