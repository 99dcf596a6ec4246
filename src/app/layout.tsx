import type { Metadata } from "next";
import "./globals.css";
import Link from "next/link";
import { DemoBanner } from "./_components/demo-banner";
import { UserMenu } from "./_components/user-menu";
import { NoticeProvider } from "./_components/notice";

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
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 md:py-3">
            <div>
              <p className="hidden text-xs uppercase tracking-wide text-brand-100 md:block">
                Chương trình hành động 26-CTr/TU · Nghị quyết 20-NQ/TW
              </p>
              <p className="font-semibold leading-tight md:text-lg">
                <Link href="/" className="hover:underline">
                  Kinh tế tập thể Gò Công Tây
                </Link>
              </p>
              <p className="hidden text-xs text-brand-100 md:block">
                Tỉnh Tiền Giang (nay thuộc tỉnh Đồng Tháp) · mục tiêu đến 2030 và 2045
              </p>
            </div>
            <UserMenu />
          </div>
          <DemoBanner />
        </header>
        <main id="noi-dung" className="mx-auto max-w-7xl px-4 py-6">
          <NoticeProvider>{children}</NoticeProvider>
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
