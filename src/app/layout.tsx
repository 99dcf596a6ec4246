import type { Metadata } from "next";
import "./globals.css";
import { MainNav } from "./_components/main-nav";
import { DemoBanner } from "./_components/demo-banner";
import { UserMenu } from "./_components/user-menu";

export const metadata: Metadata = {
  title: { default: "Kinh tế tập thể Gò Công Tây", template: "%s · KTTT Gò Công Tây" },
  description: "Theo dõi tiến độ thực hiện Chương trình hành động 26-CTr/TU về kinh tế tập thể của huyện Gò Công Tây.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a
          href="#noi-dung"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          Bỏ qua điều hướng
        </a>
        <header className="border-b border-brand-800 bg-brand-700 text-white">
          <div className="mx-auto flex max-w-7xl flex-col gap-3 px-4 py-3 md:flex-row md:items-center md:justify-between">
            <div>
              <p className="text-xs uppercase tracking-wide text-brand-100">
                Chương trình hành động 26-CTr/TU · Nghị quyết 20-NQ/TW
              </p>
              <p className="text-lg font-semibold leading-tight">Kinh tế tập thể huyện Gò Công Tây</p>
              <p className="text-xs text-brand-100">
                Tỉnh Tiền Giang (nay thuộc tỉnh Đồng Tháp) · mục tiêu đến 2030 và 2045
              </p>
            </div>
            <div className="flex flex-col gap-3 md:flex-row md:items-center">
              <MainNav />
              <UserMenu />
            </div>
          </div>
        </header>
        <DemoBanner />
        <main id="noi-dung" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-7xl px-4 pb-8 text-xs text-slate-600">
          Phòng Tài chính – Kế hoạch · Số liệu tính theo định nghĩa chỉ tiêu trong mục Quản trị ·{" "}
          <a href="/quyen-rieng-tu" className="underline">
            Quyền riêng tư và dữ liệu cá nhân
          </a>
        </footer>
      </body>
    </html>
  );
}
