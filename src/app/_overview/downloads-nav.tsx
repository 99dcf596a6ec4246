import { dashboardQuery, type DashboardFilters } from "@/domain/dashboard/filters";

const FILES = [
  { ext: "pdf", label: "PDF" },
  { ext: "xlsx", label: "Excel" },
  { ext: "docx", label: "Word" },
  { ext: "csv", label: "CSV chỉ tiêu", extra: "&bang=muc-tieu" },
  { ext: "csv", label: "CSV theo xã", extra: "&bang=xa" },
];

/** The overview as a file, with the filters shown. */
export function DownloadsNav({ filters }: { filters: DashboardFilters }) {
  return (
    <nav
      aria-label="Tải xuống bảng điều khiển theo bộ lọc hiện tại"
      className="no-print flex flex-wrap items-center gap-2 text-sm"
    >
      <span className="font-semibold">Tải xuống (theo bộ lọc):</span>
      {FILES.map((f) => (
        <a
          key={f.label}
          href={`/xuat/tong-quan.${f.ext}?${dashboardQuery(filters)}${f.extra ?? ""}`}
          className="rounded border border-brand-700 px-2 py-1 text-brand-800 hover:bg-brand-50"
          download
        >
          {f.label}
        </a>
      ))}
    </nav>
  );
}
