// Shown wherever personal data is entered (member register, member import): why it is
// collected, on what basis, what is kept and where to read more (Law 91/2025/QH15, Điều
// on notifying the data subject). Plain text, no client code.
import Link from "next/link";

export function PersonalDataNotice({ className = "" }: { className?: string }) {
  return (
    <aside
      aria-label="Thông báo xử lý dữ liệu cá nhân"
      className={`rounded border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800 ${className}`}
    >
      <p>
        <strong>Dữ liệu cá nhân của thành viên</strong> (họ tên, năm sinh, giới tính, dân tộc, số định danh) được dùng
        để quản lý sổ thành viên và thống kê kinh tế tập thể theo Chương trình hành động của địa phương; căn cứ: Luật
        Hợp tác xã 2023 (sổ đăng ký thành viên) và Luật Bảo vệ dữ liệu cá nhân 2025. Số định danh không được lưu: chỉ
        lưu mã băm để nhận ra cùng một người và vài số cuối để hiển thị.{" "}
        <Link href="/quyen-rieng-tu" className="underline">
          Quyền của người có dữ liệu
        </Link>
      </p>
    </aside>
  );
}
