"use client";
// An unexpected failure while rendering a page: a Vietnamese message with the reference
// the server logged (digest), and a retry, instead of Next's English error screen.
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
      <h1 className="text-xl font-bold">Đã có lỗi khi hiển thị trang</h1>
      <p>
        Hệ thống gặp sự cố ngoài dự kiến; dữ liệu của bạn không bị thay đổi. Hãy thử lại; nếu lỗi lặp lại, báo cho quản
        trị viên{error.digest ? ` kèm mã lỗi ${error.digest}` : ""}.
      </p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
      >
        Thử lại
      </button>
    </div>
  );
}
