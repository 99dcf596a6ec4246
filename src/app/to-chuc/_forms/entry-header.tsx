import Link from "next/link";

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
    <div className="space-y-2">
      <p className="no-print text-sm">
        <Link href="/to-chuc" className="underline">
          Tổ chức
        </Link>{" "}
        ›{" "}
        <Link href={base} className="underline">
          {organisation.code}
        </Link>{" "}
        › {title}
      </p>
      <h1 className="text-2xl font-bold">
        {title}: {organisation.name}
      </h1>
      <p className="text-sm text-slate-700">{organisation.communeName}</p>
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
    </div>
  );
}
