import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { listOrganisations } from "@/server/organisation/list-organisations";
import { listCommunes } from "@/server/territory/list-communes";
import { UnitOptions } from "@/app/_components/unit-options";
import { organisationListFilters } from "@/domain/organisations/list-filters";
import { labelWithSuccessor } from "@/domain/territory/unit-label";
import { ORG_STATUS_SHORT, ORG_TYPE_LABELS, SECTOR_LABELS } from "@/domain/labels";
import { requireViewer } from "@/server/auth/session";
import { canWriteSomewhere } from "@/server/auth/permissions";
import { PendingBadges } from "@/app/_components/entry/approval-badges";
import { Table } from "@/app/_components/table";
import { PageHeader, Pager } from "@/app/_components/page-layout";
import { buttonClass, inputClass } from "@/app/_components/form/styles";
import { FilterButtons, FilterSelect } from "@/app/_components/form/filter-select";

/** ?duyet=chua-gui | cho-duyet: organisations with changes not sent / waiting for the district. */
const PENDING_FILTERS = { "chua-gui": "UNSENT", "cho-duyet": "WAITING" } as const;
const PENDING_LABELS = { "chua-gui": "Chưa gửi duyệt", "cho-duyet": "Chờ duyệt" };

/** ?pham-vi=tat-ca: a commune official sees the whole area instead of their own communes. */
const WHOLE_AREA = "tat-ca";

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
  const wholeArea = sp["pham-vi"] === WHOLE_AREA ? WHOLE_AREA : undefined;
  // A commune official opens on their own communes; naming a commune, or "Xem toàn địa
  // bàn", widens the list (reading the whole area is allowed, writing is not).
  const ownOnly = viewer.role === "COMMUNE" && viewer.communeIds.length > 0 && !filters.commune && !wholeArea;
  // Sequential: the embedded database has a single connection.
  const communes = await listCommunes(prisma);
  const { total, rows, pageSize } = await listOrganisations(viewer, prisma, filters, {
    pending: duyet ? PENDING_FILTERS[duyet] : undefined,
    communeIds: ownOnly ? viewer.communeIds : undefined,
  });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (extra: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, duyet, "pham-vi": wholeArea, ...extra }))
      if (v !== undefined && v !== "" && !(k === "page" && v === 1)) p.set(k, String(v));
    const query = p.toString();
    return query ? `/to-chuc?${query}` : "/to-chuc";
  };
  const ownNames = communes
    .filter((c) => viewer.communeIds.includes(c.id))
    .map((c) => c.label)
    .join("; ");

  return (
    <div className="space-y-4">
      <PageHeader
        title="Tổ chức kinh tế tập thể"
        actions={
          canWriteSomewhere(viewer) && (
            <Link href="/to-chuc/moi" className={`no-print ${buttonClass}`}>
              Thêm tổ chức
            </Link>
          )
        }
      />
      {ownOnly && (
        <p role="note" className="rounded border border-slate-300 bg-slate-50 p-3 text-sm" data-testid="own-communes">
          Đang hiện các tổ chức thuộc địa bàn bạn phụ trách ({ownNames}).{" "}
          <Link
            href={href({ "pham-vi": WHOLE_AREA, page: undefined })}
            className="font-semibold text-brand-800 underline"
          >
            Xem toàn địa bàn
          </Link>
        </p>
      )}
      <form
        noValidate
        method="get"
        className="no-print grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 [&>*]:min-w-0"
        aria-label="Lọc danh sách tổ chức"
      >
        {wholeArea && <input type="hidden" name="pham-vi" value={wholeArea} />}
        <FilterSelect name="commune" label="Xã, thị trấn" value={filters.commune?.toString()}>
          <UnitOptions units={communes} />
        </FilterSelect>
        <FilterSelect name="type" label="Loại hình" value={filters.type} options={ORG_TYPE_LABELS} />
        <FilterSelect name="status" label="Trạng thái" value={filters.status} options={ORG_STATUS_SHORT} />
        <FilterSelect name="duyet" label="Duyệt số liệu" value={duyet} options={PENDING_LABELS} />
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Tìm theo tên, mã</span>
          <input name="q" defaultValue={filters.q ?? ""} className={inputClass} />
        </label>
        <FilterButtons reset="/to-chuc" />
      </form>

      <p className="text-sm text-slate-700" data-testid="org-total">
        {total.toLocaleString("vi-VN")} tổ chức
      </p>
      <Table
        caption="Danh sách tổ chức kinh tế tập thể theo bộ lọc"
        empty={rows.length === 0 && "Không có tổ chức nào khớp bộ lọc."}
        columns={[
          "Mã",
          "Tên tổ chức",
          "Loại hình",
          "Xã, thị trấn",
          "Lĩnh vực",
          "Trạng thái",
          { label: "Thành viên (sổ)", numeric: true },
        ]}
      >
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
            <td className="px-3 py-2">{labelWithSuccessor(o.commune)}</td>
            <td className="px-3 py-2">{SECTOR_LABELS[o.sector]}</td>
            <td className="px-3 py-2">{ORG_STATUS_SHORT[o.currentStatus]}</td>
            <td className="px-3 py-2 text-right">{o._count.memberships.toLocaleString("vi-VN")}</td>
          </tr>
        ))}
      </Table>
      <Pager page={filters.page} pages={pages} href={(page) => href({ page })} />
    </div>
  );
}
