import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Quyền riêng tư và dữ liệu cá nhân" };

// Public (no sign-in): a person whose data is kept must be able to read this.
export default function PrivacyPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Quyền riêng tư và dữ liệu cá nhân</h1>
      <p>
        Ứng dụng theo dõi kinh tế tập thể lưu sổ thành viên của tổ hợp tác, hợp tác xã và liên hiệp hợp tác xã trên địa
        bàn. Trang này cho biết dữ liệu nào về một người được lưu, để làm gì, trên căn cứ nào, và người có dữ liệu có
        những quyền gì theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (hiệu lực từ 01/01/2026).
      </p>
      <h2 className="text-lg font-semibold">Dữ liệu được lưu</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Họ và tên, năm sinh, giới tính, dân tộc, xã nơi cư trú (nếu được ghi).</li>
        <li>
          Số định danh (CCCD/CMND): <strong>không lưu số</strong>; chỉ lưu một mã băm có khoá bí mật để nhận ra cùng một
          người ở nhiều tổ chức, và vài số cuối để cán bộ đối chiếu.
        </li>
        <li>Tư cách thành viên: tổ chức, loại thành viên, ngày vào, ngày ra, vốn góp.</li>
      </ul>
      <h2 className="text-lg font-semibold">Mục đích và căn cứ</h2>
      <p>
        Quản lý sổ đăng ký thành viên (Luật Hợp tác xã số 17/2023/QH15) và thống kê, theo dõi các chỉ tiêu về kinh tế
        tập thể của Chương trình hành động thực hiện Nghị quyết 20-NQ/TW. Các báo cáo, biểu đồ chỉ dùng số đếm, không
        nêu tên người.
      </p>
      <h2 className="text-lg font-semibold">Ai được xem</h2>
      <p>
        Cán bộ được giao tài khoản: cán bộ xã với tổ chức trong xã mình, cán bộ Phòng Tài chính – Kế hoạch, quản trị
        viên. Mỗi lần xem sổ thành viên hay xuất dữ liệu cá nhân đều được ghi vào nhật ký mà quản trị viên xem được.
      </p>
      <h2 className="text-lg font-semibold">Quyền của người có dữ liệu</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Được biết dữ liệu nào về mình đang được lưu và nhận bản sao (xuất toàn bộ dữ liệu của một người).</li>
        <li>Yêu cầu sửa dữ liệu sai.</li>
        <li>
          Yêu cầu xoá: dữ liệu định danh bị xoá vĩnh viễn (ẩn danh), kể cả trong lịch sử thay đổi; tư cách thành viên
          được giữ dưới dạng ẩn danh để số liệu thống kê không thay đổi.
        </li>
        <li>Dữ liệu của người đã rời mọi tổ chức được ẩn danh khi quá thời hạn lưu giữ do đơn vị quản lý quy định.</li>
      </ul>
      <p>
        Gửi yêu cầu tới hợp tác xã hoặc tổ hợp tác nơi mình là thành viên, hoặc Ủy ban nhân dân xã. Quản trị viên của
        ứng dụng thực hiện yêu cầu tại trang{" "}
        <Link href="/quan-tri/du-lieu-ca-nhan" className="underline">
          Quản trị › Dữ liệu cá nhân
        </Link>{" "}
        (cần đăng nhập).
      </p>
    </article>
  );
}
