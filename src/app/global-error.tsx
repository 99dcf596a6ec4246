"use client";
// A failure in the root layout itself: this replaces the whole document, so it brings
// its own <html> and no styles beyond inline ones (the stylesheet may be what failed).
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem", color: "#0f172a" }}>
        <main>
          <h1>Đã có lỗi khi hiển thị trang</h1>
          <p>
            Hệ thống gặp sự cố ngoài dự kiến; dữ liệu của bạn không bị thay đổi. Hãy thử lại; nếu lỗi lặp lại, báo cho
            quản trị viên{error.digest ? ` kèm mã lỗi ${error.digest}` : ""}.
          </p>
          <button type="button" onClick={reset} style={{ padding: "0.5rem 1rem", fontSize: "1rem" }}>
            Thử lại
          </button>
        </main>
      </body>
    </html>
  );
}
