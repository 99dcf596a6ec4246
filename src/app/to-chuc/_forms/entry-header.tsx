import Link from "next/link";
import { PageHeader } from "@/app/_components/page-layout";

/** Breadcrumb, title and the links between an organisation's entry pages. */
export function EntryHeader({
  organisation,
  title,
  year,
}: {
  organisation: { id: number; code: string; name: string; communeName: string };
  title: string;
  year: number;
}) {
  const base = `/to-chuc/${organisation.id}`;
  const links: [string, string][] = [
    [base, "Hồ sơ"],
    [`${base}/sua`, "Thông tin, trạng thái"],
    [`${base}/thanh-vien`, "Thành viên"],
    [`${base}/nam/${year}`, `Số liệu năm ${year}`],
    [`${base}/lien-ket`, "Liên kết chuỗi"],
    [`${base}/cong-nghe-cao`, "Công nghệ cao"],
  ];
  return (
    <PageHeader
      title={`${title}: ${organisation.name}`}
      trail={{
        links: [
          ["/to-chuc", "Tổ chức"],
          [base, organisation.code],
        ],
        here: title,
      }}
      lead={organisation.communeName}
    >
      <nav aria-label="Nhập liệu của tổ chức" className="no-print">
        <ul className="flex flex-wrap gap-2 text-sm">
          {links.map(([href, label]) => (
            <li key={href}>
              <Link href={href} className="rounded border border-slate-300 bg-white px-2 py-1 underline">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </PageHeader>
  );
}
