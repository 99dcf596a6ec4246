import Link from "next/link";

export const metadata = { title: "Không tìm thấy trang" };

/** Every unknown address, and every notFound() without a closer not-found page. */
export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Không tìm thấy trang</h1>
      <p>Địa chỉ này không có trong hệ thống, hoặc nội dung đã bị xoá. Hãy kiểm tra lại đường dẫn.</p>
      <p>
        <Link href="/" className="font-semibold text-brand-800 underline">
          Về trang Tổng quan
        </Link>
      </p>
    </div>
  );
}
