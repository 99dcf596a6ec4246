import Link from "next/link";

export default function OrganisationNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Không tìm thấy tổ chức</h1>
      <p className="text-sm text-slate-700">Mã số trong đường dẫn không khớp với tổ chức nào trên hệ thống.</p>
      <p>
        <Link href="/to-chuc" className="text-brand-800 underline">
          Về danh sách tổ chức
        </Link>
      </p>
    </div>
  );
}
